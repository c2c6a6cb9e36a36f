import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { findEvidence } from "@/lib/uploads/evidence";
import { localUploadStorage } from "@/lib/uploads/storage";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ error: { code: "not_found", message: "No such file" } }, { status: 404 });

/**
 * An uploaded evidence file: public once a value citing it is published, staff-only before. Always
 * a download with the type found by sniffing, so a file can never run as a page on this origin.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const evidence = await findEvidence(id);
  const allowed = evidence && (evidence.isPublic || can(await getCurrentUser(), "kpi.observation.edit"));
  if (!evidence || !allowed) return notFound();
  const body = await localUploadStorage().get(evidence.storageKey);
  if (!body) return notFound();
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": evidence.mimeType,
      "Content-Disposition": `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(evidence.name)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": evidence.isPublic ? "public, max-age=3600" : "private, no-store",
    },
  });
}
