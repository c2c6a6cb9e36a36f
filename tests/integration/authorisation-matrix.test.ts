// The authorisation matrix (OWASP ASVS V4): every server action, called as each kind of person,
// must pass or refuse exactly as the table below says. The actions are found in the code
// (tests/support/server-actions.ts), so a new action without a row fails this test.
//
// The input is an empty form, plus the demo workshop session for the workshop actions. That is
// deliberate: every action checks who is asking before it reads its input, so someone refused is
// refused whatever they send, and someone allowed gets past the gate to a validation error.
// Rules about one resource (your own booking, a session you facilitate, a project you lead) are
// tested with real resources in each feature's tests.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { storeEvidence } from "@/lib/uploads/evidence";
import { runSeed } from "@/prisma/seed";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_JOIN_CODE } from "@/prisma/seed/workshop-demo";
import { accessFallbackStatus, redirectTarget } from "../support/next-control-flow";
import { request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";
import { callAction, loadServerActions, routeHandlerFiles, type ServerAction } from "../support/server-actions";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

// "unconfirmed": a resident who signed up but has not opened the confirmation link yet.
const PEOPLE = ["anonymous", "participant", "unconfirmed", "resident", "member", "facilitator", "staff", "admin"] as const;
type Person = (typeof PEOPLE)[number];

const EVERYONE: Person[] = [...PEOPLE];
const SIGNED_IN: Person[] = ["unconfirmed", "resident", "member", "facilitator", "staff", "admin"];
/** Posting, offering and booking need a confirmed address. */
const CONFIRMED: Person[] = ["resident", "member", "facilitator", "staff", "admin"];
const PARTICIPANTS: Person[] = ["participant"];
const MEMBERS: Person[] = ["member"];
const FACILITATORS: Person[] = ["facilitator", "staff", "admin"];
const STAFF: Person[] = ["staff", "admin"];
const ADMINS: Person[] = ["admin"];

const rows = (file: string, entries: Record<string, Person[]>) =>
  Object.fromEntries(Object.entries(entries).map(([name, people]) => [`${file}#${name}`, people]));

/**
 * Who gets past each action's gate; everyone else must be refused. "Signed in" rows whose rule is
 * about one resource (your own booking, a project you lead) say so.
 */
const MATRIX: Record<string, Person[]> = {
  ...rows("app/actions/locale.ts", { setLocale: EVERYONE }),
  ...rows("app/(auth)/signup/actions.ts", { signUpAction: EVERYONE }),
  ...rows("app/(auth)/forgot-password/actions.ts", { requestPasswordResetAction: EVERYONE }),
  // The single-use link from the mail is the key, not a session.
  ...rows("app/(auth)/reset-password/actions.ts", { resetPasswordAction: EVERYONE }),
  ...rows("app/(auth)/confirm-email/actions.ts", { confirmEmailAction: EVERYONE }),
  ...rows("app/(account)/account/confirm-email/actions.ts", { resendConfirmationAction: SIGNED_IN }),
  ...rows("app/(account)/notifications/actions.ts", { markAllReadAction: SIGNED_IN }),
  ...rows("app/(account)/account/notifications/actions.ts", { notificationPreferencesAction: SIGNED_IN }),
  // One's own account only: none of them takes an account id.
  ...rows("app/(account)/account/actions.ts", {
    profileVisibilityAction: SIGNED_IN,
    changePasswordAction: SIGNED_IN,
    changeEmailAction: SIGNED_IN,
    signOutEverywhereAction: SIGNED_IN,
    deleteAccountAction: SIGNED_IN,
  }),
  // Anyone with an account may register themselves as a supporter; none takes an account id.
  ...rows("app/(account)/account/supporter/actions.ts", { saveSupporterAction: SIGNED_IN, withdrawSupporterAction: SIGNED_IN }),
  ...rows("app/w/[code]/actions.ts", {
    joinAction: EVERYONE,
    picksAction: PARTICIPANTS,
    issueCardAction: PARTICIPANTS,
    editIssueCardAction: PARTICIPANTS,
    issueLinkAction: PARTICIPANTS,
    ideaAction: PARTICIPANTS,
    voteAction: PARTICIPANTS,
    reportAction: PARTICIPANTS,
  }),
  ...rows("app/(public)/ideas/new/actions.ts", { submitIdeaAction: CONFIRMED }),
  // The invitation's link is checked after the gate: the holder must also sign in with its address.
  ...rows("app/(public)/zukan/invitation/actions.ts", { answerTeamInvitationAction: CONFIRMED }),
  ...rows("app/(public)/zukan/[slug]/actions.ts", {
    offerSupportAction: CONFIRMED,
    toggleCheerAction: CONFIRMED,
    toggleFollowAction: CONFIRMED,
    postCommentAction: CONFIRMED,
    reportContentAction: SIGNED_IN,
    // The project's lead or staff: checked against the project.
    decideOfferAction: CONFIRMED,
    changeStageAction: CONFIRMED,
    addNeedAction: CONFIRMED,
    postUpdateAction: CONFIRMED,
    addTeamMemberAction: CONFIRMED,
    linkKpiAction: STAFF,
  }),
  ...rows("app/(public)/netsugen/events/actions.ts", {
    registerAction: EVERYONE,
    cancelMyRegistrationAction: SIGNED_IN,
    // The secret link from the confirmation is the key.
    cancelGuestRegistrationAction: EVERYONE,
  }),
  ...rows("app/(member)/netsugen/actions.ts", {
    bookSpaceAction: MEMBERS,
    changeBookingAction: MEMBERS,
    // Your own booking, or staff: checked against the booking.
    cancelBookingAction: SIGNED_IN,
    // The company's seat administrator: checked against the membership.
    changeSeatAction: SIGNED_IN,
  }),
  ...rows("app/(staff)/admin/users/actions.ts", { createUserAction: ADMINS }),
  ...rows("app/(staff)/staff/ideas/actions.ts", { reviewIdeaAction: STAFF, publishAnswerAction: STAFF, splitIdeaAction: STAFF, createProjectAction: STAFF }),
  ...rows("app/(staff)/staff/projects/new/actions.ts", { registerProjectAction: STAFF }),
  ...rows("app/(staff)/staff/moderation/actions.ts", { moderateAction: STAFF, restorePostAction: STAFF }),
  ...rows("app/(staff)/staff/feedback/actions.ts", { setFeedbackHandledAction: STAFF }),
  ...rows("app/(public)/accessibility/actions.ts", { sendAccessibilityFeedbackAction: EVERYONE }),
  ...rows("app/(staff)/staff/kpis/actions.ts", { createObservationAction: STAFF, transitionObservationAction: STAFF, draftDerivedAction: STAFF }),
  ...rows("app/(staff)/staff/kpis/import/actions.ts", { previewImportAction: STAFF, applyImportAction: STAFF }),
  ...rows("app/(staff)/staff/workshops/actions.ts", { createSeriesAction: STAFF }),
  // Facilitators pass the gate; each session then admits only its own facilitators and staff.
  ...rows("app/(staff)/staff/workshops/sessions/[id]/actions.ts", {
    openSessionAction: FACILITATORS,
    stageAction: FACILITATORS,
    submissionsAction: FACILITATORS,
    closeSessionAction: FACILITATORS,
    hidePostAction: FACILITATORS,
    unhidePostAction: FACILITATORS,
    mergeCardsAction: FACILITATORS,
    linkCardsAction: FACILITATORS,
    clusterAction: FACILITATORS,
    shortlistAction: FACILITATORS,
  }),
  ...rows("app/(staff)/staff/netsugen/actions.ts", {
    decideBookingAction: STAFF,
    staffCancelBookingAction: STAFF,
    scanAction: STAFF,
    changeMembershipAction: STAFF,
    addClosureAction: STAFF,
    removeClosureAction: STAFF,
    createEventAction: STAFF,
  }),
  ...rows("app/(staff)/staff/netsugen/events/[slug]/actions.ts", { checkInRegistrationAction: STAFF }),
  ...rows("app/(staff)/staff/netsugen/statements/actions.ts", { issueStatementAction: STAFF, markPaidAction: STAFF }),
};

const REFUSALS = new Set(["errors.signInRequired", "errors.forbidden", "errors.confirmEmailFirst", "workshopErrors.notParticipant", "workshopErrors.notFacilitator"]);

type Outcome = "passed" | "refused";

async function outcomeOf(action: ServerAction, formData: FormData): Promise<{ outcome: Outcome; detail: string }> {
  try {
    const result = (await callAction(action, formData)) as { ok: boolean; error?: string } | undefined;
    if (result && result.ok === false && result.error && REFUSALS.has(result.error)) return { outcome: "refused", detail: result.error };
    return { outcome: "passed", detail: result === undefined ? "void" : result.ok ? "ok" : String(result.error) };
  } catch (error) {
    const to = redirectTarget(error);
    if (to !== null) {
      return { outcome: to.startsWith("/signin") || to.startsWith("/account/confirm-email") ? "refused" : "passed", detail: `redirect ${to}` };
    }
    const status = accessFallbackStatus(error);
    if (status !== null) {
      return { outcome: status === 401 || status === 403 ? "refused" : "passed", detail: `HTTP ${status}` };
    }
    throw error;
  }
}

let actions: Awaited<ReturnType<typeof loadServerActions>>;
const userIds = new Map<Person, string | null>();
let participantCookies = new Map<string, string>();
let demoSessionId = "";
let demoBookingId = "";
let privateEvidenceId = "";

beforeAll(async () => {
  await runSeed(db);
  actions = await loadServerActions();
  const byRole = { resident: "resident@", member: "member@", facilitator: "facilitator@", staff: "staff@", admin: "admin@" } as const;
  for (const [person, prefix] of Object.entries(byRole)) {
    const account = DEMO_ACCOUNTS.find((a) => a.email.startsWith(prefix))!;
    const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true } });
    userIds.set(person as Person, user.id);
  }
  userIds.set("unconfirmed", (await createTestUser(["RESIDENT"], { emailConfirmed: false })).id);
  userIds.set("anonymous", null);
  userIds.set("participant", null);
  const session = await db.workshopSession.findFirstOrThrow({ where: { joinCode: DEMO_JOIN_CODE }, select: { id: true } });
  demoSessionId = session.id;
  // A phone joins the demo session without an account: its signed cookie is what identifies it.
  const join = actions.find((a) => a.name === "joinAction")!;
  request.cookies.clear();
  signInAs(null);
  const form = new FormData();
  form.set("code", DEMO_JOIN_CODE);
  form.set("nickname", "matrix phone");
  form.set("affiliation", "RESIDENT");
  await outcomeOf(join.run, form);
  participantCookies = new Map(request.cookies);
  expect(participantCookies.size, "the phone got its participant cookie").toBeGreaterThan(0);

  const member = userIds.get("member")!;
  const room = await db.spaceResource.findFirstOrThrow({ where: { kind: "MEETING_ROOM" }, select: { id: true } });
  const startsAt = new Date("2030-01-07T01:00:00Z");
  const endsAt = new Date("2030-01-07T02:00:00Z");
  const booking = await db.booking.create({
    data: { resourceId: room.id, userId: member, startsAt, endsAt, blockedFrom: startsAt, blockedUntil: endsAt },
    select: { id: true },
  });
  demoBookingId = booking.id;
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "yukemuri-matrix-"));
  // Evidence that no published value cites yet: staff only.
  privateEvidenceId = await db.$transaction((tx) => storeEvidence(tx, { bytes: new TextEncoder().encode("%PDF-1.4\n"), mime: "application/pdf", name: "draft.pdf" }, userIds.get("staff")!));
}, 120_000);

