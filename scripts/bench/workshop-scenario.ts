// The workshop scenario: a hall of phones posting ideas and placing dot votes for a minute while
// the projector watches the live board. Each phone waits a human 1–4 s between actions. The figure
// that matters is the time from a phone sending an idea to the projector's stream carrying it.
import { WORKSHOP_ACTIONS } from "./action-routes";
import { actionId, callAction } from "./server-action";

export interface ScenarioReport {
  phones: number;
  seconds: number;
  ideas: { sent: number; accepted: number; shownOnProjector: number; neverShown: number; failed: Record<string, number> };
  votes: { sent: number; accepted: number; failed: Record<string, number> };
  /** The HTTP statuses of the ideas' and votes' answers: a 5xx shows up as "unreadable" above. */
  statuses: Record<string, number>;
  /** Milliseconds from sending an idea to the projector's event that shows it. */
  submitToProjector: Percentiles;
  ideaAnswer: Percentiles;
  voteAnswer: Percentiles;
  projectorEvents: number;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads the projector's Server-Sent Events and calls `onBoard` with each board event's data. */
async function watchProjector(url: string, cookie: string, signal: AbortSignal, onBoard: (data: string) => void): Promise<void> {
  const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal });
  if (!response.ok || !response.body) throw new Error(`The projector's stream answered ${response.status}.`);
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (event.startsWith("event: board")) onBoard(event);
      }
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

export async function runWorkshopScenario(options: {
  /** The instance the projector watches, and the phones' unless `phoneBases` says otherwise. */
  base: string;
  session: { id: string; joinCode: string };
  phones: string[];
  /** Several app instances behind one address: phone i posts to phoneBases[i mod length]. */
  phoneBases?: string[];
  projectorCookie: string;
  seconds: number;
}): Promise<ScenarioReport> {
  const { base: projectorBase, session, phones } = options;
  const phoneBases = options.phoneBases?.length ? options.phoneBases : [projectorBase];
  const ideaAction = actionId(WORKSHOP_ACTIONS, "ideaAction");
  const voteAction = actionId(WORKSHOP_ACTIONS, "voteAction");
  const page = `/w/${session.joinCode}`;

  const pending = new Map<string, number>(); // idea title → when it was sent
  const submitToProjector: number[] = [];
  const ideaAnswers: number[] = [];
  const voteAnswers: number[] = [];
  const ideaIds: string[] = [];
  const report: ScenarioReport = {
    phones: phones.length,
    seconds: options.seconds,
    ideas: { sent: 0, accepted: 0, shownOnProjector: 0, neverShown: 0, failed: {} },
    votes: { sent: 0, accepted: 0, failed: {} },
    statuses: {},
    submitToProjector: percentiles([]),
    ideaAnswer: percentiles([]),
    voteAnswer: percentiles([]),
    projectorEvents: 0,
  };

  const stop = new AbortController();
  const projector = watchProjector(`${projectorBase}/api/workshops/sessions/${session.id}/events`, options.projectorCookie, stop.signal, (event) => {
    report.projectorEvents++;
    const now = performance.now();
    for (const [title, sentAt] of pending) {
      if (event.includes(title)) {
        submitToProjector.push(now - sentAt);
        pending.delete(title);
      }
    }
  });

  const tally = (into: Record<string, number>, key: string) => (into[key] = (into[key] ?? 0) + 1);
  const fail = (into: Record<string, number>, error: string | undefined) => (into[error ?? "unreadable"] = (into[error ?? "unreadable"] ?? 0) + 1);
  const endAt = performance.now() + options.seconds * 1000;

  async function phone(index: number, cookie: string): Promise<void> {
    const base = phoneBases[index % phoneBases.length]!;
    const myVotes: string[] = [];
    let n = 0;
    await sleep(Math.random() * 3000);
    while (performance.now() < endAt) {
      if (ideaIds.length === 0 || Math.random() < 0.4) {
        const title = `ベンチ案 ${index}-${n++}番`; // "番" ends it: "1-1番" is no prefix of "1-10番"
        const sentAt = performance.now();
        pending.set(title, sentAt);
        report.ideas.sent++;
        const answer = await callAction(base, page, ideaAction, {
          sessionId: session.id,
          title,
          description: "空き店舗を放課後の居場所にする。",
          goals: ["4"],
          clientKey: `scenario-${index}-${n}-${Date.now()}`,
        }, cookie);
        ideaAnswers.push(performance.now() - sentAt);
        tally(report.statuses, String(answer.status));
        const data = answer.result?.data as { id?: string } | undefined;
        if (answer.result?.ok && data?.id) {
          report.ideas.accepted++;
          ideaIds.push(data.id);
        } else {
          pending.delete(title);
          fail(report.ideas.failed, answer.result?.error);
        }
      } else {
        const remove = myVotes.length >= 5;
        const ideaId = remove ? myVotes.shift()! : ideaIds[Math.floor(Math.random() * ideaIds.length)]!;
        const sentAt = performance.now();
        report.votes.sent++;
        const answer = await callAction(base, page, voteAction, { sessionId: session.id, kind: remove ? "remove" : "add", ideaId }, cookie);
        voteAnswers.push(performance.now() - sentAt);
        tally(report.statuses, String(answer.status));
        if (answer.result?.ok) {
          report.votes.accepted++;
          if (!remove) myVotes.push(ideaId);
        } else {
          fail(report.votes.failed, answer.result?.error);
        }
      }
      await sleep(1000 + Math.random() * 3000);
    }
  }

  await Promise.all(phones.map((cookie, index) => phone(index, cookie)));
  // Ideas accepted at the very end still have a few seconds to reach the projector.
  for (let waited = 0; pending.size > 0 && waited < 10_000; waited += 100) await sleep(100);
  stop.abort();
  await projector;

  report.ideas.shownOnProjector = submitToProjector.length;
  report.ideas.neverShown = pending.size;
  report.submitToProjector = percentiles(submitToProjector);
  report.ideaAnswer = percentiles(ideaAnswers);
  report.voteAnswer = percentiles(voteAnswers);
  return report;
}
