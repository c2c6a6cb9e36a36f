// The live-board viewers of the forum bench: a plenary's phones each holding the session's
// Server-Sent Events stream while a few of them post ideas, with /api/health polled meanwhile.
// Streams and health checks go through node:http with agents of their own and no socket limit,
// so the load generator never queues a stream behind another (fetch's shared dispatcher would
// hold them to its own pool); every answer's status is counted, so no 5xx goes unseen.
import http from "node:http";
import { WORKSHOP_ACTIONS } from "./action-routes";
import { actionId, callAction } from "./server-action";
import { percentiles, type Percentiles } from "./workshop-scenario";

/** How long a stream's request may wait for its answer's headers. */
const ANSWER_TIMEOUT_MS = 30_000;
/** How long after the hold the bench waits for the last ideas to reach every board. */
export const SETTLE_LIMIT_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();

/** Counts of HTTP statuses, plus "error" for a request that got no answer at all. */
export type StatusCounts = Record<string, number>;

const count = (into: StatusCounts, key: number | string) => (into[String(key)] = (into[String(key)] ?? 0) + 1);

/** Answers of 500 and above, and requests that got no answer (a refused or reset connection). */
export function serverFailures(statuses: StatusCounts): number {
  return Object.entries(statuses).filter(([status]) => status === "error" || Number(status) >= 500).reduce((sum, [, n]) => sum + n, 0);
}

// Each posted idea's title carries its number between "#" and "番", so one pass of a regular
// expression over a board event finds every idea it shows (rather than one search per idea).
const titleOf = (n: number) => `全体会ベンチ案 #${n}番`;
const IDEA_NUMBERS = /#(\d+)番/g;

/** The ideas posted so far, by number: when each was sent, and whether the server accepted it. */
interface Posted {
  sentAt: number[];
  accepted: Set<number>;
}

interface Viewer {
  status: number | "error";
  /** When the stream's first board arrived, after its request was sent (ms). */
  firstBoardMs?: number;
  boards: number;
  /** The size of the latest board event, in bytes on the wire. */
  lastBoardBytes: number;
  seen: Set<number>;
  /** Whether the server closed the stream before the bench did. */
  dropped: boolean;
  close: () => void;
}

/**
 * Opens one viewer's stream and reads its board events; resolves once the answer's status is known
 * (a refused stream is closed at once). Each idea seen for the first time adds a fan-out sample.
 */
function openViewer(url: string, cookie: string, venue: string, agent: http.Agent, posted: Posted, fanOut: number[]): Promise<Viewer> {
  return new Promise((resolve) => {
    const startedAt = now();
    let closing = false;
    const viewer: Viewer = {
      status: "error",
      boards: 0,
      lastBoardBytes: 0,
      seen: new Set(),
      dropped: false,
      close: () => {
        closing = true;
        request.destroy();
      },
    };
    // A stream the server never answers counts as unanswered rather than stalling the bench.
    const unanswered = setTimeout(() => request.destroy(), ANSWER_TIMEOUT_MS);
    const request = http.get(url, { agent, headers: { cookie, accept: "text/event-stream", "x-forwarded-for": venue } }, (response) => {
      clearTimeout(unanswered);
      viewer.status = response.statusCode ?? "error";
      if (viewer.status !== 200) {
        response.resume();
        resolve(viewer);
        return;
      }
      response.setEncoding("utf8");
      let buffer = "";
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (event.startsWith("event: board")) onBoard(viewer, event, startedAt, posted, fanOut);
        }
      });
      response.on("close", () => {
        if (!closing) viewer.dropped = true;
      });
      resolve(viewer);
    });
    request.on("error", () => {
      clearTimeout(unanswered);
      if (!closing && viewer.status === 200) viewer.dropped = true;
      resolve(viewer);
    });
  });
}

function onBoard(viewer: Viewer, event: string, startedAt: number, posted: Posted, fanOut: number[]): void {
  const at = now();
  viewer.boards++;
  viewer.lastBoardBytes = Buffer.byteLength(event) + 2;
  viewer.firstBoardMs ??= at - startedAt;
  for (const match of event.matchAll(IDEA_NUMBERS)) {
    const n = Number(match[1]);
    if (viewer.seen.has(n) || posted.sentAt[n] === undefined) continue;
    viewer.seen.add(n);
    fanOut.push(at - posted.sentAt[n]);
  }
}

