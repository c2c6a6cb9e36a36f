import { beforeEach, describe, expect, test, vi } from "vitest";
import { markAllReadAction } from "@/app/(account)/notifications/actions";
import { db } from "@/lib/db";
import { listNotifications } from "@/lib/notifications/queries";
import { redirectOf, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

beforeEach(() => signInAs(null));

describe("notifications", () => {
  test("marking read touches only the signed-in person's notices; anonymous posts are sent to sign in and change nothing", async () => {
    const [me, other] = await Promise.all([createTestUser(), createTestUser()]);
    for (const userId of [me.id, me.id, other.id]) {
      await db.notification.create({ data: { userId, kind: "idea.answered", payload: { title: "t" } } });
    }
    expect(await redirectOf(() => markAllReadAction())).toBe("/signin?callbackUrl=%2Fnotifications");
    expect(await db.notification.count({ where: { readAt: null } })).toBe(3);

    signInAs(me.id);
    await markAllReadAction();
    expect((await listNotifications(me.id)).every((n) => n.readAt !== null)).toBe(true);
    expect((await listNotifications(other.id)).every((n) => n.readAt === null)).toBe(true);
  });
});
