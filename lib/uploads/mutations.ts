import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import { MAX_IMAGE_BYTES, reencodeImage, sniffImageType, type ImageType } from "./image";
import { safeFileName } from "./sniff";
import { localUploadStorage, newPhotoKey, type UploadStorage } from "./storage";

export type ImageCheck = { ok: true; bytes: Uint8Array; type: ImageType } | { ok: false; error: "errors.fileTooLarge" | "errors.fileNotImage" | "errors.imageTooManyPixels" };

/** Size first (before reading), then the bytes decide the type; the image is re-encoded without metadata. */
export async function checkImage(file: File): Promise<ImageCheck> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, error: "errors.fileTooLarge" };
  const raw = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(raw);
  if (!type) return { ok: false, error: "errors.fileNotImage" };
  const image = await reencodeImage(raw, type);
  if (!image.ok) return { ok: false, error: image.reason === "tooManyPixels" ? "errors.imageTooManyPixels" : "errors.fileNotImage" };
  return { ok: true, bytes: image.bytes, type };
}

/**
 * Writes the file under a fresh key, then its Upload row in the caller's transaction. If the
 * transaction fails the file stays on disk unreferenced; it is never served, since serving goes
 * through the row.
 */
export async function storeUpload(
  tx: Pick<Prisma.TransactionClient, "upload">,
  file: { bytes: Uint8Array; mime: string },
  keyFor: (sha256: string) => string,
  meta: { uploadedById: string; originalName: string | null; altText?: string },
  storage: UploadStorage = localUploadStorage(),
): Promise<{ id: string; storageKey: string }> {
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const storageKey = keyFor(sha256);
  await storage.put(storageKey, file.bytes);
  return tx.upload.create({
    data: {
      storageKey,
      mimeType: file.mime,
      byteSize: file.bytes.length,
      sha256,
      originalName: meta.originalName,
      altText: meta.altText ?? null,
      uploadedById: meta.uploadedById,
    },
    select: { id: true, storageKey: true },
  });
}

/** Writes a checked image and records it; call inside the transaction of what it belongs to. */
export async function storeImage(
  tx: Prisma.TransactionClient,
  image: { bytes: Uint8Array; type: ImageType },
  meta: { uploadedById: string; altText: string; originalName?: string },
  storage: UploadStorage = localUploadStorage(),
): Promise<{ id: string; storageKey: string }> {
  const ext = image.type === "image/jpeg" ? "jpg" : "png";
  return storeUpload(
    tx,
    { bytes: image.bytes, mime: image.type },
    () => newPhotoKey(ext),
    { uploadedById: meta.uploadedById, altText: meta.altText, originalName: meta.originalName ? safeFileName(meta.originalName, ext) : null },
    storage,
  );
}