/** Polls /api/health from `pollers` loops, each pausing `pauseMs` between answers, until stopped. */
class HealthPoller {
  readonly statuses: StatusCounts = {};
  private readonly samples: { at: number; ms: number }[] = [];
  private stopped = false;
  private readonly loops: Promise<void>[];
  private readonly agent: http.Agent;

  constructor(base: string, pollers: number, pauseMs: number) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: pollers });
    this.loops = Array.from({ length: pollers }, () => this.loop(`${base}/api/health`, pauseMs));
  }

  private async loop(url: string, pauseMs: number): Promise<void> {
    await sleep(Math.random() * pauseMs);
    while (!this.stopped) {
      const sentAt = now();
      const status = await this.get(url);
      this.samples.push({ at: sentAt, ms: now() - sentAt });
      count(this.statuses, status);
      await sleep(pauseMs);
    }
  }

  private get(url: string): Promise<number | "error"> {
    return new Promise((resolve) => {
      const request = http.get(url, { agent: this.agent, timeout: 15_000 }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? "error"));
      });
      request.on("timeout", () => request.destroy());
      request.on("error", () => resolve("error"));
    });
  }

  /** The latencies of the checks sent between `from` and `to` (performance.now() times). */
  between(from: number, to: number): Percentiles & { count: number } {
    const ms = this.samples.filter((s) => s.at >= from && s.at < to).map((s) => s.ms);
    return { ...percentiles(ms), count: ms.length };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
    this.agent.destroy();
  }
}

export interface ViewersReport {
  viewers: number;
  opened: { seconds: number; firstBoard: Percentiles };
  streamStatuses: StatusCounts;
  /** Streams the server ended before the bench closed them. */
  dropped: number;
  hold: { seconds: number; posters: number };
  ideas: { sent: number; accepted: number; refused: Record<string, number>; statuses: StatusCounts };
  /** Viewers whose board showed every accepted idea by the end. */
  sawEveryIdea: number;
  /** Milliseconds from sending an idea to each viewer's first board event that shows it. */
  fanOut: Percentiles & { count: number };
  boardsPerViewer: Percentiles;
  /** The last board event's size: what one change costs to write to each stream. */
  lastBoardBytes: number;
  healthStatuses: StatusCounts;
  healthWhileOpening: Percentiles & { count: number };
  healthWhileHeld: Percentiles & { count: number };
}

export interface ViewersOptions {
  base: string;
  session: { id: string; joinCode: string };
  /** One participant cookie per viewer, each with the address of its venue. */
  viewers: { cookie: string; venue: string }[];
  /** How many of the viewers also post ideas, each every few seconds. */
  posters: number;
  holdSeconds: number;
  /** Streams being opened at once: a plenary arrives over seconds, not in one packet. */
  openingAtOnce: number;
  healthPollers: number;
  healthPauseMs: number;
}

/** A poster's idea every 3–9 s, for as long as the hold lasts. */
async function post(options: ViewersOptions, viewer: { cookie: string; venue: string }, posted: Posted, report: ViewersReport, endAt: number): Promise<void> {
  const ideaAction = actionId(WORKSHOP_ACTIONS, "ideaAction");
  await sleep(Math.random() * 3000);
  while (now() < endAt) {
    const n = posted.sentAt.length;
    posted.sentAt.push(now());
    report.ideas.sent++;
    const fields = { sessionId: options.session.id, title: titleOf(n), description: "全体会で出た案。", goals: ["11"], clientKey: `plenary-${n}-${Date.now()}` };
    try {
      const answer = await callAction(options.base, `/w/${options.session.joinCode}`, ideaAction, fields, viewer.cookie, { "x-forwarded-for": viewer.venue });
      count(report.ideas.statuses, answer.status);
      if (answer.result?.ok) {
        report.ideas.accepted++;
        posted.accepted.add(n);
      } else {
        count(report.ideas.refused, answer.result?.error ?? "unreadable");
      }
    } catch {
      count(report.ideas.statuses, "error");
    }
    await sleep(3000 + Math.random() * 6000);
  }
}

