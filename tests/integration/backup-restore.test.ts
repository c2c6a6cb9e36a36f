// npm run db:backup / db:restore: the seeded database survives a round trip with every row count
// and checksum intact, and a damaged or mismatched file restores nothing.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { runSeed } from "@/prisma/seed";
import { loadBackup, readBackupHeader, summariseTables, writeBackup, type TableSummary } from "@/scripts/db/backup";
import { listMigrationNames, resetDatabase } from "@/scripts/db/engine";

const dir = mkdtempSync(path.join(tmpdir(), "yukemuri-backup-"));
const file = (name: string) => path.join(dir, name);
const snapshot = () => db.$transaction((tx) => summariseTables(tx));

let before: TableSummary;

beforeAll(async () => {
  await runSeed(db);
  before = await snapshot();
  await writeBackup(db, file("seeded.jsonl.gz"));
}, 120_000);

/** Rewrites a backup file line by line. */
function tamper(source: string, target: string, change: (lines: string[]) => string[]) {
  const lines = gunzipSync(readFileSync(source)).toString("utf8").trimEnd().split("\n");
  writeFileSync(target, gzipSync(change(lines).join("\n") + "\n"));
}

describe("backup and restore", () => {
  test("the header records every table with its rows and checksum, and the migrations the data fits", async () => {
    const header = await readBackupHeader(file("seeded.jsonl.gz"));
    expect(header.tables).toEqual(before);
    expect(header.migrations).toEqual(await listMigrationNames());
    expect(Object.values(header.tables).reduce((n, t) => n + t.rows, 0)).toBeGreaterThan(1000);
  });

  test("a seeded database round-trips: same rows, same checksums, and new rows get fresh ids", async () => {
    await resetDatabase();
    expect((await snapshot()).User!.rows).toBe(0);
    await loadBackup(db, file("seeded.jsonl.gz"), await listMigrationNames());
    expect(await snapshot()).toEqual(before);
    // The sequences moved past the loaded ids: an autoincrement table takes a new row.
    const entry = await db.auditLog.create({ data: { action: "test.after_restore", subjectType: "Test", subjectId: "1" } });
    expect(entry.id).toBeGreaterThan(BigInt(before.AuditLog!.rows));
  }, 120_000);

  test("a backup whose rows were altered restores nothing and names the table", async () => {
    tamper(file("seeded.jsonl.gz"), file("altered.jsonl.gz"), (lines) =>
      lines.map((line) => (line.includes('"table":"KpiSeries"') ? line.replace(/"baselineValue":(\d+)/, (_m, v) => `"baselineValue":${Number(v) + 1}`) : line)),
    );
    await resetDatabase();
    await expect(loadBackup(db, file("altered.jsonl.gz"), await listMigrationNames())).rejects.toThrow(/differs from the backup in: KpiSeries\. Nothing was restored/);
    expect((await snapshot()).KpiSeries!.rows).toBe(0);
  }, 120_000);

  test("a file that is not a backup, or one from another schema version, is refused with a clear reason", async () => {
    writeFileSync(file("not-a-backup.jsonl.gz"), gzipSync('{"hello":"world"}\n'));
    await expect(readBackupHeader(file("not-a-backup.jsonl.gz"))).rejects.toThrow(/is not a Yukemuri backup/);
    await expect(loadBackup(db, file("seeded.jsonl.gz"), [...(await listMigrationNames()), "29990101000000_future"])).rejects.toThrow(
      /Restore it with the version of the project that wrote it/,
    );
  });
});
