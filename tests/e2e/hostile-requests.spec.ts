// Hostile input never gets a 5xx from the production server. A sweep sends hostile strings in the
// path and the query of every public page and every GET route, odd headers to each, and broken or
// mistyped payloads to every server action the build contains. Anything may be refused (400, 404,
// a form's error); nothing may crash. It runs on a server of its own, so the hundreds of refused
// calls do not spend the shared server's per-address limits.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { routeHandlerFiles } from "../support/server-actions";
import { withOwnServer } from "./own-server-fixture";
import { sitePages, type SitePage } from "./site-map";

const server = withOwnServer(12, "hostile");

/** Encoded into a path segment or a query value as a browser would send them. */
const HOSTILE = [
  "\u0000",
  "'; DROP TABLE \"User\"; --",
  "<script>alert(1)</script>",
  "%",
  "%E0",
  "../../etc/passwd",
  "\u202Eevil\u202C",
  "湯けむり",
  "🏯".repeat(40),
  "a".repeat(3_000),
  "-1",
  "1e309",
  "99999999999999999999",
  "__proto__",
  "null",
  "[]",
  " ",
  "\r\nSet-Cookie: x=1",
  "\\",
];
/** Sent as they stand: escapes that do not decode, and encoded slashes. */
const RAW = ["%E0%A4%A", "%", "%zz", "%00", "..%2F..%2F", "%C0%AF"];
/** Query parameters the pages and routes read, and a few they might. */
const PARAMS = ["q", "page", "area", "municipality", "sdg", "goal", "status", "stage", "fy", "year", "format", "lang", "date", "sort", "kind", "code", "token", "callbackUrl", "done", "welcome", "state", "decided", "answered", "limit", "from", "to", "resource", "event"];

/** A concrete address for every GET route handler; a route without one fails the first test. */
function routeAddresses(space: string, closedSession: string): Record<string, string> {
  return {
    "/account/export": "/account/export",
    "/api/auth/[...nextauth]": "/api/auth/session",
    "/api/health": "/api/health",
    "/api/mail/unsubscribe": "/api/mail/unsubscribe",
    "/api/v1/ideas": "/api/v1/ideas",
    "/api/v1/kpis": "/api/v1/kpis",
    "/api/v1/kpis.csv": "/api/v1/kpis.csv",
    "/api/v1/kpis/[code]": "/api/v1/kpis/sounding-surveys",
    "/api/v1/netsugen": "/api/v1/netsugen",
    "/api/v1/netsugen/calendar/[token]": "/api/v1/netsugen/calendar/not-a-token",
    "/api/v1/openapi.json": "/api/v1/openapi.json",
    "/api/v1/projects": "/api/v1/projects",
    "/api/v1/sdgs": "/api/v1/sdgs",
    "/api/v1/spaces": "/api/v1/spaces",
    "/api/v1/spaces/[slug]/availability": `/api/v1/spaces/${space}/availability`,
    "/api/v1/workshops": "/api/v1/workshops",
    "/api/v1/supporters": "/api/v1/supporters",
    "/api/v1/supporters.csv": "/api/v1/supporters.csv",
    "/staff/supporters/export": "/staff/supporters/export",
    "/api/workshops/sessions/[id]/export": `/api/workshops/sessions/${closedSession}/export`,
    // Not a real session: a real one would open a live stream that never ends.
    "/api/workshops/sessions/[id]/events": "/api/workshops/sessions/no-such-session/events",
    "/evidence/[id]": "/evidence/no-such-file",
    "/netsugen/bookings/[id]/ics": "/netsugen/bookings/no-such-booking/ics",
    "/uploads/[key]": "/uploads/no-such-photo.jpg",
  };
}

/** Route files that answer GET, as routes ("/api/v1/kpis/[code]"). */
function getRoutes(): string[] {
  return routeHandlerFiles()
    .filter((file) => /export (async function|const) GET\b/.test(readFileSync(file, "utf8")))
    .map((file) => "/" + path.dirname(path.relative("app", file)).split(path.sep).filter((s) => !s.startsWith("(")).join("/"))
    .sort();
}

