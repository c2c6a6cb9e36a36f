import { db } from "@/lib/db";
import { isPhotoKey, localUploadStorage } from "@/lib/uploads/storage";

export const dynamic = "force-dynamic";

/**
 * Serves an uploaded photo by its random key. The stored type is sent with nosniff and a
 * sandboxing CSP, so even a file that slipped through could never run as a page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  // The same storage holds evidence files, which only app/evidence/[id] may serve.
  if (!isPhotoKey(key)) return new Response("Not found", { status: 404 });
  const upload = await db.upload.findUnique({ where: { storageKey: key }, select: { mimeType: true, projectUpdate: { select: { hiddenAt: true } } } });
  if (!upload || upload.projectUpdate?.hiddenAt) return new Response("Not found", { status: 404 });
  const bytes = await localUploadStorage().get(key);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": upload.mimeType,
      "Content-Length": String(bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
