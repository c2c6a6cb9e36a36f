import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { seedRegions } from "@/prisma/seed/regions";
import type { Role } from "@/lib/auth/roles";

const unique = () => randomUUID().slice(0, 8);

/** A user with a placeholder hash; tests that sign in create real hashes themselves. */
export function createTestUser(roles: Role[] = ["RESIDENT"], overrides: { email?: string; passwordHash?: string; emailConfirmed?: boolean } = {}) {
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${unique()}@test.example`,
      name: `Test ${roles.join("+")}`,
      passwordHash: overrides.passwordHash ?? "$argon2id$placeholder",
      roles,
      emailConfirmedAt: overrides.emailConfirmed === false ? null : new Date(),
    },
    select: { id: true, email: true, roles: true },
  });
}

/** A location and one bookable room with a 15-minute buffer after each booking. */
export async function createTestRoom(options: { bufferAfterMinutes?: number } = {}) {
  const location = await db.spaceLocation.create({
    data: { code: `loc-${unique()}`, nameJa: "テスト階", nameEn: "Test floor", buildingJa: "県庁", buildingEn: "Office", floor: 32 },
  });
  return db.spaceResource.create({
    data: {
      locationId: location.id,
      slug: `room-${unique()}`,
      kind: "MEETING_ROOM",
      nameJa: "会議室",
      nameEn: "Room",
      descriptionJa: "テスト",
      descriptionEn: "Test",
      capacity: 6,
      minMinutes: 30,
      maxMinutes: 180,
      bufferAfterMinutes: options.bufferAfterMinutes ?? 0,
      advanceDays: 30,
      cancelDeadlineMinutes: 60,
    },
  });
}

/** The row ids of municipalities by code, after seeding the 35 of them (idempotent). */
export async function municipalityIds<const C extends readonly string[]>(...codes: C): Promise<{ [K in keyof C]: number }> {
  await seedRegions(db);
  const rows = await db.municipality.findMany({ where: { code: { in: [...codes] } }, select: { id: true, code: true } });
  return codes.map((code) => rows.find((row) => row.code === code)!.id) as { [K in keyof C]: number };
}