/** The addresses to try for one route at one concrete path: every dynamic segment replaced, then hostile queries. */
function variantsOf(route: string, concrete: string): string[] {
  const routeParts = route.split("/");
  const concreteParts = concrete.split("/");
  const urls: string[] = [];
  routeParts.forEach((part, i) => {
    if (!part.startsWith("[")) return;
    for (const value of [...HOSTILE.map(encodeURIComponent), ...RAW]) {
      urls.push(concreteParts.map((p, j) => (j === i ? value : p)).join("/"));
    }
  });
  for (const value of HOSTILE) urls.push(`${concrete}?${PARAMS.map((p) => `${p}=${encodeURIComponent(value)}`).join("&")}`);
  for (const value of RAW) urls.push(`${concrete}?${PARAMS.map((p) => `${p}=${value}`).join("&")}`);
  // The same parameter twice reaches a page as a list, not a string.
  urls.push(`${concrete}?${PARAMS.map((p) => `${p}=1&${p}=2`).join("&")}`);
  return urls;
}

/** Headers a hostile client may send with any request. */
const HOSTILE_HEADERS: Record<string, string>[] = [
  { "accept-language": "x".repeat(2_000) },
  { "accept-language": "*;q=NaN, ja;q=-1, ;;;" },
  { cookie: "NEXT_LOCALE=%00%E0; next-auth.session-token=not.a.token; __Host-wsp=garbage" },
  { "if-none-match": '"' + "x".repeat(500) },
  { range: "bytes=99999999999999999999-" },
  { accept: "*/*, text/html;q=abc", "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" },
];

/** Sends requests a few at a time; returns those answered with a 5xx. */
async function crashes(requests: { label: string; send: () => Promise<Response> }[]): Promise<string[]> {
  const found: string[] = [];
  const queue = [...requests];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const response = await next.send();
        await response.arrayBuffer();
        if (response.status >= 500) found.push(`${response.status} ${next.label.slice(0, 200)}`);
      }
    }),
  );
  return found.sort();
}

let pages: SitePage[] = [];
let addresses: Record<string, string> = {};

test.beforeAll(async () => {
  const context = await playwrightRequest.newContext({ baseURL: server().base });
  pages = await sitePages(context);
  const spaces = (await (await context.get("/api/v1/spaces")).json()) as { spaces: { slug: string }[] };
  const workshops = (await (await context.get("/api/v1/workshops")).json()) as { series: { sessions: { id: string; state: string }[] }[] };
  const closed = workshops.series.flatMap((s) => s.sessions).find((s) => s.state === "CLOSED")!.id;
  addresses = routeAddresses(spaces.spaces[0]!.slug, closed);
  await context.dispose();
});

test("every GET route has an address in the sweep", () => {
  expect(getRoutes().filter((route) => !(route in addresses))).toEqual([]);
});

test("hostile paths, queries and headers on every public page and GET route: no 5xx", async () => {
  test.setTimeout(600_000);
  const targets = [...pages.filter((p) => p.viewer === "anonymous").map((p) => ({ route: p.route, path: p.path })), ...getRoutes().map((route) => ({ route, path: addresses[route]! }))];
  const base = server().base;
  const requests = targets.flatMap(({ route, path: concrete }) => [
    ...variantsOf(route, concrete).map((url) => ({ label: `GET ${url}`, send: () => fetch(base + url, { redirect: "manual" }) })),
    ...HOSTILE_HEADERS.map((headers) => ({ label: `GET ${concrete} ${JSON.stringify(headers)}`, send: () => fetch(base + concrete, { headers, redirect: "manual" }) })),
  ]);
  expect(requests.length).toBeGreaterThan(1_000);
  expect(await crashes(requests)).toEqual([]);
});

