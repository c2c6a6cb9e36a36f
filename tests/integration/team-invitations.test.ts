// Joining a project's team is an invitation the person accepts (lib/projects/invitations.ts): the
// inviter learns nothing about whether an address has an account, the link works once, for its
// address only, and a project never has two leads, whatever happens at once.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, test } from "vitest";
import type { Role } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { answerTeamInvitation, inviteToTeam, TEAM_INVITATION_LIFETIME_MS, viewTeamInvitation } from "@/lib/projects/invitations";
import { hashLinkToken } from "@/lib/security/link-token";
import { createTestUser } from "./factories";

async function person(roles: Role[] = ["RESIDENT"], emailConfirmed = true): Promise<CurrentUser> {
  const user = await createTestUser(roles, { emailConfirmed });
  return { id: user.id, name: `Test ${roles.join("+")}`, email: user.email, roles: user.roles as Role[], emailConfirmed, sessionId: "test" };
}

let lead: CurrentUser;
let projectId: string;

beforeEach(async () => {
  lead = await person();
  const project = await db.project.create({
    data: { slug: `team-${randomUUID().slice(0, 8)}`, titleJa: "空き家を学生の拠点に", summaryJa: "テスト", kind: "COMMUNITY", stage: "FORMING", members: { create: { role: "LEAD", userId: lead.id } } },
    select: { id: true },
  });
  projectId = project.id;
});

/** The link's token, read from the invitation mail sent to `address`, as the invitee would. */
async function tokenMailedTo(address: string): Promise<string> {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: address, kind: "team.invitation" }, orderBy: { createdAt: "desc" } });
  const token = /\/zukan\/invitation\?token=([A-Za-z0-9_-]+)/.exec(mail.textBody)?.[1];
  if (!token) throw new Error("no link in the invitation mail");
  return token;
}

const teamOf = async (id = projectId) =>
  (await db.projectMember.findMany({ where: { projectId: id, userId: { not: null } }, select: { userId: true, role: true } })).map((m) => [m.userId, m.role]).sort();

