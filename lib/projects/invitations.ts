import "server-only";
// Joining a project's team is an invitation the person accepts. The lead (or staff) types an
// address; the platform mails that address a link and answers "invitation sent" whether or not it
// has an account, so the form cannot be used to learn who is registered. Whoever opens the link
// accepts by signing in with that address, confirmed. Accepting the lead's role hands it over: the
// old lead stays on as a member, and the database holds every project to one lead at most
// (index ProjectMember_one_lead).
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { can, type Actor } from "../auth/roles";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { composeMail } from "../mail/compose";
import { TEAM_MAIL_KINDS } from "../mail/kinds";
import { mailBaseUrl } from "../mail/settings";
import { notify } from "../notifications/notify";
import { hashLinkToken, newLinkToken } from "../security/link-token";
import { consume } from "../security/rate-limit";
import { projectLeadId } from "./queries";

export const TEAM_INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
const MAX_TOKEN_LENGTH = 200;

export interface TeamInvitationInput {
  projectId: string;
  email: string;
  role: "LEAD" | "MEMBER";
}

/** Sends the invitation. The answer is the same for every address, registered or not. */
export async function inviteToTeam(actor: Actor, input: TeamInvitationInput, now = new Date()): Promise<ActionResult<{ invited: true }>> {
  const project = await db.project.findUnique({ where: { id: input.projectId }, select: { id: true, slug: true, titleJa: true } });
  if (!project) return fail("errors.notFound");
  if (!can(actor, "project.manage", { ownerId: await projectLeadId(project.id) })) return fail("errors.forbidden");
  if (!(await consume("teamInvitation", actor.id)).allowed) return fail("errors.rateLimited");

  const token = newLinkToken();
  await db.$transaction(async (tx) => {
    // Only the newest invitation to an address works, so a changed role is the one that counts.
    await tx.projectInvitation.deleteMany({ where: { projectId: project.id, email: input.email, answeredAt: null } });
    const invitation = await tx.projectInvitation.create({
      data: { projectId: project.id, email: input.email, role: input.role, tokenHash: hashLinkToken(token), invitedById: actor.id, expiresAt: new Date(now.getTime() + TEAM_INVITATION_LIFETIME_MS) },
      select: { id: true },
    });
    await mailInvitation(tx, { token, email: input.email, role: input.role, projectTitle: project.titleJa, inviterId: actor.id });
    await recordAudit(tx, { actorId: actor.id, action: "project.team_invite", subjectType: "Project", subjectId: project.id, after: { invitationId: invitation.id, role: input.role } });
  });
  return ok({ invited: true });
}

async function mailInvitation(tx: Tx, invitation: { token: string; email: string; role: "LEAD" | "MEMBER"; projectTitle: string; inviterId: string }): Promise<void> {
  const [inviter, account] = await Promise.all([
    tx.user.findUnique({ where: { id: invitation.inviterId }, select: { name: true, locale: true } }),
    tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } }),
  ]);
  const values = { project: invitation.projectTitle, inviter: inviter?.name ?? "" };
  await composeMail(tx, {
    kind: TEAM_MAIL_KINDS.invitation,
    // Someone with an account reads it in their own language; anyone else in the inviter's.
    ...(account ? { userId: account.id, toAddress: invitation.email } : { guest: { address: invitation.email, name: "", locale: inviter?.locale ?? "ja" } }),
    unsubscribable: false,
    content: {
      subject: { key: "teamMail.invitation.subject", values },
      paragraphs: [{ key: `teamMail.invitation.body${invitation.role === "LEAD" ? "Lead" : "Member"}`, values }, { key: "teamMail.invitation.howTo" }],
      action: {
        url: `${mailBaseUrl()}/zukan/invitation?token=${encodeURIComponent(invitation.token)}`,
        intro: { key: "teamMail.invitation.intro" },
        label: { key: "teamMail.invitation.button" },
      },
      reason: { key: "teamMail.invitation.reason" },
    },
  });
}

const INVITATION_FIELDS = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  answeredAt: true,
  accepted: true,
  invitedById: true,
  project: { select: { id: true, slug: true, titleJa: true, titleEn: true } },
} as const;

