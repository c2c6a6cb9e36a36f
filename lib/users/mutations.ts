import "server-only";
import { db } from "../db";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { isUniqueViolation } from "../db/errors";
import { hashPassword } from "../auth/password";
import type { CurrentUser } from "../auth/session";
import type { z } from "zod";
import type { createUserSchema } from "../auth/schemas";

/** An admin creates an account with any roles (staff and admins are never self-registered). */
export async function createUser(
  admin: CurrentUser,
  input: z.infer<typeof createUserSchema>,
): Promise<ActionResult<{ id: string }>> {
  const passwordHash = await hashPassword(input.password);
  try {
    const id = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        // The admin vouches for the address they typed; invitations by mail will replace this.
        data: { name: input.name, email: input.email, passwordHash, roles: input.roles, emailConfirmedAt: new Date() },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: admin.id,
        action: "user.create",
        subjectType: "User",
        subjectId: user.id,
        after: { name: input.name, email: input.email, roles: input.roles },
      });
      return user.id;
    });
    return ok({ id });
  } catch (error) {
    // Admins may learn that an address is taken: they manage accounts.
    if (isUniqueViolation(error)) return fail("errors.emailTaken", { email: ["errors.emailTaken"] });
    throw error;
  }
}
