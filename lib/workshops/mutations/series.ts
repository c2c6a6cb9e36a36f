import "server-only";
import { randomBytes } from "node:crypto";
import { fail, ok, type ActionResult } from "../../actions/result";
import { recordAudit } from "../../audit/record";
import type { CurrentUser } from "../../auth/session";
import { db } from "../../db";
import { tokyoDateTime } from "../../dates/tokyo";
import type { CreateSeriesInput } from "../schemas";

const KINDS = ["SDG_CARD_GAME", "ISSUE_STRUCTURE", "IDEATION"] as const;
const SESSION_HOURS = 3;

/** "2026-09-12T13:30" typed in a datetime-local field is Japan time, whatever the server's zone. */
export function parseTokyoLocal(value: string): Date {
  const [date, time] = value.split("T") as [string, string];
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return tokyoDateTime(y, m, d, hh, mm);
}

/** Creates a series for one area and year with its three sessions, scheduled and not yet open. */
export async function createSeries(actor: Pick<CurrentUser, "id">, input: CreateSeriesInput): Promise<ActionResult<{ id: string }>> {
  const area = await db.area.findUnique({ where: { id: input.areaId }, select: { id: true, code: true, nameJa: true, nameEn: true } });
  if (!area) return fail("errors.checkFields", { areaId: ["errors.invalidChoice"] });
  const facilitatorIds = [...new Set(input.facilitatorIds)];
  // Roles are checked here rather than with `hasSome`, which the PGlite adapter sends as a
  // malformed array literal.
  const candidates = await db.user.findMany({ where: { id: { in: facilitatorIds }, disabledAt: null }, select: { roles: true } });
  const facilitators = candidates.filter((u) => u.roles.some((r) => r === "FACILITATOR" || r === "STAFF" || r === "ADMIN")).length;
  if (facilitators !== facilitatorIds.length) return fail("errors.checkFields", { facilitatorIds: ["errors.invalidChoice"] });
  const starts = [input.start1, input.start2, input.start3].map(parseTokyoLocal);
  const id = await db.$transaction(async (tx) => {
    const series = await tx.workshopSeries.create({
      data: {
        slug: `${input.year}-${area.code}-${randomBytes(3).toString("hex")}`,
        titleJa: `未来共創ワークショップ（${area.nameJa}）`,
        titleEn: `Future Co-creation Workshop (${area.nameEn})`,
        year: input.year,
        areas: { connect: { id: area.id } },
        sessions: {
          create: starts.map((startsAt, index) => ({
            number: index + 1,
            kind: KINDS[index]!,
            startsAt,
            endsAt: new Date(startsAt.getTime() + SESSION_HOURS * 3_600_000),
            venueJa: input.venueJa,
            capacity: input.capacity,
            state: "SCHEDULED" as const,
            facilitators: { connect: facilitatorIds.map((fid) => ({ id: fid })) },
          })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "workshop_series.create",
      subjectType: "WorkshopSeries",
      subjectId: series.id,
      after: { areaId: area.id, year: input.year, venueJa: input.venueJa, capacity: input.capacity, starts: starts.map((s) => s.toISOString()), facilitatorIds },
    });
    return series.id;
  });
  return ok({ id });
}