function formFor(actionId: string): FormData {
  const form = new FormData();
  if (actionId.startsWith("app/w/") || actionId.includes("/staff/workshops/sessions/")) form.set("sessionId", demoSessionId);
  return form;
}

describe("the authorisation matrix", () => {
  test("every server action in the code has a row, and every row is an action", () => {
    expect(actions.length).toBeGreaterThan(50);
    expect(Object.keys(MATRIX).sort()).toEqual(actions.map((a) => a.id));
  });

  test("each person passes or is refused exactly as the table says", async () => {
    const observed: string[] = [];
    const mismatches: string[] = [];
    for (const action of actions) {
      const row: string[] = [];
      for (const person of PEOPLE) {
        signInAs(userIds.get(person) ?? null);
        request.cookies = person === "participant" ? new Map(participantCookies) : new Map();
        const { outcome, detail } = await outcomeOf(action.run, formFor(action.id));
        row.push(`${person}=${outcome === "passed" ? "✓" : "✗"}(${detail})`);
        const expected: Outcome = (MATRIX[action.id] ?? []).includes(person) ? "passed" : "refused";
        if (outcome !== expected) mismatches.push(`${action.id} as ${person}: expected ${expected}, got ${outcome} (${detail})`);
      }
      observed.push(`${action.id}\n    ${row.join(" ")}`);
    }
    if (process.env.PRINT_MATRIX) console.log(observed.join("\n"));
    expect(mismatches).toEqual([]);
  }, 300_000);
});