interface ManifestAction {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

/** Every server action of the build, with a page that carries it. */
function buildActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(readFileSync(path.resolve(".next", "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestAction> };
  const pathOf = new Map(pages.map((p) => [p.route, p.path]));
  return Object.entries(manifest.node).map(([id, action]) => {
    const routes = Object.keys(action.workers).map((worker) => "/" + worker.replace(/^app\/?/, "").replace(/\/?page$/, "").split("/").filter((s) => s && !s.startsWith("(")).join("/"));
    const page = routes.map((route) => pathOf.get(route)).find(Boolean);
    if (!page) throw new Error(`No page in the site map carries ${action.filename}#${action.exportedName}`);
    return { id, name: `${action.filename}#${action.exportedName}`, page };
  });
}

/** Bodies a client can send to an action: broken, mistyped, dangling, or a form full of junk. */
function actionPayloads(id: string): { label: string; body: BodyInit; headers: Record<string, string> }[] {
  const called = (body: string) => ({ label: body.slice(0, 60), body, headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" } });
  const junkForm = () => {
    const form = new FormData();
    for (const name of ["email", "password", "name", "title", "body", "sessionId", "projectId", "id", "code", "date", "start", "minutes", "locale", "event"]) {
      form.append(name, HOSTILE[name.length % HOSTILE.length]!);
    }
    form.append("photo", new File([new Uint8Array([0xff, 0xd8, 0xff, 0x00])], "x.jpg", { type: "image/jpeg" }));
    return form;
  };
  const asCall = (args: string) => {
    const form = junkForm();
    const call = new FormData();
    call.set("0", args);
    for (const [name, value] of form) call.append(`1_${name}`, value);
    return { label: `form call ${args}`, body: call, headers: { "next-action": id } };
  };
  const progressive = (fields: Record<string, string>) => {
    const form = junkForm();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return { label: `form post ${JSON.stringify(fields).slice(0, 80)}`, body: form, headers: {} };
  };
  const brokenMultipart = '--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n[';
  return [
    ...["[]", "[null]", '[null,"$undefined"]', '["x","y"]', "[{},{}]", "[[[{", "{}", '"x"', "1e999", '["$B1"]', '[null,"$F1"]', '["$T"]', '["$Q1"]', '["$@1"]', '["$K1"]', `["$n${"9".repeat(400)}"]`, "[" + "[".repeat(5_000)].map(called),
    asCall('[null,"$K1"]'),
    asCall('["$K1","$K1"]'),
    asCall('[null,"$B9"]'),
    asCall("[[["),
    { label: "broken multipart call", body: brokenMultipart, headers: { "next-action": id, "content-type": "multipart/form-data; boundary=XX" } },
    { label: "multipart without a boundary", body: "abc", headers: { "next-action": id, "content-type": "multipart/form-data" } },
    progressive({ [`$ACTION_ID_${id}`]: "" }),
    progressive({ $ACTION_REF_1: "", "$ACTION_1:0": "{[", $ACTION_KEY: "k" }),
    progressive({ $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id, bound: "$@9" }), $ACTION_KEY: "k" }),
    { label: "broken multipart post", body: brokenMultipart, headers: { "content-type": "multipart/form-data; boundary=XX" } },
    { label: "urlencoded post", body: "a=%E0&$ACTION_ID_x=", headers: { "content-type": "application/x-www-form-urlencoded" } },
  ];
}

test("broken and mistyped payloads to every server action: no 5xx", async () => {
  test.setTimeout(600_000);
  const actions = buildActions();
  expect(actions.length).toBeGreaterThan(60);
  const base = server().base;
  const requests = actions.flatMap((action) =>
    actionPayloads(action.id).map((payload) => ({
      label: `POST ${action.page} ${action.name}: ${payload.label}`,
      send: () => fetch(base + action.page, { method: "POST", body: payload.body, headers: { origin: base, ...payload.headers }, redirect: "manual" }),
    })),
  );
  expect(await crashes(requests)).toEqual([]);
});
