// The idea pipeline and projects: provenance, offers that move needs, the derived KPI, and the
// server actions against each role and bad input.
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { submitIdeaAction } from "@/app/(public)/ideas/new/actions";
import { addNeedAction, addTeamMemberAction, changeStageAction, decideOfferAction, linkKpiAction, offerSupportAction, toggleCheerAction } from "@/app/(public)/zukan/[slug]/actions";
import { createProjectAction, publishAnswerAction, reviewIdeaAction, splitIdeaAction } from "@/app/(staff)/staff/ideas/actions";
import { registerProjectAction } from "@/app/(staff)/staff/projects/new/actions";
import type { Role } from "@/lib/auth/roles";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db";
import { runSeed } from "@/prisma/seed";
import { redirectOf, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

function form(fields: Record<string, string | string[] | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value ?? []].flat()) data.append(key, v);
  return data;
}

const users: Record<"resident" | "member" | "facilitator" | "staff" | "admin", string> = {} as never;

beforeAll(async () => {
  await runSeed(db);
  const roles: [keyof typeof users, Role[]][] = [
    ["resident", ["RESIDENT"]],
    ["member", ["RESIDENT", "MEMBER"]],
    ["facilitator", ["FACILITATOR"]],
    ["staff", ["STAFF"]],
    ["admin", ["ADMIN"]],
  ];
  for (const [key, r] of roles) users[key] = (await createTestUser(r)).id;
});

beforeEach(() => signInAs(null));

async function submitAs(userId: string, fields: Record<string, string | string[]> = {}): Promise<string> {
  signInAs(userId);
  const target = await redirectOf(() => submitIdeaAction(null, form({ title: "空き家を学生の拠点に", description: "大学生と空き家をつなぐ。", ...fields })));
  const id = new URL(target ?? "", "http://x").searchParams.get("submitted");
  if (!id) throw new Error(`no idea id in ${target}`);
  return id;
}

/** A staff decision: the action's failure, or `{ ok: true }` when it redirected back to the queue. */
async function review(ideaId: string, fields: Record<string, string>) {
  signInAs(users.staff);
  let result: Awaited<ReturnType<typeof reviewIdeaAction>> | undefined;
  const target = await redirectOf(async () => {
    result = await reviewIdeaAction(null, form({ ideaId, ...fields }));
  });
  return target ? { ok: true, redirectedTo: target } : result;
}