async function findInvitation(token: unknown) {
  if (typeof token !== "string" || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
  return db.projectInvitation.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: INVITATION_FIELDS });
}

async function findOpenInvitation(token: unknown, now: Date) {
  const invitation = await findInvitation(token);
  return invitation && invitation.answeredAt === null && invitation.expiresAt > now ? invitation : null;
}

type ProjectNames = { slug: string; titleJa: string; titleEn: string | null };

export type InvitationView =
  | { state: "unusable" }
  | { state: "open"; role: "LEAD" | "MEMBER"; project: ProjectNames; forViewer: boolean }
  | { state: "answered"; joined: boolean; project: ProjectNames };

/**
 * What the invitation page shows. The address it was sent to is never shown, only whether it is
 * the viewer's; the person it was for sees their answer again, anyone else an unusable link.
 */
export async function viewTeamInvitation(token: unknown, viewer: CurrentUser | null, now = new Date()): Promise<InvitationView> {
  const invitation = await findInvitation(token);
  if (!invitation) return { state: "unusable" };
  const { slug, titleJa, titleEn } = invitation.project;
  const forViewer = viewer?.email === invitation.email;
  if (invitation.answeredAt !== null) return forViewer ? { state: "answered", joined: invitation.accepted === true, project: { slug, titleJa, titleEn } } : { state: "unusable" };
  if (invitation.expiresAt <= now) return { state: "unusable" };
  return { state: "open", role: invitation.role as "LEAD" | "MEMBER", project: { slug, titleJa, titleEn }, forViewer };
}

/** The person the invitation was mailed to accepts or declines it, once. */
export async function answerTeamInvitation(
  actor: CurrentUser,
  input: { token: string; accept: boolean },
  now = new Date(),
): Promise<ActionResult<{ projectSlug: string; joined: boolean }>> {
  const invitation = await findOpenInvitation(input.token, now);
  if (!invitation) return fail("teamInvitation.unusable");
  if (actor.email !== invitation.email) return fail("teamInvitation.otherAddress");
  if (!can(actor, "project.participate")) return fail("errors.confirmEmailFirst");

  const answered = await db.$transaction(async (tx) => {
    // Marks it answered only if nobody else did in the meantime: the link works once.
    const { count } = await tx.projectInvitation.updateMany({ where: { id: invitation.id, answeredAt: null }, data: { answeredAt: now, accepted: input.accept } });
    if (count !== 1) return false;
    if (input.accept) await joinTeam(tx, invitation.project.id, actor.id, invitation.role as "LEAD" | "MEMBER");
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.accept ? "project.team_join" : "project.team_decline",
      subjectType: "Project",
      subjectId: invitation.project.id,
      after: { invitationId: invitation.id, role: invitation.role },
    });
    if (invitation.invitedById && invitation.invitedById !== actor.id) {
      await notify(tx, {
        userId: invitation.invitedById,
        kind: "project.team",
        payload: { projectSlug: invitation.project.slug, projectTitle: invitation.project.titleJa, name: actor.name, accepted: input.accept },
      });
    }
    return true;
  });
  if (!answered) return fail("teamInvitation.unusable");
  return ok({ projectSlug: invitation.project.slug, joined: input.accept });
}

/** Adds the person, or changes their role; taking the lead makes the old lead a member first. */
async function joinTeam(tx: Tx, projectId: string, userId: string, role: "LEAD" | "MEMBER"): Promise<void> {
  // One taker of the lead at a time: the one-lead index would refuse a second anyway, this keeps it from being an error.
  await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
  if (role === "LEAD") await tx.projectMember.updateMany({ where: { projectId, role: "LEAD", userId: { not: userId } }, data: { role: "MEMBER" } });
  const existing = await tx.projectMember.findUnique({ where: { projectId_userId: { projectId, userId } }, select: { id: true, role: true } });
  if (!existing) await tx.projectMember.create({ data: { projectId, userId, role } });
  // An invitation as a member does not demote the lead who accepts it.
  else if (role === "LEAD" && existing.role !== "LEAD") await tx.projectMember.update({ where: { id: existing.id }, data: { role } });
}
