import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_ACCOUNTS } from "./demo-accounts";

export async function seedDemoAccounts(db: PrismaClient): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    // Hashing is slow on purpose, so an existing account keeps its hash (and any changed password).
    if (existing) {
      await db.user.update({ where: { id: existing.id }, data: { name: account.name, roles: account.roles, isDemo: true } });
      continue;
    }
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        roles: account.roles,
        isDemo: true,
        passwordHash: await hashPassword(account.password),
      },
    });
  }

  const member = await db.user.findUniqueOrThrow({ where: { email: "member@demo.yukemuri.example" }, select: { id: true } });
  const plan = await db.membershipPlan.findUniqueOrThrow({ where: { code: "individual-monthly" }, select: { id: true } });
  const hasMembership = await db.membership.count({ where: { holderId: member.id } });
  if (hasMembership === 0) {
    await db.membership.create({
      data: { holderId: member.id, planId: plan.id, status: "ACTIVE", startsOn: new Date("2026-04-01"), isDemo: true },
    });
  }
}
