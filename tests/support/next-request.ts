// The request context Next.js gives a server action, for calling actions directly in tests: the
// signed-in user (what next-auth would read from the session cookie), the cookie jar, and the
// cache calls, which need Next's render context. Everything below them (roles, database, audit)
// is real. Test files call `vi.mock` with these factories, because vi.mock is hoisted per file.
import { redirectTarget } from "./next-control-flow";

export const request = {
  userId: null as string | null,
  cookies: new Map<string, string>(),
  revalidated: [] as string[],
  /** The client's address (X-Forwarded-For). Null: a new random one on every request, so tests
   * that are not about rate limits never share a limit's budget. */
  address: null as string | null,
  /** The session the signed-in user's token names. Null: one live session per user, made on first use. */
  sessionId: null as string | null,
};

const sessionsByUser = new Map<string, string>();

const randomAddress = () => `198.51.100.${Math.floor(Math.random() * 254) + 1}, 10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** Signs in as `userId`, with `sessionId` when a test is about sessions, else the user's usual one. */
export function signInAs(userId: string | null, sessionId: string | null = null): void {
  request.userId = userId;
  request.sessionId = sessionId;
}

/**
 * The session id the token of the signed-in user names, as next-auth's session callback would give
 * it. Tests that count rows call it first, so the session row is not mistaken for a write.
 */
export async function currentSessionId(userId: string): Promise<string> {
  if (request.sessionId !== null) return request.sessionId;
  let id = sessionsByUser.get(userId);
  if (!id) {
    const { db } = await import("@/lib/db");
    id = (await db.userSession.create({ data: { userId }, select: { id: true } })).id;
    sessionsByUser.set(userId, id);
  }
  return id;
}

export async function mockNextAuth(importOriginal: () => Promise<unknown>) {
  const original = (await importOriginal()) as Record<string, unknown>;
  return {
    ...original,
    getServerSession: async () =>
      request.userId
        ? { user: { id: request.userId }, sessionId: await currentSessionId(request.userId), expires: "2999-01-01T00:00:00Z" }
        : null,
  };
}

export async function mockNextHeaders(importOriginal: () => Promise<unknown>) {
  const original = (await importOriginal()) as Record<string, unknown>;
  return {
    ...original,
    headers: async () => new Headers({ "x-forwarded-for": request.address ?? randomAddress() }),
    cookies: async () => ({
      get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
      set: (name: string, value: string) => void request.cookies.set(name, value),
    }),
  };
}

export async function mockNextCache(importOriginal: () => Promise<unknown>) {
  const original = (await importOriginal()) as Record<string, unknown>;
  const record = (target: string) => void request.revalidated.push(target);
  return { ...original, revalidatePath: record, revalidateTag: record, updateTag: record };
}

/** Where a server action redirected to, or null when it returned normally. */
export async function redirectOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    const target = redirectTarget(error);
    if (target === null) throw error;
    return target;
  }
}
