import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user?: { id: string; name?: string | null; email?: string | null; roles: Role[] };
    /** The UserSession row this token belongs to (lib/auth/user-sessions.ts). */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    roles?: Role[];
    sid?: string;
  }
}
