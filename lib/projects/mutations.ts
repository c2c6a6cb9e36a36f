import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { can, type Actor } from "../auth/roles";
import { fiscalYearOf } from "../dates/fiscal-year";
import { db } from "../db";
import { consume } from "../security/rate-limit";
import type { Prisma } from "../generated/prisma/client";
import { isUniqueViolation } from "../db/errors";
import { notify } from "../notifications/notify";
import { checkImage, storeImage } from "../uploads/mutations";
import { findCocreationKpi, refreshCocreationKpiDraft } from "./cocreation-kpi";
import { inviteToTeam } from "./invitations";
import { projectLeadId } from "./queries";
import { canMoveProject, needStatusAfterOffers } from "./rules";
import type { AddNeedInput, AddTeamMemberInput, ChangeStageInput, PostUpdateInput, RegisterProjectInput, CreateProjectInput, DecideOfferInput, OfferSupportInput } from "./schemas";

function slugFor(title: string): string {
  const ascii = title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${ascii || "project"}-${crypto.randomUUID().slice(0, 6)}`;
}

/** Followers hear of a project's news (an update, a new stage); whoever made it does not. */
async function notifyFollowers(tx: Prisma.TransactionClient, projectId: string, actorId: string, payload: Prisma.InputJsonObject): Promise<void> {
  const followers = await tx.projectFollower.findMany({ where: { projectId, userId: { not: actorId } }, select: { userId: true } });
  for (const follower of followers) await notify(tx, { userId: follower.userId, kind: "project.update", payload });
}

/** Staff turn accepted ideas into a project in its first stage, with its lead if named. */
export async function createProjectFromIdeas(staff: Actor, input: CreateProjectInput, now = new Date()): Promise<ActionResult<{ slug: string }>> {
  const ideas = await db.idea.findMany({ where: { id: { in: input.ideaIds } }, select: { id: true, status: true, areaId: true, municipalityId: true } });
  if (ideas.length !== new Set(input.ideaIds).size || ideas.some((idea) => idea.status !== "ACCEPTED")) {
    return fail("errors.checkFields", { ideaIds: ["errors.ideaNotAccepted"] });
  }
  const lead = input.leadEmail ? await db.user.findUnique({ where: { email: input.leadEmail }, select: { id: true } }) : null;
  if (input.leadEmail && !lead) return fail("errors.checkFields", { leadEmail: ["errors.noSuchAccount"] });
  const first = ideas[0];
  const slug = slugFor(input.titleJa);
  await db.$transaction(async (tx) => {
    const cocreationKpi = await findCocreationKpi(tx);
    const project = await tx.project.create({
      data: {
        slug,
        titleJa: input.titleJa,
        summaryJa: input.summaryJa,
        kind: "COMMUNITY",
        // Every project grown from workshop or resident ideas is a co-creation initiative.
        kpis: cocreationKpi ? { create: { kpiId: cocreationKpi.id } } : undefined,
        stage: "FORMING",
        areaId: first?.areaId ?? null,
        municipalityId: first?.municipalityId ?? null,
        publishedAt: now,
        ideas: { create: ideas.map((idea) => ({ ideaId: idea.id })) },
        stageChanges: { create: { toStage: "FORMING", changedAt: now, changedById: staff.id } },
        members: lead ? { create: { role: "LEAD", userId: lead.id } } : undefined,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "project.create",
      subjectType: "Project",
      subjectId: project.id,
      after: { slug, titleJa: input.titleJa, ideaIds: input.ideaIds, leadId: lead?.id ?? null },
    });
  });
  return ok({ slug });
}

/**
 * Moves a project to its next stage. Reaching RUNNING for the first time dates it for the
 * co-creation KPI, whose draft for that fiscal year is recomputed in the same transaction.
 */
export async function changeProjectStage(actor: Actor, input: ChangeStageInput, now = new Date()): Promise<ActionResult<{ stage: string }>> {
  const project = await db.project.findUnique({ where: { id: input.projectId }, select: { id: true } });
  if (!project) return fail("errors.notFound");
  if (!can(actor, "project.manage", { ownerId: await projectLeadId(project.id) })) return fail("errors.forbidden");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${project.id} FOR UPDATE`;
    const current = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { stage: true, runningSince: true, slug: true, titleJa: true } });
    if (!canMoveProject(current.stage, input.to)) return fail("errors.invalidTransition");
    const startsRunning = input.to === "RUNNING" && current.runningSince === null;
    await tx.project.update({ where: { id: project.id }, data: { stage: input.to, ...(startsRunning ? { runningSince: now } : {}) } });
    await tx.projectStageChange.create({
      data: { projectId: project.id, fromStage: current.stage, toStage: input.to, changedAt: now, note: input.note ?? null, changedById: actor.id },
    });
    if (startsRunning) await refreshCocreationKpiDraft(tx, fiscalYearOf(now), actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "project.stage",
      subjectType: "Project",
      subjectId: project.id,
      before: { stage: current.stage },
      after: { stage: input.to, note: input.note ?? null },
    });
    await notifyFollowers(tx, project.id, actor.id, { projectSlug: current.slug, projectTitle: current.titleJa, stage: input.to });
    return ok({ stage: input.to });
  });
}

