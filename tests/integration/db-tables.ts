import { db } from "@/lib/db";

/** Row count and a content checksum of every table, to prove that a second seed changes nothing. */
export async function snapshotTables(): Promise<Record<string, { rows: number; md5: string | null }>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const snapshot: Record<string, { rows: number; md5: string | null }> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await db.$queryRawUnsafe<{ rows: bigint; md5: string | null }[]>(
      `SELECT count(*) AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM ${quoted} t`,
    );
    snapshot[name] = { rows: Number(row?.rows ?? 0), md5: row?.md5 ?? null };
  }
  return snapshot;
}