describe("ideas", () => {
  test("a signed-in resident submits an idea with SDGs and needs; anonymous visitors cannot", async () => {
    await expect(submitIdeaAction(null, form({ title: "x", description: "y" }))).resolves.toEqual({ ok: false, error: "errors.signInRequired" });
    const municipality = await db.municipality.findUniqueOrThrow({ where: { nameJa: "中之条町" } });
    const id = await submitAs(users.resident, { municipalityId: String(municipality.id), sdgGoals: ["11", "4"], sdgTargets: "１１．３、 8.9", needs: ["KEY_PERSON", "FUNDING"] });
    const idea = await db.idea.findUniqueOrThrow({ where: { id }, include: { sdgTags: true } });
    expect(idea).toMatchObject({ status: "SUBMITTED", authorId: users.resident, municipalityId: municipality.id, areaId: municipality.areaId, needs: ["KEY_PERSON", "FUNDING"] });
    // 11.3 covers goal 11; goal 4 has no target; 8.9 brings goal 8 in.
    expect(idea.sdgTags.map((t) => `${t.goalNumber}:${t.targetCode ?? "-"}`).sort()).toEqual(["11:11.3", "4:-", "8:8.9"]);
    expect(idea.publishedAt).toBeNull();
  });

  test("an idea says which workshop issue cards it answers; unknown cards are refused", async () => {
    const card = await db.issueCard.findFirstOrThrow({ where: { hiddenAt: null } });
    const id = await submitAs(users.resident, { issueCardIds: [card.id] });
    expect((await db.idea.findUniqueOrThrow({ where: { id }, include: { issueCards: true } })).issueCards.map((c) => c.id)).toEqual([card.id]);
    signInAs(users.resident);
    await expect(submitIdeaAction(null, form({ title: "x", description: "y", issueCardIds: ["no-such-card"] }))).resolves.toMatchObject({
      fieldErrors: { issueCardIds: ["errors.invalidChoice"] },
    });
  });

  test("a retried submission with the same key does not create a second idea", async () => {
    const clientKey = crypto.randomUUID();
    const first = await submitAs(users.resident, { clientKey });
    const again = await submitAs(users.resident, { clientKey });
    expect(again).toBe(first);
    expect(await db.idea.count({ where: { clientKey } })).toBe(1);
  });

  const bad: [string, Record<string, string | string[]>, string, string][] = [
    ["empty", { title: "", description: "" }, "title", "errors.required"],
    ["script in the title", { title: "<script>alert(1)</script>", description: "ok" }, "title", "errors.markupNotAllowed"],
    ["an 11 kB description", { title: "ok", description: "あ".repeat(11_000) }, "description", "errors.tooLong"],
    ["SQL-looking municipality", { title: "ok", description: "ok", municipalityId: "1; DROP TABLE \"Idea\"" }, "municipalityId", "errors.invalidChoice"],
    ["SDG 18", { title: "ok", description: "ok", sdgGoals: ["18"] }, "sdgGoals", "errors.invalidChoice"],
    ["an unknown need", { title: "ok", description: "ok", needs: ["MAGIC"] }, "needs", "errors.invalidChoice"],
    ["a target that does not exist", { title: "ok", description: "ok", sdgTargets: "18.1" }, "sdgTargets", "errors.sdgTargetInvalid"],
    ["a target in the wrong form", { title: "ok", description: "ok", sdgTargets: "11.3; DROP TABLE" }, "sdgTargets", "errors.sdgTargetInvalid"],
  ];
  test.each(bad)("bad input (%s) gets a localised error and writes nothing", async (_case, fields, field, key) => {
    signInAs(users.resident);
    const before = await db.idea.count();
    const result = await submitIdeaAction(null, form(fields));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.fieldErrors?.[field] ?? [])).toContain(key);
    expect(await db.idea.count()).toBe(before);
  });

  test("only staff review; a declined idea needs a reason; closed ideas stay closed", async () => {
    const id = await submitAs(users.resident);
    for (const who of ["resident", "member", "facilitator"] as const) {
      signInAs(users[who]);
      await expect(reviewIdeaAction(null, form({ ideaId: id, to: "UNDER_REVIEW" }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    }
    await expect(review(id, { to: "DECLINED" })).resolves.toMatchObject({ ok: false, fieldErrors: { declineReason: ["errors.chooseReason"] } });
    await expect(review(id, { to: "ACCEPTED" })).resolves.toEqual({ ok: false, error: "errors.invalidTransition" });
    await expect(review(id, { to: "UNDER_REVIEW" })).resolves.toEqual({ ok: true, redirectedTo: `/staff/ideas?decided=${id}` });
    await expect(review(id, { to: "DECLINED", declineReason: "NOT_FEASIBLE", answer: "予算の目処が立ちませんでした。" })).resolves.toMatchObject({ ok: true });
    await expect(review(id, { to: "UNDER_REVIEW" })).resolves.toEqual({ ok: false, error: "errors.invalidTransition" });
    const idea = await db.idea.findUniqueOrThrow({ where: { id } });
    expect(idea).toMatchObject({ status: "DECLINED", declineReason: "NOT_FEASIBLE", answer: "予算の目処が立ちませんでした。", answerPublishedAt: null });

    // The answer is a draft until staff publish it; only then is the author told.
    const told = () => db.notification.count({ where: { userId: users.resident, kind: "idea.answered", payload: { path: ["ideaId"], equals: id } } });
    expect(await told()).toBe(0);
    signInAs(users.resident);
    await expect(publishAnswerAction(null, form({ ideaId: id }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    signInAs(users.staff);
    expect(await redirectOf(() => publishAnswerAction(null, form({ ideaId: id })))).toBe(`/staff/ideas?answered=${id}`);
    await expect(publishAnswerAction(null, form({ ideaId: id }))).resolves.toEqual({ ok: false, error: "errors.alreadyDecided" });
    expect(await told()).toBe(1);
    expect(await db.auditLog.count({ where: { subjectId: id, action: { startsWith: "idea." } } })).toBe(4);
  });

  test("splitting keeps provenance: the new idea records where it came from and keeps its SDGs", async () => {
    const id = await submitAs(users.resident, { title: "マルシェと空き家", sdgGoals: ["11"] });
    signInAs(users.resident);
    await expect(splitIdeaAction(null, form({ ideaId: id, title: "空き家", description: "空き家の活用" }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    signInAs(users.staff);
    await expect(splitIdeaAction(null, form({ ideaId: id, title: "<i>x</i>", description: "d" }))).resolves.toMatchObject({ fieldErrors: { title: ["errors.markupNotAllowed"] } });
    const target = await redirectOf(() => splitIdeaAction(null, form({ ideaId: id, title: "空き家", description: "空き家の活用" })));
    const splitId = new URL(target ?? "", "http://x").searchParams.get("decided") ?? "";
    const split = await db.idea.findUniqueOrThrow({ where: { id: splitId }, include: { sdgTags: true, lineageTo: true } });
    expect(split).toMatchObject({ title: "空き家", status: "UNDER_REVIEW", authorId: users.resident });
    expect(split.sdgTags.map((t) => t.goalNumber)).toEqual([11]);
    expect(split.lineageTo).toEqual([expect.objectContaining({ fromIdeaId: id, kind: "SPLIT" })]);
    await review(id, { to: "DECLINED", declineReason: "OTHER" });
    await expect(splitIdeaAction(null, form({ ideaId: id, title: "もう一つ", description: "d" }))).resolves.toEqual({ ok: false, error: "errors.invalidTransition" });
  });

  test("merging keeps provenance, and an idea cannot be merged into itself", async () => {
    const kept = await submitAs(users.resident, { title: "ひもかわを17色に" });
    const duplicate = await submitAs(users.member, { title: "色つきひもかわ" });
    await expect(review(duplicate, { to: "MERGED", mergeIntoId: duplicate })).resolves.toMatchObject({ ok: false });
    await expect(review(duplicate, { to: "MERGED", mergeIntoId: kept })).resolves.toMatchObject({ ok: true });
    expect(await db.ideaLineage.findMany({ where: { toIdeaId: kept }, select: { fromIdeaId: true, kind: true } })).toEqual([
      { fromIdeaId: duplicate, kind: "MERGED" },
    ]);
  });
});

describe("projects, offers and the co-creation KPI", () => {
  async function acceptedIdea(): Promise<string> {
    const id = await submitAs(users.resident);
    await review(id, { to: "UNDER_REVIEW" });
    await review(id, { to: "ACCEPTED" });
    return id;
  }

  async function createProject(leadUserId: string): Promise<{ id: string; slug: string }> {
    const lead = await db.user.findUniqueOrThrow({ where: { id: leadUserId } });
    signInAs(users.staff);
    const ideaId = await acceptedIdea();
    signInAs(users.staff);
    const target = await redirectOf(() => createProjectAction(null, form({ titleJa: "学生と空き家プロジェクト", summaryJa: "空き家を学生の拠点にする。", ideaIds: [ideaId], leadEmail: lead.email })));
    expect(target).toMatch(/^\/zukan\//);
    return db.project.findUniqueOrThrow({ where: { slug: target?.slice("/zukan/".length) }, select: { id: true, slug: true } });
  }

  test("only staff create projects, and only from accepted ideas", async () => {
    const submitted = await submitAs(users.resident);
    signInAs(users.resident);
    await expect(createProjectAction(null, form({ titleJa: "x", summaryJa: "y", ideaIds: [submitted] }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    signInAs(users.staff);
    await expect(createProjectAction(null, form({ titleJa: "x", summaryJa: "y", ideaIds: [submitted] }))).resolves.toMatchObject({
      ok: false,
      fieldErrors: { ideaIds: ["errors.ideaNotAccepted"] },
    });
    await expect(createProjectAction(null, form({ titleJa: "x", summaryJa: "y", ideaIds: ["no-such-idea"] }))).resolves.toMatchObject({ ok: false });
  });

  test("reaching RUNNING raises the KPI's draft for that fiscal year by one, once", async () => {
    const project = await createProject(users.member);
    const series = await db.kpiSeries.findFirstOrThrow({ where: { kpi: { derivation: "projects-running" } } });
    const fiscalYear = fiscalYearOf(new Date());
    const draftValue = async () => {
      const latest = await db.kpiObservation.findFirst({ where: { seriesId: series.id, fiscalYear }, orderBy: { version: "desc" } });
      return latest ? Number(latest.value.toString()) : 0;
    };
    const runningBefore = await db.project.count({ where: { runningSince: { not: null } } });

    // The lead (a resident member) moves it on; someone else's project is not theirs to move.
    signInAs(users.member);
    for (const to of ["PLANNING", "PILOT", "RUNNING"]) {
      await expect(changeStageAction(null, form({ projectId: project.id, to, note: `${to} へ` }))).resolves.toEqual({ ok: true, data: { stage: to } });
    }
    const afterRunning = await draftValue();
    expect(afterRunning).toBe(runningBefore + 1);
    const draft = await db.kpiObservation.findFirstOrThrow({ where: { seriesId: series.id, fiscalYear }, orderBy: { version: "desc" } });
    expect(draft).toMatchObject({ state: "DRAFT", derived: true });

    // Pausing and running again does not count the project twice.
    await changeStageAction(null, form({ projectId: project.id, to: "PAUSED" }));
    await changeStageAction(null, form({ projectId: project.id, to: "RUNNING" }));
    expect(await draftValue()).toBe(afterRunning);

    signInAs(users.resident);
    await expect(changeStageAction(null, form({ projectId: project.id, to: "SCALING" }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    signInAs(users.member);
    await expect(changeStageAction(null, form({ projectId: project.id, to: "FORMING" }))).resolves.toEqual({ ok: false, error: "errors.invalidTransition" });
    expect((await db.projectStageChange.findMany({ where: { projectId: project.id }, orderBy: { changedAt: "asc" } })).map((c) => c.toStage)).toEqual([
      "FORMING",
      "PLANNING",
      "PILOT",
      "RUNNING",
      "PAUSED",
      "RUNNING",
    ]);
  });

  test("an accepted funding offer updates its need in the same transaction as the audit row", async () => {
    const project = await createProject(users.member);
    const need = await db.projectNeed.create({ data: { projectId: project.id, kind: "FUNDING", titleJa: "改修費", amountJpy: 300_000, fundingRoute: "CROWDFUNDING_FURUSATO_NOZEI" } });
    signInAs(null);

    await expect(offerSupportAction(null, form({ needId: need.id, message: "応援します", amountJpy: "100000" }))).resolves.toEqual({ ok: false, error: "errors.signInRequired" });
    signInAs(users.resident);
    await expect(offerSupportAction(null, form({ needId: need.id, message: "応援します" }))).resolves.toMatchObject({ ok: false, fieldErrors: { amountJpy: ["errors.amountRequired"] } });
    for (const amountJpy of ["-5", "1e9", "abc", "99999999999999", "<b>1</b>"]) {
      await expect(offerSupportAction(null, form({ needId: need.id, message: "応援します", amountJpy }))).resolves.toMatchObject({ ok: false });
    }
    const first = await offerSupportAction(null, form({ needId: need.id, message: "地元企業として応援します", amountJpy: "１００，０００円" }));
    const second = await offerSupportAction(null, form({ needId: need.id, message: "追加で", amountJpy: "200000" }));
    if (!first.ok || !second.ok) throw new Error("offers failed");
    expect(await db.supportOffer.findUniqueOrThrow({ where: { id: first.data.id } })).toMatchObject({ amountJpy: 100_000, status: "PENDING" });

    // The offerer cannot accept their own offer; the lead can.
    await expect(decideOfferAction(null, form({ offerId: first.data.id, decision: "ACCEPTED" }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    signInAs(users.member);
    await expect(decideOfferAction(null, form({ offerId: first.data.id, decision: "ACCEPTED" }))).resolves.toEqual({ ok: true, data: { needStatus: "PARTLY_MET" } });
    await expect(decideOfferAction(null, form({ offerId: first.data.id, decision: "DECLINED" }))).resolves.toEqual({ ok: false, error: "errors.alreadyDecided" });
    signInAs(users.staff);
    await expect(decideOfferAction(null, form({ offerId: second.data.id, decision: "ACCEPTED" }))).resolves.toEqual({ ok: true, data: { needStatus: "MET" } });

    expect(await db.projectNeed.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ status: "MET", metAmountJpy: 300_000 });
    const audit = await db.auditLog.findMany({ where: { subjectId: { in: [first.data.id, second.data.id] }, action: "offer.accepted" } });
    expect(audit.map((a) => a.after)).toEqual(expect.arrayContaining([expect.objectContaining({ needStatus: "PARTLY_MET" }), expect.objectContaining({ needStatus: "MET", metAmountJpy: 300_000 })]));
    signInAs(users.resident);
    await expect(offerSupportAction(null, form({ needId: need.id, message: "まだ？", amountJpy: "1000" }))).resolves.toEqual({ ok: false, error: "errors.needAlreadyMet" });
  });

  test("only the lead and staff add needs, and a funding need states its amount", async () => {
    const project = await createProject(users.member);
    const need = { projectId: project.id, kind: "KEY_PERSON", titleJa: "地域をまとめるキーマン" };
    signInAs(null);
    await expect(addNeedAction(null, form(need))).resolves.toEqual({ ok: false, error: "errors.signInRequired" });
    for (const who of ["resident", "facilitator"] as const) {
      signInAs(users[who]);
      await expect(addNeedAction(null, form(need))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    }
    signInAs(users.member);
    await expect(addNeedAction(null, form({ ...need, kind: "FUNDING" }))).resolves.toMatchObject({ fieldErrors: { amountJpy: ["errors.amountRequired"] } });
    await expect(addNeedAction(null, form({ ...need, titleJa: "<iframe src=x>" }))).resolves.toMatchObject({ fieldErrors: { titleJa: ["errors.markupNotAllowed"] } });
    await expect(addNeedAction(null, form({ ...need, descriptionJa: "x".repeat(20_000) }))).resolves.toMatchObject({ fieldErrors: { descriptionJa: ["errors.tooLong"] } });
    await expect(addNeedAction(null, form({ ...need, projectId: "missing" }))).resolves.toEqual({ ok: false, error: "errors.notFound" });
    expect(await db.projectNeed.count({ where: { projectId: project.id } })).toBe(0);
    await expect(addNeedAction(null, form(need))).resolves.toMatchObject({ ok: true });
    signInAs(users.staff);
    await expect(addNeedAction(null, form({ ...need, kind: "FUNDING", titleJa: "改修費", amountJpy: "50万" }))).resolves.toMatchObject({ fieldErrors: { amountJpy: ["errors.amountInvalid"] } });
    await expect(addNeedAction(null, form({ ...need, kind: "FUNDING", titleJa: "改修費", amountJpy: "500,000", fundingRoute: "GRANT" }))).resolves.toMatchObject({ ok: true });
    expect(await db.projectNeed.findMany({ where: { projectId: project.id }, orderBy: { openedAt: "asc" }, select: { kind: true, amountJpy: true, fundingRoute: true } })).toEqual([
      { kind: "KEY_PERSON", amountJpy: null, fundingRoute: null },
      { kind: "FUNDING", amountJpy: 500_000, fundingRoute: "GRANT" },
    ]);
  });

  test("a cheer is one per person and toggles; visitors must sign in; unknown projects are refused", async () => {
    const project = await db.project.findUniqueOrThrow({ where: { slug: "tomioka-crepe" } });
    await expect(toggleCheerAction(null, form({ projectId: project.id }))).resolves.toEqual({ ok: false, error: "errors.signInRequired" });
    signInAs(users.resident);
    await expect(toggleCheerAction(null, form({ projectId: project.id }))).resolves.toEqual({ ok: true, data: { cheered: true, count: 1 } });
    signInAs(users.member);
    await expect(toggleCheerAction(null, form({ projectId: project.id }))).resolves.toEqual({ ok: true, data: { cheered: true, count: 2 } });
    await expect(toggleCheerAction(null, form({ projectId: project.id }))).resolves.toEqual({ ok: true, data: { cheered: false, count: 1 } });
    await expect(toggleCheerAction(null, form({ projectId: "x".repeat(500) }))).resolves.toMatchObject({ ok: false, error: "errors.checkFields" });
    await expect(toggleCheerAction(null, form({ projectId: "missing" }))).resolves.toEqual({ ok: false, error: "errors.notFound" });
  });

  test("staff register an existing running initiative directly; it counts for the KPI", async () => {
    const fields = { titleJa: "既存の取組", summaryJa: "県が支援している取組。", stage: "RUNNING" };
    for (const who of ["resident", "member", "facilitator"] as const) {
      signInAs(users[who]);
      await expect(registerProjectAction(null, form(fields))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    }
    signInAs(users.staff);
    await expect(registerProjectAction(null, form({ ...fields, stage: "LAUNCHED" }))).resolves.toMatchObject({ fieldErrors: { stage: ["errors.invalidChoice"] } });
    await expect(registerProjectAction(null, form({ ...fields, municipalityId: "99999" }))).resolves.toMatchObject({ fieldErrors: { municipalityId: ["errors.invalidChoice"] } });
    await expect(registerProjectAction(null, form({ ...fields, titleJa: "<b>x</b>" }))).resolves.toMatchObject({ fieldErrors: { titleJa: ["errors.markupNotAllowed"] } });
    const target = await redirectOf(() => registerProjectAction(null, form(fields)));
    const project = await db.project.findUniqueOrThrow({ where: { slug: target?.slice("/zukan/".length) } });
    expect(project).toMatchObject({ kind: "INITIATIVE", stage: "RUNNING" });
    expect(project.runningSince).not.toBeNull();
  });

  test("the lead builds the team; partners are organisations; staff link KPIs", async () => {
    const project = await createProject(users.member);
    const resident = await db.user.findUniqueOrThrow({ where: { id: users.resident } });
    signInAs(users.resident);
    await expect(addTeamMemberAction(null, form({ projectId: project.id, role: "MEMBER", email: resident.email }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    signInAs(users.member);
    // People are invited (tests/integration/team-invitations.test.ts): the same answer for any address.
    await expect(addTeamMemberAction(null, form({ projectId: project.id, role: "MEMBER", email: "not-an-address" }))).resolves.toMatchObject({ fieldErrors: { email: ["errors.email"] } });
    await expect(addTeamMemberAction(null, form({ projectId: project.id, role: "MEMBER", email: "nobody@example.jp" }))).resolves.toEqual({ ok: true, data: { invited: true } });
    await expect(addTeamMemberAction(null, form({ projectId: project.id, role: "MEMBER", email: resident.email }))).resolves.toEqual({ ok: true, data: { invited: true } });
    await expect(addTeamMemberAction(null, form({ projectId: project.id, role: "PARTNER", organisationName: "上毛信用金庫" }))).resolves.toMatchObject({ fieldErrors: { organisationName: ["errors.organisationRequired"] } });
    await expect(addTeamMemberAction(null, form({ projectId: project.id, role: "PARTNER", organisationName: "上毛信用金庫", organisationType: "FINANCIAL_INSTITUTION" }))).resolves.toEqual({ ok: true, data: { invited: false } });
    await expect(addTeamMemberAction(null, form({ projectId: project.id, role: "PARTNER", organisationName: "上毛信用金庫", organisationType: "FINANCIAL_INSTITUTION" }))).resolves.toEqual({ ok: false, error: "errors.alreadyInTeam" });
    const team = await db.projectMember.findMany({ where: { projectId: project.id }, include: { organisation: true } });
    expect(team.map((m) => [m.role, m.organisation?.type ?? null]).sort()).toEqual([["LEAD", null], ["PARTNER", "FINANCIAL_INSTITUTION"]]);

    // The lead may not link KPIs; staff may, and only to KPIs that exist.
    await expect(linkKpiAction(null, form({ projectId: project.id, kpiCode: "regional-vision-cocreation-initiatives" }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    signInAs(users.staff);
    await expect(linkKpiAction(null, form({ projectId: project.id, kpiCode: "no-such-kpi" }))).resolves.toEqual({ ok: false, error: "errors.notFound" });
    await expect(linkKpiAction(null, form({ projectId: project.id, kpiCode: "regional-vision-cocreation-initiatives" }))).resolves.toEqual({ ok: true, data: undefined });
    expect(await db.projectKpi.count({ where: { projectId: project.id } })).toBe(1);
  });
});