/** Anyone signed in offers help against an open need; the lead is told. */
export async function offerSupport(user: Actor, input: OfferSupportInput): Promise<ActionResult<{ id: string }>> {
  if (!(await consume("supportOffer", user.id)).allowed) return fail("errors.rateLimited");
  const need = await db.projectNeed.findUnique({
    where: { id: input.needId },
    select: { id: true, projectId: true, kind: true, status: true, project: { select: { slug: true, titleJa: true } } },
  });
  if (!need) return fail("errors.notFound");
  if (need.status === "MET") return fail("errors.needAlreadyMet");
  if (need.kind === "FUNDING" && input.amountJpy === undefined) return fail("errors.checkFields", { amountJpy: ["errors.amountRequired"] });
  const lead = await projectLeadId(need.projectId);
  const id = await db.$transaction(async (tx) => {
    const offer = await tx.supportOffer.create({
      data: { projectId: need.projectId, needId: need.id, userId: user.id, message: input.message, amountJpy: input.amountJpy ?? null },
      select: { id: true },
    });
    if (lead && lead !== user.id) {
      await notify(tx, { userId: lead, kind: "project.offer", payload: { offerId: offer.id, projectSlug: need.project.slug, projectTitle: need.project.titleJa } });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "offer.create",
      subjectType: "SupportOffer",
      subjectId: offer.id,
      after: { needId: need.id, amountJpy: input.amountJpy ?? null },
    });
    return offer.id;
  });
  return ok({ id });
}

/** The lead or staff accept or decline an offer; the need's coverage follows in the same transaction. */
export async function decideOffer(actor: Actor, input: DecideOfferInput, now = new Date()): Promise<ActionResult<{ needStatus: string }>> {
  const offer = await db.supportOffer.findUnique({
    where: { id: input.offerId },
    select: { id: true, projectId: true, needId: true, userId: true, project: { select: { slug: true, titleJa: true } } },
  });
  if (!offer) return fail("errors.notFound");
  if (!can(actor, "project.manage", { ownerId: await projectLeadId(offer.projectId) })) return fail("errors.forbidden");
  return db.$transaction(async (tx) => {
    // Lock the need: two offers accepted at once must both count.
    await tx.$queryRaw`SELECT id FROM "ProjectNeed" WHERE id = ${offer.needId} FOR UPDATE`;
    const current = await tx.supportOffer.findUniqueOrThrow({ where: { id: offer.id }, select: { status: true } });
    if (current.status !== "PENDING") return fail("errors.alreadyDecided");
    await tx.supportOffer.update({
      where: { id: offer.id },
      data: { status: input.decision, decidedById: actor.id, decidedAt: now, decisionNote: input.note ?? null },
    });
    const need = await tx.projectNeed.findUniqueOrThrow({ where: { id: offer.needId }, select: { kind: true, amountJpy: true, status: true } });
    const accepted = await tx.supportOffer.findMany({ where: { needId: offer.needId, status: "ACCEPTED" }, select: { amountJpy: true } });
    const coverage = needStatusAfterOffers(need, accepted);
    await tx.projectNeed.update({
      where: { id: offer.needId },
      data: { status: coverage.status, metAmountJpy: coverage.metAmountJpy, metAt: coverage.status === "MET" && need.status !== "MET" ? now : undefined },
    });
    await notify(tx, { userId: offer.userId, kind: "offer.decided", payload: { offerId: offer.id, decision: input.decision, projectSlug: offer.project.slug, projectTitle: offer.project.titleJa } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `offer.${input.decision.toLowerCase()}`,
      subjectType: "SupportOffer",
      subjectId: offer.id,
      before: { status: "PENDING", needStatus: need.status },
      after: { status: input.decision, needStatus: coverage.status, metAmountJpy: coverage.metAmountJpy },
    });
    return ok({ needStatus: coverage.status });
  });
}

