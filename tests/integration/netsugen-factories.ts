// Rows for the NETSUGEN integration tests: a location with the real opening hours, rooms with
// their rules, a plan with caps, and members holding active memberships.
import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createTestUser } from "./factories";

const unique = () => randomUUID().replaceAll("-", "").slice(0, 10);

export async function createNetsugenLocation(code = `loc-${unique()}`) {
  return db.spaceLocation.create({
    data: {
      code,
      nameJa: "テスト32階",
      nameEn: "Test 32F",
      buildingJa: "県庁舎",
      buildingEn: "Office",
      floor: 32,
      openingHours: {
        create: [
          { dayType: "WEEKDAY", opensMinute: 600, closesMinute: 1260 },
          { dayType: "WEEKEND_OR_HOLIDAY", opensMinute: 600, closesMinute: 1080 },
        ],
      },
    },
  });
}

export interface ResourceOptions {
  kind?: "COWORKING" | "MEETING_ROOM" | "SEMINAR_SPACE" | "STUDIO";
  minMinutes?: number;
  maxMinutes?: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  advanceDays?: number;
  requiresApproval?: boolean;
  cancelDeadlineMinutes?: number;
  capacity?: number;
  slug?: string;
}

export async function createResource(locationId: string, options: ResourceOptions = {}) {
  const slug = options.slug ?? `space-${unique()}`;
  return db.spaceResource.create({
    data: {
      locationId,
      slug,
      kind: options.kind ?? "MEETING_ROOM",
      nameJa: "テスト会議室",
      nameEn: "Test room",
      descriptionJa: "テスト",
      descriptionEn: "Test",
      capacity: options.capacity ?? 6,
      minMinutes: options.minMinutes ?? 30,
      maxMinutes: options.maxMinutes ?? 180,
      bufferBeforeMinutes: options.bufferBeforeMinutes ?? 0,
      bufferAfterMinutes: options.bufferAfterMinutes ?? 0,
      advanceDays: options.advanceDays ?? 30,
      requiresApproval: options.requiresApproval ?? false,
      cancelDeadlineMinutes: options.cancelDeadlineMinutes ?? 60,
    },
  });
}

export async function createPlan(caps: { maxFutureBookings?: number; maxRoomMinutesPerWeek?: number; dropIn?: boolean } = {}) {
  const tariff = caps.dropIn
    ? { kind: "DROP_IN" as const, priceJpy: 250, per: "HOUR" as const, dailyCapJpy: 1000 }
    : { kind: "INDIVIDUAL_MONTHLY" as const, priceJpy: 10000, per: "MONTH" as const };
  return db.membershipPlan.create({
    data: {
      code: `plan-${unique()}`,
      nameJa: "テストプラン",
      nameEn: "Test plan",
      ...tariff,
      maxFutureBookings: caps.maxFutureBookings ?? 50,
      maxRoomMinutesPerWeek: caps.maxRoomMinutesPerWeek ?? 10_000,
    },
  });
}

/** A user with these roles (MEMBER by default) and, unless told otherwise, an ACTIVE membership. */
export async function createMember(planId: string, roles: Role[] = ["RESIDENT", "MEMBER"], status: "ACTIVE" | "APPLIED" | "ENDED" | null = "ACTIVE"): Promise<Actor> {
  const user = await createTestUser(roles);
  if (status) await db.membership.create({ data: { holderId: user.id, planId, status } });
  return { id: user.id, roles: user.roles };
}
