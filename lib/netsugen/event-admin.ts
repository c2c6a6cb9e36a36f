import "server-only";
// Staff create NETSUGEN's events (seminars, pitch events, programmes, 湯けむりフォーラム). Times are
// typed as a Tokyo date and clock, whatever the server's zone.
import { randomBytes } from "node:crypto";
import { z } from "../validation/zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { can, type Actor } from "../auth/roles";
import { db } from "../db";
import { fieldErrorsOf, multiLine, optionalText, singleLine } from "../validation/text";
import { isDateKey, parseClock, tokyoInstant } from "./rules/calendar";

export const EVENT_KINDS = ["SEMINAR", "PITCH", "PROGRAMME", "FORUM", "OTHER"] as const;
const NETSUGEN_LOCATION = "netsugen-32f";

const clock = z.string({ error: "errors.required" }).refine((s) => parseClock(s) !== null, { error: "netsugen.errors.invalidTime" });

export const createEventSchema = z
  .object({
    titleJa: singleLine(80),
    titleEn: optionalText(120),
    descriptionJa: multiLine(2_000),
    kind: z.enum(EVENT_KINDS, { error: "errors.invalidChoice" }),
    date: z.string({ error: "errors.required" }).max(10, { error: "netsugen.errors.invalidDate" }).refine(isDateKey, { error: "netsugen.errors.invalidDate" }),
    startsAt: clock,
    endsAt: clock,
    capacity: z.coerce.number({ error: "errors.invalidChoice" }).int({ error: "errors.invalidChoice" }).min(1, { error: "errors.invalidChoice" }).max(1_000, { error: "errors.invalidChoice" }),
    isPublic: z.literal("on").optional(),
  })
  .refine((v) => (parseClock(v.endsAt) ?? 0) > (parseClock(v.startsAt) ?? 0), { path: ["endsAt"], error: "netsugen.errors.endBeforeStart" });

export async function createEvent(actor: Actor | null, raw: unknown, now = new Date()): Promise<ActionResult<{ slug: string }>> {
  if (!actor) return fail("errors.signInRequired");
  if (!can(actor, "netsugen.event.manage")) return fail("errors.forbidden");
  const parsed = createEventSchema.safeParse(raw);
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const startsAt = tokyoInstant(input.date, parseClock(input.startsAt) as number);
  const endsAt = tokyoInstant(input.date, parseClock(input.endsAt) as number);
  if (startsAt <= now) return fail("errors.checkFields", { date: ["netsugen.errors.inThePast"] });
  const location = await db.spaceLocation.findUnique({ where: { code: NETSUGEN_LOCATION }, select: { id: true } });
  const slug = `${input.date}-${randomBytes(3).toString("hex")}`;
  const event = await db.$transaction(async (tx) => {
    const created = await tx.event.create({
      data: {
        slug,
        titleJa: input.titleJa,
        titleEn: input.titleEn ?? null,
        descriptionJa: input.descriptionJa,
        kind: input.kind,
        startsAt,
        endsAt,
        capacity: input.capacity,
        isPublic: input.isPublic === "on",
        locationId: location?.id ?? null,
      },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "event.create", subjectType: "Event", subjectId: created.id, after: { slug, titleJa: input.titleJa, startsAt: startsAt.toISOString(), capacity: input.capacity } });
    return created;
  });
  return ok({ slug: event.slug });
}