/** The lead or staff add a need: the catalogue's "looking for a key person in 吾妻" starts here. */
export async function addNeed(actor: Actor, input: AddNeedInput): Promise<ActionResult<{ id: string }>> {
  const project = await db.project.findUnique({ where: { id: input.projectId }, select: { id: true } });
  if (!project) return fail("errors.notFound");
  if (!can(actor, "project.manage", { ownerId: await projectLeadId(project.id) })) return fail("errors.forbidden");
  const id = await db.$transaction(async (tx) => {
    const need = await tx.projectNeed.create({
      data: {
        projectId: project.id,
        kind: input.kind,
        titleJa: input.titleJa,
        descriptionJa: input.descriptionJa ?? null,
        fundingRoute: input.kind === "FUNDING" ? (input.fundingRoute ?? null) : null,
        amountJpy: input.kind === "FUNDING" ? (input.amountJpy ?? null) : null,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "need.create", subjectType: "ProjectNeed", subjectId: need.id, after: { kind: input.kind, titleJa: input.titleJa, amountJpy: input.amountJpy ?? null, fundingRoute: input.fundingRoute ?? null } });
    return need.id;
  });
  return ok({ id });
}

/** 応援 (cheer): one per person and project; pressing again takes it back. */
export async function toggleCheer(user: Actor, projectId: string): Promise<ActionResult<{ cheered: boolean; count: number }>> {
  const project = await db.project.findFirst({ where: { id: projectId, publishedAt: { not: null } }, select: { id: true } });
  if (!project) return fail("errors.notFound");
  const key = { userId_projectId_kind: { userId: user.id, projectId: project.id, kind: "CHEER" as const } };
  const removed = await db.reaction.deleteMany({ where: { userId: user.id, projectId: project.id, kind: "CHEER" } });
  if (removed.count === 0) await db.reaction.upsert({ where: key, create: { userId: user.id, projectId: project.id, kind: "CHEER" }, update: {} });
  const count = await db.reaction.count({ where: { projectId: project.id, kind: "CHEER" } });
  return ok({ cheered: removed.count === 0, count });
}

/**
 * The lead or staff post a progress update, with an optional photo (checked and stripped of its
 * metadata by lib/uploads); every follower is told. A photo needs a description for screen readers.
 */
export async function postProjectUpdate(actor: Actor, input: PostUpdateInput, photo: File | null, now = new Date()): Promise<ActionResult<{ id: string }>> {
  const project = await db.project.findUnique({ where: { id: input.projectId }, select: { id: true, slug: true, titleJa: true } });
  if (!project) return fail("errors.notFound");
  if (!can(actor, "project.manage", { ownerId: await projectLeadId(project.id) })) return fail("errors.forbidden");
  const image = photo && photo.size > 0 ? await checkImage(photo) : null;
  if (image && !image.ok) return fail("errors.checkFields", { photo: [image.error] });
  if (image && !input.photoAlt) return fail("errors.checkFields", { photoAlt: ["errors.photoAltRequired"] });
  const id = await db.$transaction(async (tx) => {
    const update = await tx.projectUpdate.create({ data: { projectId: project.id, authorId: actor.id, body: input.body, publishedAt: now }, select: { id: true } });
    if (image?.ok) {
      const stored = await storeImage(tx, image, { uploadedById: actor.id, altText: input.photoAlt as string, originalName: photo?.name });
      await tx.upload.update({ where: { id: stored.id }, data: { projectUpdateId: update.id } });
    }
    await notifyFollowers(tx, project.id, actor.id, { projectSlug: project.slug, projectTitle: project.titleJa, updateId: update.id });
    await recordAudit(tx, { actorId: actor.id, action: "project.update", subjectType: "ProjectUpdate", subjectId: update.id, after: { projectId: project.id, photo: Boolean(image) } });
    return update.id;
  });
  return ok({ id });
}

/** Follow or unfollow a published project, to be told of its updates. */
export async function toggleFollow(user: Actor, projectId: string): Promise<ActionResult<{ following: boolean }>> {
  const project = await db.project.findFirst({ where: { id: projectId, publishedAt: { not: null } }, select: { id: true } });
  if (!project) return fail("errors.notFound");
  const removed = await db.projectFollower.deleteMany({ where: { projectId: project.id, userId: user.id } });
  if (removed.count === 0) {
    await db.projectFollower.upsert({ where: { projectId_userId: { projectId: project.id, userId: user.id } }, create: { projectId: project.id, userId: user.id }, update: {} });
  }
  return ok({ following: removed.count === 0 });
}

/** Staff register an initiative that did not come through the pipeline (e.g. one the prefecture already supports). */
export async function registerProject(staff: Actor, input: RegisterProjectInput, now = new Date()): Promise<ActionResult<{ slug: string }>> {
  const municipality = input.municipalityId ? await db.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true, areaId: true } }) : null;
  if (input.municipalityId && !municipality) return fail("errors.checkFields", { municipalityId: ["errors.invalidChoice"] });
  const slug = slugFor(input.titleEn ?? input.titleJa);
  const running = input.stage === "RUNNING" || input.stage === "SCALING";
  await db.$transaction(async (tx) => {
    const cocreationKpi = await findCocreationKpi(tx);
    const project = await tx.project.create({
      data: {
        slug,
        titleJa: input.titleJa,
        titleEn: input.titleEn ?? null,
        kpis: cocreationKpi ? { create: { kpiId: cocreationKpi.id } } : undefined,
        summaryJa: input.summaryJa,
        kind: "INITIATIVE",
        stage: input.stage,
        municipalityId: municipality?.id ?? null,
        areaId: municipality?.areaId ?? null,
        runningSince: running ? now : null,
        publishedAt: now,
        stageChanges: { create: { toStage: input.stage, changedAt: now, changedById: staff.id } },
      },
      select: { id: true },
    });
    if (running) await refreshCocreationKpiDraft(tx, fiscalYearOf(now), staff.id);
    await recordAudit(tx, { actorId: staff.id, action: "project.register", subjectType: "Project", subjectId: project.id, after: { slug, titleJa: input.titleJa, stage: input.stage } });
  });
  return ok({ slug });
}

