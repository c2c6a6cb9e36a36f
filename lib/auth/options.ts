import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./accounts";
import type { Role } from "./roles";
import { signInSchema } from "./schemas";
import { resolveAuthSecret } from "./secret";

const EIGHT_HOURS = 8 * 60 * 60;

// Built on first use, not at import: `next build` loads this module without any secret.
let options: NextAuthOptions | undefined;

export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: resolveAuthSecret(),
    session: { strategy: "jwt", maxAge: EIGHT_HOURS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          return authenticate(parsed.data.email, parsed.data.password);
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.roles = (user as { roles?: Role[] }).roles ?? [];
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.sub ?? "";
          session.user.roles = (token.roles as Role[] | undefined) ?? [];
        }
        return session;
      },
    },
  };
  return options;
}
