import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./accounts";
import type { Role } from "./roles";
import { signInSchema } from "./schemas";
import { resolveAuthSecret } from "./secret";
import { logger } from "../logging/logger";
import { trustedProxyHops } from "../security/client-address";
import { clientAddressFrom } from "../security/forwarded-for";
import { consume, hasBudget } from "../security/rate-limit";
import { signInWaitError, SIGN_IN_RATE_LIMITED } from "./sign-in-errors";
import { revokeUserSession, SESSION_MAX_AGE_SECONDS, startUserSession } from "./user-sessions";

// Built on first use, not at import: `next build` loads this module without any secret.
let options: NextAuthOptions | undefined;

export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: resolveAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    // Through our logger, with its redaction. A session cookie that does not decrypt is what a
    // client sends after the secret changed, or when it makes one up: worth a warning, not an error.
    logger: {
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        const entry = { event: `auth.${code.toLowerCase()}`, message: error instanceof Error ? error.message : undefined };
        if (code === "JWT_SESSION_ERROR") logger.warn(entry, "session cookie could not be read");
        else logger.error(entry, "sign-in error");
      },
      warn(code) {
        logger.warn({ event: `auth.${code.toLowerCase()}` }, "sign-in warning");
      },
      debug() {},
    },
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          // Failed attempts from one address are limited over all accounts; a wrong password
          // costs one point, a right one nothing. Each account+address pair is also slowed down
          // (lib/auth/throttle.ts). The messages name no account, so they reveal none.
          const address = clientAddressFrom(request?.headers?.["x-forwarded-for"] as string | undefined, trustedProxyHops());
          if (!(await hasBudget("signInFailure", address)).allowed) throw new Error(SIGN_IN_RATE_LIMITED);
          const parsed = signInSchema.safeParse(credentials ?? {});
          const verdict = parsed.success ? await authenticate(parsed.data.email, parsed.data.password, address) : ({ kind: "failed" } as const);
          if (verdict.kind === "wait") throw new Error(signInWaitError(verdict.retryAfterSeconds));
          if (verdict.kind === "failed") {
            await consume("signInFailure", address);
            return null;
          }
          const sessionId = await startUserSession(verdict.user.id, request?.headers?.["user-agent"] as string | undefined);
          return { ...verdict.user, sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.roles = (user as { roles?: Role[] }).roles ?? [];
          token.sid = (user as { sessionId?: string }).sessionId;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.sub ?? "";
          session.user.roles = (token.roles as Role[] | undefined) ?? [];
        }
        session.sessionId = token.sid ?? "";
        return session;
      },
    },
    events: {
      // The token itself cannot be taken back from wherever it was copied to; its session row can.
      async signOut({ token }) {
        if (token?.sub && token.sid) await revokeUserSession(token.sub, token.sid);
      },
    },
  };
  return options;
}