// Route handlers: each is either public (open data, health, sign-in, a secret link) or gated. A
// gated one is called as each person with a real resource; 401, 403 and 404 count as refused.
type RouteModule = { GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> };
interface GatedRoute {
  allowed: Person[];
  params: () => Record<string, string>;
  /** The query string the route needs to answer 200, if any. */
  query?: string;
}

const PUBLIC_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "sign-in itself",
  "app/api/health/route.ts": "the health check",
  "app/api/v1/ideas/route.ts": "open data",
  "app/api/v1/kpis.csv/route.ts": "open data",
  "app/api/v1/kpis/[code]/route.ts": "open data",
  "app/api/v1/kpis/route.ts": "open data",
  "app/api/v1/netsugen/route.ts": "open data",
  "app/api/v1/openapi.json/route.ts": "open data",
  "app/api/v1/projects/route.ts": "open data",
  "app/api/v1/sdgs/route.ts": "open data",
  "app/api/v1/spaces/[slug]/availability/route.ts": "open data",
  "app/api/v1/spaces/route.ts": "open data",
  "app/api/v1/workshops/route.ts": "open data",
  "app/api/v1/supporters/route.ts": "open data, cells under 5 suppressed",
  "app/api/v1/supporters.csv/route.ts": "open data, cells under 5 suppressed",
  "app/api/v1/netsugen/calendar/[token]/route.ts": "the secret token in the feed's address is the key",
  "app/uploads/[key]/route.ts": "photos of published project updates",
  "app/api/mail/unsubscribe/route.ts": "the signed token in the mail's unsubscribe link is the key",
};

