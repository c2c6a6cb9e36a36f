import "server-only";
import type { z } from "zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { SupporterInput, withdrawSupporterSchema } from "./schemas";

/**
 * Registers the person asking as a supporter, or replaces their registration: where they live,
 * the places and kinds of their tie, and their consents. Acts on the caller only, never on an id
 * sent with the form.
 */
export async function saveSupporter(user: CurrentUser, input: SupporterInput): Promise<ActionResult<{ registered: boolean }>> {
  const known = await db.municipality.count({ where: { id: { in: input.municipalityIds } } });
  if (known !== input.municipalityIds.length) return fail("errors.checkFields", { municipalityIds: ["errors.invalidChoice"] });
  const data = {
    residence: input.residence,
    wholePrefecture: input.wholePrefecture,
    tieKinds: input.tieKinds,
    notifyConsent: input.notifyConsent,
    registerConsent: input.registerConsent,
  };
  return db.$transaction(async (tx) => {
    const before = await tx.supporter.findUnique({ where: { userId: user.id }, select: { residence: true, wholePrefecture: true, tieKinds: true, notifyConsent: true, registerConsent: true, ties: { select: { municipalityId: true } } } });
    await tx.supporter.upsert({ where: { userId: user.id }, create: { userId: user.id, ...data }, update: data });
    await tx.supporterTie.deleteMany({ where: { supporterId: user.id } });
    await tx.supporterTie.createMany({ data: input.municipalityIds.map((municipalityId) => ({ supporterId: user.id, municipalityId })) });
    await recordAudit(tx, {
      actorId: user.id,
      action: before ? "supporter.update" : "supporter.register",
      subjectType: "Supporter",
      subjectId: user.id,
      before: before && { ...before, ties: before.ties.map((t) => t.municipalityId) },
      after: { ...data, ties: input.municipalityIds },
    });
    return ok({ registered: !before });
  });
}

/** Ends the caller's registration: the row and its ties are deleted; what they did stays theirs. */
export async function withdrawSupporter(user: CurrentUser, _input: z.infer<typeof withdrawSupporterSchema>): Promise<ActionResult<undefined>> {
  return db.$transaction(async (tx) => {
    const removed = await tx.supporter.deleteMany({ where: { userId: user.id } });
    if (removed.count === 0) return fail("supporterErrors.notRegistered");
    await recordAudit(tx, { actorId: user.id, action: "supporter.withdraw", subjectType: "Supporter", subjectId: user.id });
    return ok(undefined);
  });
}