describe("inviting", () => {
  test("the answer, the rows written and the mail's text are the same for an address with an account and one without", async () => {
    const registered = await person();
    const stranger = `stranger-${randomUUID().slice(0, 8)}@test.example`;
    const answers = [await inviteToTeam(lead, { projectId, email: registered.email, role: "MEMBER" }), await inviteToTeam(lead, { projectId, email: stranger, role: "MEMBER" })];
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual({ ok: true, data: { invited: true } });
    const mails = await db.mailMessage.findMany({ where: { kind: "team.invitation", toAddress: { in: [registered.email, stranger] } }, select: { toAddress: true, subject: true } });
    expect(mails.map((m) => m.subject)).toEqual([mails[0]!.subject, mails[0]!.subject]);
    expect(await db.projectInvitation.count({ where: { projectId } })).toBe(2);
    // Nobody joins by being invited.
    expect(await teamOf()).toEqual([[lead.id, "LEAD"]]);
  });

  test("only the token's hash is stored", async () => {
    const email = `x-${randomUUID().slice(0, 8)}@test.example`;
    await inviteToTeam(lead, { projectId, email, role: "MEMBER" });
    const token = await tokenMailedTo(email);
    const row = await db.projectInvitation.findFirstOrThrow({ where: { projectId, email } });
    expect(row.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  test("only the lead and staff may invite; others are refused and nothing is sent", async () => {
    const [resident, facilitator, staff] = [await person(), await person(["FACILITATOR"]), await person(["STAFF"])];
    const email = `y-${randomUUID().slice(0, 8)}@test.example`;
    for (const outsider of [resident, facilitator]) {
      await expect(inviteToTeam(outsider, { projectId, email, role: "MEMBER" })).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    }
    expect(await db.mailMessage.count({ where: { toAddress: email } })).toBe(0);
    await expect(inviteToTeam(staff, { projectId, email, role: "MEMBER" })).resolves.toMatchObject({ ok: true });
    await expect(inviteToTeam(lead, { projectId: "no-such-project", email, role: "MEMBER" })).resolves.toEqual({ ok: false, error: "errors.notFound" });
  });

  test("one account may send 20 invitations an hour", async () => {
    const sender = await person(["STAFF"]);
    for (let i = 0; i < 20; i++) expect((await inviteToTeam(sender, { projectId, email: `z${i}-${randomUUID().slice(0, 6)}@test.example`, role: "MEMBER" })).ok).toBe(true);
    await expect(inviteToTeam(sender, { projectId, email: "one-more@test.example", role: "MEMBER" })).resolves.toEqual({ ok: false, error: "errors.rateLimited" });
  });
});

describe("answering", () => {
  test("the person with the address joins once; the link then stops working, and the inviter is told", async () => {
    const invitee = await person();
    await inviteToTeam(lead, { projectId, email: invitee.email, role: "MEMBER" });
    const token = await tokenMailedTo(invitee.email);
    await expect(viewTeamInvitation(token, invitee)).resolves.toMatchObject({ state: "open", role: "MEMBER", forViewer: true });
    await expect(answerTeamInvitation(invitee, { token, accept: true })).resolves.toMatchObject({ ok: true, data: { joined: true } });
    expect(await teamOf()).toEqual([[invitee.id, "MEMBER"], [lead.id, "LEAD"]].sort());
    await expect(answerTeamInvitation(invitee, { token, accept: true })).resolves.toEqual({ ok: false, error: "teamInvitation.unusable" });
    // The invitee sees their answer again; anyone else holding the link, nothing.
    await expect(viewTeamInvitation(token, invitee)).resolves.toMatchObject({ state: "answered", joined: true });
    await expect(viewTeamInvitation(token, null)).resolves.toEqual({ state: "unusable" });
    await expect(viewTeamInvitation(token, lead)).resolves.toEqual({ state: "unusable" });
    const notice = await db.notification.findFirstOrThrow({ where: { userId: lead.id, kind: "project.team" } });
    expect(notice.payload).toMatchObject({ accepted: true, name: invitee.name });
    expect(await db.auditLog.count({ where: { subjectId: projectId, action: "project.team_join", actorId: invitee.id } })).toBe(1);
  });

  test("someone else with the link cannot use it, and the page does not say whose address it was", async () => {
    const invitee = await person();
    const other = await person();
    await inviteToTeam(lead, { projectId, email: invitee.email, role: "MEMBER" });
    const token = await tokenMailedTo(invitee.email);
    await expect(answerTeamInvitation(other, { token, accept: true })).resolves.toEqual({ ok: false, error: "teamInvitation.otherAddress" });
    const view = await viewTeamInvitation(token, other);
    expect(view).toMatchObject({ state: "open", forViewer: false });
    expect(JSON.stringify(view)).not.toContain(invitee.email);
    expect(await teamOf()).toEqual([[lead.id, "LEAD"]]);
  });

  test("an unconfirmed address must be confirmed first", async () => {
    const invitee = await person(["RESIDENT"], false);
    await inviteToTeam(lead, { projectId, email: invitee.email, role: "MEMBER" });
    await expect(answerTeamInvitation(invitee, { token: await tokenMailedTo(invitee.email), accept: true })).resolves.toEqual({ ok: false, error: "errors.confirmEmailFirst" });
  });

  test("declining adds nobody; an expired, replaced, forged or oversized link does nothing", async () => {
    const invitee = await person();
    await inviteToTeam(lead, { projectId, email: invitee.email, role: "MEMBER" });
    const first = await tokenMailedTo(invitee.email);
    await inviteToTeam(lead, { projectId, email: invitee.email, role: "MEMBER" });
    const second = await tokenMailedTo(invitee.email);
    await expect(answerTeamInvitation(invitee, { token: first, accept: true })).resolves.toEqual({ ok: false, error: "teamInvitation.unusable" });
    for (const forged of ["", "x".repeat(43), "x".repeat(5_000), "'; DROP TABLE \"Project\"; --"]) {
      await expect(answerTeamInvitation(invitee, { token: forged, accept: true })).resolves.toEqual({ ok: false, error: "teamInvitation.unusable" });
    }
    const later = new Date(Date.now() + TEAM_INVITATION_LIFETIME_MS + 1_000);
    await expect(answerTeamInvitation(invitee, { token: second, accept: true }, later)).resolves.toEqual({ ok: false, error: "teamInvitation.unusable" });
    await expect(answerTeamInvitation(invitee, { token: second, accept: false })).resolves.toMatchObject({ ok: true, data: { joined: false } });
    expect(await teamOf()).toEqual([[lead.id, "LEAD"]]);
  });
});

describe("one lead", () => {
  test("accepting the lead hands it over: the old lead stays on as a member", async () => {
    const next = await person();
    await inviteToTeam(lead, { projectId, email: next.email, role: "LEAD" });
    await expect(answerTeamInvitation(next, { token: await tokenMailedTo(next.email), accept: true })).resolves.toMatchObject({ ok: true });
    expect(await teamOf()).toEqual([[lead.id, "MEMBER"], [next.id, "LEAD"]].sort());
  });

  test("two people accepting the lead at once: one lead at the end", async () => {
    const [a, b] = [await person(), await person()];
    await inviteToTeam(lead, { projectId, email: a.email, role: "LEAD" });
    await inviteToTeam(lead, { projectId, email: b.email, role: "LEAD" });
    const [ta, tb] = [await tokenMailedTo(a.email), await tokenMailedTo(b.email)];
    const answers = await Promise.all([answerTeamInvitation(a, { token: ta, accept: true }), answerTeamInvitation(b, { token: tb, accept: true })]);
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(await db.projectMember.count({ where: { projectId, role: "LEAD" } })).toBe(1);
  });

  test("the database refuses a second lead however it is written", async () => {
    const other = await person();
    const error = await db.projectMember.create({ data: { projectId, userId: other.id, role: "LEAD" } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
  });
});
