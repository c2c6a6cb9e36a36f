import { authorise } from "@/lib/auth/session";
import { exportRegister } from "@/lib/supporters/register-export";

export const dynamic = "force-dynamic";

const CODE = /^[a-z-]{1,40}$/;

/** A municipality's register of consenting supporters as CSV (staff only, audited): ?municipality=kusatsu, or ?municipality=prefecture. */
export async function GET(request: Request) {
  const auth = await authorise("supporter.register.export");
  if (!auth.ok) return new Response(null, { status: auth.reason === "unauthenticated" ? 401 : 403, headers: { "Cache-Control": "no-store" } });
  const code = new URL(request.url).searchParams.get("municipality") ?? "";
  if (!CODE.test(code)) return new Response(null, { status: 400, headers: { "Cache-Control": "no-store" } });
  const register = await exportRegister(auth.user, code === "prefecture" ? { wholePrefecture: true } : { municipalityCode: code });
  if (!register) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(register.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${register.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