/**
 * The lead or staff grow the team: a person is invited by address (lib/projects/invitations.ts)
 * and joins when they accept; a partner organisation is added at once.
 */
export async function addTeamMember(actor: Actor, input: AddTeamMemberInput): Promise<ActionResult<{ invited: boolean }>> {
  if (input.role !== "PARTNER") {
    const invited = await inviteToTeam(actor, { projectId: input.projectId, email: input.email as string, role: input.role });
    return invited.ok ? ok({ invited: true }) : invited;
  }
  const project = await db.project.findUnique({ where: { id: input.projectId }, select: { id: true } });
  if (!project) return fail("errors.notFound");
  if (!can(actor, "project.manage", { ownerId: await projectLeadId(project.id) })) return fail("errors.forbidden");
  try {
    await db.$transaction(async (tx) => {
      const organisation =
        (await tx.organisation.findFirst({ where: { name: input.organisationName, type: input.organisationType }, select: { id: true } })) ??
        (await tx.organisation.create({ data: { name: input.organisationName as string, type: input.organisationType as NonNullable<AddTeamMemberInput["organisationType"]> }, select: { id: true } }));
      await tx.projectMember.create({ data: { projectId: project.id, role: "PARTNER", organisationId: organisation.id } });
      await recordAudit(tx, { actorId: actor.id, action: "project.team_add", subjectType: "Project", subjectId: project.id, after: { role: "PARTNER", organisationId: organisation.id } });
    });
    return ok({ invited: false });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("errors.alreadyInTeam");
    throw error;
  }
}

/** Staff say which KPI a project contributes to; the project page and the KPI show the link. */
export async function linkProjectKpi(staff: Actor, projectId: string, kpiCode: string): Promise<ActionResult<undefined>> {
  const [project, kpi] = await Promise.all([
    db.project.findUnique({ where: { id: projectId }, select: { id: true } }),
    db.kpi.findUnique({ where: { code: kpiCode }, select: { id: true } }),
  ]);
  if (!project || !kpi) return fail("errors.notFound");
  await db.$transaction(async (tx) => {
    await tx.projectKpi.upsert({ where: { projectId_kpiId: { projectId: project.id, kpiId: kpi.id } }, create: { projectId: project.id, kpiId: kpi.id }, update: {} });
    await recordAudit(tx, { actorId: staff.id, action: "project.kpi_link", subjectType: "Project", subjectId: project.id, after: { kpiCode } });
  });
  return ok(undefined);
}
