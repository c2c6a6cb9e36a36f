// The workshop sessions the bench scripts create before the server starts: an open session 3
// (ideas and dot votes) in a series of its own, so each load starts on an empty board.
import type { openDatabaseClient } from "../db/tasks";

export interface BenchSession {
  id: string;
  joinCode: string;
}

export type Db = Awaited<ReturnType<typeof openDatabaseClient>>;

/** An open session 3 of a series of its own, with seats for `capacity` phones. */
export async function openIdeationSession(db: Db, slug: string, joinCode: string, capacity = 200): Promise<BenchSession> {
  const area = await db.area.findFirstOrThrow({ select: { id: true } });
  const series = await db.workshopSeries.create({
    data: { slug, titleJa: "ベンチマーク", titleEn: "Benchmark", year: 2026, areas: { connect: { id: area.id } } },
    select: { id: true },
  });
  const session = await db.workshopSession.create({
    data: {
      seriesId: series.id,
      number: 3,
      kind: "IDEATION",
      startsAt: new Date(),
      endsAt: new Date(Date.now() + 3 * 3600_000),
      venueJa: "ベンチマーク会場",
      capacity,
      state: "OPEN",
      stage: "ideas",
      submissionsOpen: true,
      joinCode,
      openedAt: new Date(),
    },
    select: { id: true },
  });
  return { id: session.id, joinCode };
}
