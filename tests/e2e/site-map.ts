// Every page of the site, as a concrete address and the person who may see it. The header and
// accessibility sweeps visit these; a test checks that every app/**/page.tsx has an entry, so a new
// page cannot be left out of them.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { DEMO_MAIL_ID } from "../../prisma/seed/mail-demo";

export type Viewer = "anonymous" | "resident" | "member" | "facilitator" | "staff" | "admin";

export interface SitePage {
  /** The page file's route, e.g. "/zukan/[slug]". */
  route: string;
  path: string;
  /** Who the page is for: "anonymous" pages are public and seen by everyone. */
  viewer: Viewer;
}

const KPI_CODE = "sounding-surveys";
const DEMO_JOIN_CODE = "YUKE26";

/** The route of every page.tsx under app/, with route groups removed. */
export function pageRoutes(): string[] {
  const root = path.resolve("app");
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx") {
        const route = "/" + path.relative(root, dir).split(path.sep).filter((s) => s && !s.startsWith("(")).join("/");
        routes.push(route);
      }
    }
  };
  walk(root);
  return routes.sort();
}

interface Seeds {
  project: string;
  space: string;
  event: string;
  series: string;
  closedSession: string;
  openSession: string;
}

/** Reads real slugs and ids from the public API and pages of the running server. */
async function seedsOf(request: APIRequestContext): Promise<Seeds> {
  const projects = (await (await request.get("/api/v1/projects")).json()) as { data: { slug: string }[] };
  const spaces = (await (await request.get("/api/v1/spaces")).json()) as { spaces: { slug: string }[] };
  const workshops = (await (await request.get("/api/v1/workshops")).json()) as {
    series: { slug: string; sessions: { id: string; state: string }[] }[];
  };
  const netsugen = await (await request.get("/netsugen")).text();
  const event = /href="\/netsugen\/events\/([a-z0-9-]+)"/.exec(netsugen)?.[1];
  const sessions = workshops.series.flatMap((s) => s.sessions);
  const closed = sessions.find((s) => s.state === "CLOSED");
  const open = sessions.find((s) => s.state === "OPEN");
  if (!event || !closed || !open || !projects.data[0] || !spaces.spaces[0]) throw new Error("The demo seed lacks a page's subject");
  return {
    project: projects.data[0].slug,
    space: spaces.spaces.find((s) => s.slug !== "coworking")?.slug ?? spaces.spaces[0].slug,
    event,
    series: workshops.series.find((s) => s.sessions.some((x) => x.state === "CLOSED"))!.slug,
    closedSession: closed.id,
    openSession: open.id,
  };
}

export async function sitePages(request: APIRequestContext): Promise<SitePage[]> {
  const s = await seedsOf(request);
  const pages: [string, string, Viewer][] = [
    ["/", "/", "anonymous"],
    ["/signin", "/signin", "anonymous"],
    ["/signup", "/signup", "anonymous"],
    ["/forgot-password", "/forgot-password", "anonymous"],
    // Without a token, as an expired link opens: the page explains and offers a new one.
    ["/reset-password", "/reset-password", "anonymous"],
    ["/confirm-email", "/confirm-email", "anonymous"],
    ["/accessibility", "/accessibility", "anonymous"],
    ["/privacy", "/privacy", "anonymous"],
    ["/terms", "/terms", "anonymous"],
    ["/contact", "/contact", "anonymous"],
    ["/dashboard", "/dashboard", "anonymous"],
    ["/dashboard/method", "/dashboard/method", "anonymous"],
    ["/dashboard/goals/[goal]", "/dashboard/goals/11", "anonymous"],
    ["/dashboard/pillars/[pillar]", "/dashboard/pillars/economy", "anonymous"],
    ["/dashboard/kpis/[code]", `/dashboard/kpis/${KPI_CODE}`, "anonymous"],
    ["/zukan", "/zukan", "anonymous"],
    ["/zukan/[slug]", `/zukan/${s.project}`, "anonymous"],
    // Without a token, as an old or mistyped link opens: the page explains.
    ["/zukan/invitation", "/zukan/invitation", "anonymous"],
    ["/workshops", "/workshops", "anonymous"],
    ["/workshops/series/[slug]", `/workshops/series/${s.series}`, "anonymous"],
    ["/workshops/sessions/[id]", `/workshops/sessions/${s.closedSession}`, "anonymous"],
    ["/w", "/w", "anonymous"],
    ["/w/[code]", `/w/${DEMO_JOIN_CODE}`, "anonymous"],
    ["/netsugen", "/netsugen", "anonymous"],
    ["/netsugen/spaces/[slug]", `/netsugen/spaces/${s.space}`, "anonymous"],
    ["/netsugen/events/[slug]", `/netsugen/events/${s.event}`, "anonymous"],
    ["/netsugen/events/cancel", "/netsugen/events/cancel", "anonymous"],
    ["/ideas/new", "/ideas/new", "resident"],
    ["/ideas/mine", "/ideas/mine", "resident"],
    ["/notifications", "/notifications", "resident"],
    ["/account", "/account", "resident"],
    ["/account/delete", "/account/delete", "resident"],
    ["/account/confirm-email", "/account/confirm-email", "resident"],
    ["/account/notifications", "/account/notifications", "resident"],
    ["/account/supporter", "/account/supporter", "resident"],
    ["/account/deleted", "/account/deleted", "anonymous"],
    ["/netsugen/bookings", "/netsugen/bookings", "member"],
    ["/staff", "/staff", "staff"],
    ["/staff/analytics", "/staff/analytics", "staff"],
    ["/staff/supporters", "/staff/supporters", "staff"],
    ["/staff/ideas", "/staff/ideas", "staff"],
    ["/staff/kpis", "/staff/kpis", "staff"],
    ["/staff/kpis/[code]", `/staff/kpis/${KPI_CODE}`, "staff"],
    ["/staff/kpis/import", "/staff/kpis/import", "staff"],
    ["/staff/moderation", "/staff/moderation", "staff"],
    ["/staff/feedback", "/staff/feedback", "staff"],
    ["/staff/netsugen", "/staff/netsugen", "staff"],
    ["/staff/netsugen/events/[slug]", `/staff/netsugen/events/${s.event}`, "staff"],
    ["/staff/netsugen/statements", "/staff/netsugen/statements", "staff"],
    ["/staff/projects/new", "/staff/projects/new", "staff"],
    ["/staff/workshops", "/staff/workshops", "facilitator"],
    ["/staff/workshops/sessions/[id]", `/staff/workshops/sessions/${s.openSession}`, "facilitator"],
    ["/staff/workshops/sessions/[id]/projector", `/staff/workshops/sessions/${s.openSession}/projector`, "facilitator"],
    ["/staff/workshops/sessions/[id]/qr", `/staff/workshops/sessions/${s.openSession}/qr`, "facilitator"],
    ["/admin/users", "/admin/users", "admin"],
    ["/admin/outbox", "/admin/outbox", "admin"],
    ["/admin/outbox/[id]", `/admin/outbox/${DEMO_MAIL_ID}`, "admin"],
    ["/mail/unsubscribe", "/mail/unsubscribe", "anonymous"],
  ];
  return pages.map(([route, path, viewer]) => ({ route, path, viewer }));
}
