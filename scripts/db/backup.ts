// A logical backup of the whole database, and its restore, through the app's own database layer,
// so the same commands work on embedded PGlite and on a PostgreSQL server, in either direction.
//
// The file is gzip'd JSON lines: a header (format, the migrations the data fits, and a row count
// and checksum per table), then the rows of each table in batches. Restore rebuilds the schema
// from the project's migrations, loads the rows, resets the id sequences, and then proves that
// every table's count and checksum equal the header's, or fails.
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import readline from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import type { Database } from "../../lib/db";

export const BACKUP_FORMAT = "yukemuri-backup";
const BATCH_ROWS = 500;

export type TableSummary = Record<string, { rows: number; md5: string | null }>;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: TableSummary;
}

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function tableNames(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  return rows.map((r) => r.name);
}

async function appliedMigrations(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
  return rows.map((r) => r.name);
}

/**
 * Row count and an order-independent checksum of every table. Rows are rendered as JSON with the
 * clock set to UTC, so the figures do not depend on the server's time zone.
 */
export async function summariseTables(tx: Tx): Promise<TableSummary> {
  await tx.$executeRawUnsafe("SET LOCAL TIME ZONE 'UTC'");
  const summary: TableSummary = {};
  for (const name of await tableNames(tx)) {
    const [row] = await tx.$queryRawUnsafe<{ rows: bigint; md5: string | null }[]>(
      `SELECT count(*) AS rows, md5(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text)) AS md5 FROM ${quote(name)} t`,
    );
    summary[name] = { rows: Number(row?.rows ?? 0), md5: row?.md5 ?? null };
  }
  return summary;
}

const LONG_TRANSACTION = { timeout: 30 * 60_000, maxWait: 60_000 } as const;

/** Writes every table to `file`, from one consistent snapshot. Returns the header written. */
export async function writeBackup(db: Database, file: string): Promise<BackupHeader> {
  const gzip = createGzip();
  const done = gzip.pipe(createWriteStream(file, { flags: "wx" }));
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, "drain");
  };
  const header = await db.$transaction(
    async (tx) => {
      // One snapshot for the header and every row, even while the app keeps writing.
      await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        migrations: await appliedMigrations(tx),
        tables: await summariseTables(tx),
      };
      await write(header);
      for (const table of Object.keys(header.tables)) {
        for (let offset = 0; offset < header.tables[table]!.rows; offset += BATCH_ROWS) {
          const rows = await tx.$queryRawUnsafe<{ j: string }[]>(
            `SELECT row_to_json(t)::text AS j FROM ${quote(table)} t ORDER BY ctid LIMIT ${BATCH_ROWS} OFFSET ${offset}`,
          );
          await write({ table, rows: rows.map((r) => JSON.parse(r.j) as unknown) });
        }
      }
      return header;
    },
    LONG_TRANSACTION,
  );
  gzip.end();
  await once(done, "finish");
  return header;
}

async function* backupLines(file: string): AsyncGenerator<unknown> {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as unknown;
}

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  for await (const first of backupLines(file)) {
    const header = first as Partial<BackupHeader>;
    if (header.format !== BACKUP_FORMAT || header.version !== 1 || !header.tables || !Array.isArray(header.migrations)) {
      throw new Error(`${file} is not a Yukemuri backup.`);
    }
    return header as BackupHeader;
  }
  throw new Error(`${file} is empty.`);
}

/**
 * Loads a backup into a database just rebuilt from the migrations (scripts/db/cli.ts restore).
 * Foreign keys are checked by the checksums afterwards rather than row by row, because tables
 * that point at themselves (merged cards, idea lineage) cannot be loaded in any single order.
 */
export async function loadBackup(db: Database, file: string, expectedMigrations: string[]): Promise<TableSummary> {
  const header = await readBackupHeader(file);
  if (header.migrations.join("\n") !== expectedMigrations.join("\n")) {
    throw new Error(
      `The backup fits migrations up to ${header.migrations.at(-1) ?? "(none)"}, this project has ${expectedMigrations.at(-1) ?? "(none)"}. ` +
        "Restore it with the version of the project that wrote it, then migrate.",
    );
  }
  const restored = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    let first = true;
    for await (const line of backupLines(file)) {
      if (first) {
        first = false;
        continue;
      }
      const { table, rows } = line as { table: string; rows: unknown[] };
      if (!(table in header.tables)) throw new Error(`The backup holds rows of an unknown table ${table}.`);
      await tx.$executeRawUnsafe(`INSERT INTO ${quote(table)} SELECT * FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, JSON.stringify(rows));
    }
    await resetSequences(tx);
    const summary = await summariseTables(tx);
    // Inside the transaction: a restore that does not match its backup leaves no rows at all.
    const differing = Object.keys(header.tables).filter((t) => summary[t]?.rows !== header.tables[t]!.rows || summary[t]?.md5 !== header.tables[t]!.md5);
    if (differing.length > 0) throw new Error(`Restored data differs from the backup in: ${differing.join(", ")}. Nothing was restored.`);
    return summary;
  }, LONG_TRANSACTION);
  return restored;
}

/** Moves every id sequence past the largest id loaded, so new rows do not collide. */
async function resetSequences(tx: Tx): Promise<void> {
  const columns = await tx.$queryRaw<{ table: string; column: string; sequence: string }[]>`
    SELECT c.table_name AS table, c.column_name AS column, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS sequence
    FROM information_schema.columns c
    WHERE c.table_schema = 'public' AND c.column_default LIKE 'nextval(%'`;
  for (const { table, column, sequence } of columns) {
    await tx.$executeRawUnsafe(`SELECT setval('${sequence.replaceAll("'", "''")}', COALESCE((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`);
  }
}
