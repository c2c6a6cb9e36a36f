// The two write routes of the bench table, loaded with autocannon like the pages: a phone
// submitting an idea in a workshop, and a member attempting a room booking. Both go through the
// real server actions over HTTP, with real participant and member sessions; every response's
// action result is read, so a refusal is never counted as a success.
import autocannon from "autocannon";
import { actionBody, actionHeaders, actionId, actionResult, callAction, cookieHeader } from "./server-action";
import { signInCookie } from "./sign-in";

export interface ActionRouteResult {
  label: string;
  result: autocannon.Result;
  outcomes: Record<string, number>;
}

/** The module of the phones' server actions, as the build's manifest names it. */
export const WORKSHOP_ACTIONS = "app/w/[code]/actions.ts";
const BOOKING_ACTIONS = "app/(member)/netsugen/actions.ts";
const BOOKED_SPACE = "meeting-room-a";
const MEMBER_PASSWORD = "yukemuri-member-2026";

/**
 * Joins `count` phones to the session through the join action; returns their cookies. `venue` is
 * the hall's address as the prefecture's reverse proxy would append it: joins are limited per
 * address, and each simulated hall has its own.
 */
export async function joinPhones(base: string, joinCode: string, count: number, venue: string): Promise<string[]> {
  const join = actionId(WORKSHOP_ACTIONS, "joinAction");
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) {
    const fields = { code: joinCode, nickname: `参加者${i + 1}`, affiliation: "RESIDENT" };
    const joined = await callAction(base, `/w/${joinCode}`, join, fields, undefined, { "x-forwarded-for": venue });
    const cookie = cookieHeader(joined.cookies.filter((c) => c.startsWith("ykm_wp_")));
    if (!cookie) throw new Error(`Phone ${i + 1} could not join ${joinCode}: ${joined.result?.error ?? joined.status}`);
    cookies.push(cookie);
  }
  return cookies;
}

export async function signInMembers(base: string, emails: string[]): Promise<string[]> {
  const cookies: string[] = [];
  for (const email of emails) cookies.push(await signInCookie(base, email, MEMBER_PASSWORD));
  return cookies;
}

function tally(outcomes: Record<string, number>, payload: string): void {
  const result = actionResult(payload);
  const key = result === null ? "unreadable" : result.ok ? "ok" : (result.error ?? "refused");
  outcomes[key] = (outcomes[key] ?? 0) + 1;
}

/** Runs autocannon with a request that `build` makes afresh each time (a new body and cookie). */
async function loadAction(
  label: string,
  url: string,
  options: { seconds: number; connections: number },
  build: (n: number) => { headers: Record<string, string>; body: string },
): Promise<ActionRouteResult> {
  const outcomes: Record<string, number> = {};
  let n = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => ({ ...request, ...build(n++) }),
        onResponse: (_status, body) => tally(outcomes, body),
      },
    ],
  });
  return { label, result, outcomes };
}

/** A phone posts an idea: the phones take turns, so each stays inside its own rate limit. */
export function loadIdeaSubmissions(base: string, session: { id: string; joinCode: string }, phones: string[], options: { seconds: number; connections: number }) {
  const id = actionId(WORKSHOP_ACTIONS, "ideaAction");
  return loadAction(`/w/${session.joinCode} idea (action)`, `${base}/w/${session.joinCode}`, options, (n) => {
    const { body, contentType } = actionBody({
      sessionId: session.id,
      title: `ベンチのアイデア ${n}`,
      description: "駅前の空き店舗を、放課後の学びと交流の場にする。",
      goals: ["4", "11"],
      clientKey: `bench-${n}-${Date.now()}`,
    });
    return { headers: actionHeaders(id, phones[n % phones.length], contentType), body };
  });
}

/** The Tokyo dates of the next weekdays, from the day after tomorrow. */
function comingWeekdays(count: number): string[] {
  const days: string[] = [];
  for (let offset = 2; days.length < count; offset++) {
    const day = new Date(Date.now() + offset * 86_400_000 + 9 * 3600_000);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

/**
 * A member asks for an hour in a meeting room at a random time in the next two weeks. Many asks
 * collide with earlier ones and are refused by the booking rules, as at a busy front desk.
 */
export function loadBookingAttempts(base: string, members: string[], options: { seconds: number; connections: number }) {
  const id = actionId(BOOKING_ACTIONS, "bookSpaceAction");
  const days = comingWeekdays(10);
  return loadAction(`/netsugen/spaces/${BOOKED_SPACE} booking (action)`, `${base}/netsugen/spaces/${BOOKED_SPACE}`, options, (n) => {
    const hour = 10 + Math.floor(Math.random() * 8);
    const { body, contentType } = actionBody({
      resource: BOOKED_SPACE,
      date: days[Math.floor(Math.random() * days.length)]!,
      start: `${hour}:${Math.random() < 0.5 ? "00" : "30"}`,
      minutes: "60",
      clientKey: `bench-${n}-${Date.now()}`,
    });
    return { headers: actionHeaders(id, members[n % members.length], contentType), body };
  });
}
