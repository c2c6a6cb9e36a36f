import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./accounts";
import type { Role } from "./roles";
import { signInSchema } from "./schemas";
import { resolveAuthSecret } from "./secret";
import { clientAddressFrom } from "../security/client-address";
import { consume, hasBudget } from "../security/rate-limit";
import { SIGN_IN_RATE_LIMITED } from "./sign-in-errors";

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
        async authorize(credentials, request) {
          // Failed attempts from one address are limited; a wrong password costs one point,
          // a right one nothing. The message names no account, so it reveals none.
          const address = clientAddressFrom(request?.headers?.["x-forwarded-for"] as string | undefined);
          if (!(await hasBudget("signInFailure", address)).allowed) throw new Error(SIGN_IN_RATE_LIMITED);
          const parsed = signInSchema.safeParse(credentials ?? {});
          const user = parsed.success ? await authenticate(parsed.data.email, parsed.data.password) : null;
          if (!user) await consume("signInFailure", address);
          return user;
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
