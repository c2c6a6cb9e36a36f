import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  const params = await context.params;
  // next-auth answers /api/auth/session from the token alone, so a token copied before its
  // session was revoked would still show the person's name and address. Only a live session
  // gets an answer.
  if (request.method === "GET" && params.nextauth.join("/") === "session" && !(await getCurrentUser())) {
    return Response.json({}, { headers: { "Cache-Control": "no-store" } });
  }
  return NextAuth(request as never, { params } as never, getAuthOptions());
}

export { handler as GET, handler as POST };
