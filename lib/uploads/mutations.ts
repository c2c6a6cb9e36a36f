import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import { InvalidImageError, MAX_IMAGE_BYTES, sniffImageType, stripImageMetadata } from "./image";
import { safeFileName } from "./sniff";
import { localUploadStorage, type UploadStorage } from "./storage";

export type ImageCheck = { ok: true; bytes: Uint8Array; type: "image/jpeg" | "image/png" } | { ok: false; error: "errors.fileTooLarge" | "errors.fileNotImage" };

/** Size first (before reading), then the bytes decide the type; metadata is stripped. */
export async function checkImage(file: File): Promise<ImageCheck> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, error: "errors.fileTooLarge" };
  const raw = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(raw);
  if (!type) return { ok: false, error: "errors.fileNotImage" };
  try {
    return { ok: true, bytes: stripImageMetadata(raw, type), type };
  } catch (error) {
    if (error instanceof InvalidImageError) return { ok: false, error: "errors.fileNotImage" };
    throw error;
  }
}

/** Writes a checked image and records it; call inside the transaction of what it belongs to. */
export async function storeImage(
  tx: Prisma.TransactionClient,
  image: { bytes: Uint8Array; type: "image/jpeg" | "image/png" },
  meta: { uploadedById: string; altText: string; originalName?: string },
  storage: UploadStorage = localUploadStorage(),
): Promise<{ id: string; storageKey: string }> {
  const ext = image.type === "image/jpeg" ? "jpg" : "png";
  const storageKey = `${randomBytes(16).toString("hex")}.${ext}`;
  await storage.put(storageKey, image.bytes);
  return tx.upload.create({
    data: {
      storageKey,
      mimeType: image.type,
      byteSize: image.bytes.length,
      sha256: createHash("sha256").update(image.bytes).digest("hex"),
      originalName: meta.originalName ? safeFileName(meta.originalName, ext) : null,
      altText: meta.altText,
      uploadedById: meta.uploadedById,
    },
    select: { id: true, storageKey: true },
  });
}