/** Opens every viewer's stream, `openingAtOnce` at a time; returns them in the viewers' order. */
async function openAll(options: ViewersOptions, agent: http.Agent, posted: Posted, fanOut: number[]): Promise<Viewer[]> {
  const url = `${options.base}/api/workshops/sessions/${options.session.id}/events`;
  const opened: Viewer[] = new Array<Viewer>(options.viewers.length);
  let next = 0;
  const opener = async () => {
    for (let i = next++; i < options.viewers.length; i = next++) {
      const { cookie, venue } = options.viewers[i]!;
      opened[i] = await openViewer(url, cookie, venue, agent, posted, fanOut);
    }
  };
  await Promise.all(Array.from({ length: options.openingAtOnce }, opener));
  return opened;
}

/** Waits until every viewer has seen every accepted idea, or `limitMs` has passed. */
async function settle(viewers: Viewer[], posted: Posted, limitMs: number): Promise<void> {
  const behind = () => viewers.some((v) => v.status === 200 && !v.dropped && [...posted.accepted].some((n) => !v.seen.has(n)));
  for (let waited = 0; waited < limitMs && behind(); waited += 200) await sleep(200);
}

export async function runLiveViewers(options: ViewersOptions): Promise<ViewersReport> {
  const posted: Posted = { sentAt: [], accepted: new Set() };
  const fanOut: number[] = [];
  const report: ViewersReport = {
    viewers: options.viewers.length,
    opened: { seconds: 0, firstBoard: percentiles([]) },
    streamStatuses: {},
    dropped: 0,
    hold: { seconds: options.holdSeconds, posters: options.posters },
    ideas: { sent: 0, accepted: 0, refused: {}, statuses: {} },
    sawEveryIdea: 0,
    fanOut: { ...percentiles([]), count: 0 },
    boardsPerViewer: percentiles([]),
    lastBoardBytes: 0,
    healthStatuses: {},
    healthWhileOpening: { ...percentiles([]), count: 0 },
    healthWhileHeld: { ...percentiles([]), count: 0 },
  };
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const health = new HealthPoller(options.base, options.healthPollers, options.healthPauseMs);

  const openingFrom = now();
  const viewers = await openAll(options, agent, posted, fanOut);
  const heldFrom = now();
  report.opened.seconds = (heldFrom - openingFrom) / 1000;
  // Boards sent while the streams opened showed no idea yet: the fan-out starts with the posts.
  const endAt = heldFrom + options.holdSeconds * 1000;
  const posters = viewers.map((v, i) => ({ v, i })).filter(({ v }) => v.status === 200).slice(0, options.posters);
  await Promise.all(posters.map(({ i }) => post(options, options.viewers[i]!, posted, report, endAt)));
  await sleep(Math.max(0, endAt - now()));
  // Ideas posted just before the end still have a few seconds to reach every board.
  await settle(viewers, posted, SETTLE_LIMIT_MS);
  const heldTo = now();
  await health.stop();
  for (const viewer of viewers) viewer.close();
  agent.destroy();

  for (const viewer of viewers) count(report.streamStatuses, viewer.status);
  const live = viewers.filter((v) => v.status === 200);
  report.dropped = live.filter((v) => v.dropped).length;
  report.sawEveryIdea = live.filter((v) => [...posted.accepted].every((n) => v.seen.has(n))).length;
  report.opened.firstBoard = percentiles(live.flatMap((v) => (v.firstBoardMs === undefined ? [] : [v.firstBoardMs])));
  report.boardsPerViewer = percentiles(live.map((v) => v.boards));
  report.lastBoardBytes = percentiles(live.map((v) => v.lastBoardBytes)).max;
  report.fanOut = { ...percentiles(fanOut), count: fanOut.length };
  report.healthStatuses = health.statuses;
  report.healthWhileOpening = health.between(openingFrom, heldFrom);
  report.healthWhileHeld = health.between(heldFrom, heldTo);
  return report;
}