const GATED_ROUTES: Record<string, GatedRoute> = {
  // The person's own data, whoever they are; nobody else's.
  "app/(account)/account/export/route.ts": { allowed: SIGNED_IN, params: () => ({}) },
  // Only the member who booked.
  "app/(member)/netsugen/bookings/[id]/ics/route.ts": { allowed: MEMBERS, params: () => ({ id: demoBookingId }) },
  // While the session runs: its facilitators and staff (the demo facilitator runs the demo session).
  "app/api/workshops/sessions/[id]/export/route.ts": { allowed: FACILITATORS, params: () => ({ id: demoSessionId }) },
  // Until a published value cites it: staff.
  "app/evidence/[id]/route.ts": { allowed: STAFF, params: () => ({ id: privateEvidenceId }) },
  // The live board: the session's participants, and whoever may facilitate it.
  "app/api/workshops/sessions/[id]/events/route.ts": { allowed: [...PARTICIPANTS, ...FACILITATORS], params: () => ({ id: demoSessionId }) },
  // Names and addresses of consenting supporters: staff, audited.
  "app/(staff)/staff/supporters/export/route.ts": { allowed: STAFF, params: () => ({}), query: "?municipality=kusatsu" },
};

describe("the authorisation matrix of route handlers", () => {
  test("every route handler is listed as public or gated", () => {
    expect([...Object.keys(PUBLIC_ROUTES), ...Object.keys(GATED_ROUTES)].sort()).toEqual(routeHandlerFiles());
  });

  test("each person gets a gated route's content or is refused exactly as the table says", async () => {
    // The action matrix above closed the demo session (its facilitator may); a running one is gated.
    await db.workshopSession.update({ where: { id: demoSessionId }, data: { state: "OPEN", closedAt: null } });
    const mismatches: string[] = [];
    for (const [file, route] of Object.entries(GATED_ROUTES)) {
      const handler = (await import(/* @vite-ignore */ path.resolve(file))) as RouteModule;
      for (const person of PEOPLE) {
        signInAs(userIds.get(person) ?? null);
        request.cookies = person === "participant" ? new Map(participantCookies) : new Map();
        // Aborted at the end, so that a stream (the live board) is closed as a browser would close it.
        const connection = new AbortController();
        const response = await handler.GET(new Request(`http://localhost/${route.query ?? ""}`, { signal: connection.signal }), { params: Promise.resolve(route.params()) });
        connection.abort();
        await response.body?.cancel();
        const outcome: Outcome = [401, 403, 404].includes(response.status) ? "refused" : "passed";
        const expected: Outcome = route.allowed.includes(person) ? "passed" : "refused";
        if (outcome !== expected) mismatches.push(`${file} as ${person}: expected ${expected}, got HTTP ${response.status}`);
        if (outcome === "passed") expect(response.status, `${file} as ${person}`).toBe(200);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
