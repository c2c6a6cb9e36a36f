import "server-only";
// Supporters who asked to hear about the places they are tied to (notifyConsent) are told when a
// published project there opens a need: the catalogue's "looking for a key person in 吾妻" reaches
// the people most likely to answer it, wherever they live. A background job, so that one new
// need with a thousand supporters does not slow the lead's form. Each need is claimed and its
// notices written in one transaction, so a job run twice, or by two workers, tells no one twice.
import { db } from "../db";
import { notify } from "../notifications/notify";

export const SUPPORTER_NEED_KIND = "supporter.need";

/** A need older than this when the job first sees it (the job was down for days) is not announced. */
const FRESH_FOR_MS = 7 * 24 * 60 * 60 * 1000;
/** Needs handled per run; the rest wait for the next run, minutes later. */
const NEEDS_PER_RUN = 50;

export interface AlertOutcome {
  needs: number;
  notified: number;
}

export async function tellSupportersOfNewNeeds(now = new Date()): Promise<AlertOutcome> {
  const needs = await db.projectNeed.findMany({
    where: { supportersToldAt: null, status: "OPEN", openedAt: { gte: new Date(now.getTime() - FRESH_FOR_MS) }, project: { publishedAt: { not: null } } },
    orderBy: { openedAt: "asc" },
    take: NEEDS_PER_RUN,
    select: { id: true, titleJa: true, project: { select: { slug: true, titleJa: true, municipalityId: true, areaId: true, members: { select: { userId: true } } } } },
  });
  const outcome: AlertOutcome = { needs: 0, notified: 0 };
  for (const need of needs) {
    const { project } = need;
    const team = project.members.flatMap((m) => (m.userId ? [m.userId] : []));
    const place = project.municipalityId !== null ? { ties: { some: { municipalityId: project.municipalityId } } } : project.areaId !== null ? { ties: { some: { municipality: { areaId: project.areaId } } } } : null;
    await db.$transaction(async (tx) => {
      const claimed = await tx.projectNeed.updateMany({ where: { id: need.id, supportersToldAt: null }, data: { supportersToldAt: now } });
      if (claimed.count === 0) return;
      outcome.needs++;
      const supporters = await tx.supporter.findMany({
        where: { notifyConsent: true, userId: { notIn: team }, user: { deletedAt: null, disabledAt: null }, OR: [{ wholePrefecture: true }, ...(place ? [place] : [])] },
        select: { userId: true },
      });
      for (const { userId } of supporters) {
        await notify(tx, { userId, kind: SUPPORTER_NEED_KIND, payload: { projectSlug: project.slug, projectTitle: project.titleJa, needTitle: need.titleJa } });
        outcome.notified++;
      }
    });
  }
  return outcome;
}
