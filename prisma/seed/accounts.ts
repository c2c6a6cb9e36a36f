import type { Database } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_ACCOUNTS } from "./demo-accounts";

export async function seedDemoAccounts(db: Database): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    // Create-only: an existing account keeps its password and any roles an admin has changed.
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        roles: account.roles,
        isDemo: true,
        emailConfirmedAt: new Date(),
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
