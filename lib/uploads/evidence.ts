import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { reencodeImage } from "./image";
import { storeUpload } from "./mutations";
import { EVIDENCE_MAX_BYTES, safeFileName, sniffEvidence } from "./sniff";
import { isEvidenceKey, localUploadStorage, newEvidenceKey, type UploadStorage } from "./storage";

// Evidence files share the photos' storage (lib/uploads/storage.ts) under evidence keys, which the
// public /uploads/[key] route never serves: they are served only through app/evidence/[id], which
// checks that a published value cites them.

export type EvidenceCheck =
  | { ok: true; bytes: Uint8Array; mime: string; name: string }
  | { ok: false; error: "kpiStaff.errors.evidenceFileType" | "kpiStaff.errors.evidenceFileSize" | "errors.imageTooManyPixels" };

/** PDFs and workbooks are kept as they are; images are re-encoded like photos, losing their metadata. */
export async function checkEvidence(bytes: Uint8Array, originalName: string): Promise<EvidenceCheck> {
  if (bytes.length === 0 || bytes.length > EVIDENCE_MAX_BYTES) return { ok: false, error: "kpiStaff.errors.evidenceFileSize" };
  const kind = sniffEvidence(bytes);
  if (!kind) return { ok: false, error: "kpiStaff.errors.evidenceFileType" };
  const name = safeFileName(originalName, kind.ext);
  if (kind.mime !== "image/jpeg" && kind.mime !== "image/png") return { ok: true, bytes, mime: kind.mime, name };
  const image = await reencodeImage(bytes, kind.mime);
  if (image.ok) return { ok: true, bytes: image.bytes, mime: kind.mime, name };
  return { ok: false, error: image.reason === "tooManyPixels" ? "errors.imageTooManyPixels" : "kpiStaff.errors.evidenceFileType" };
}

/** Writes a checked evidence file and records it in the caller's transaction; returns the Upload id. */
export async function storeEvidence(
  tx: Pick<Prisma.TransactionClient, "upload">,
  file: { bytes: Uint8Array; mime: string; name: string },
  uploadedById: string,
  storage: UploadStorage = localUploadStorage(),
): Promise<string> {
  const stored = await storeUpload(tx, file, newEvidenceKey, { uploadedById, originalName: file.name }, storage);
  return stored.id;
}

/** An evidence file and whether the public may see it: only once a value citing it is published. */
export async function findEvidence(id: string) {
  if (!/^[a-z0-9]{1,40}$/.test(id)) return null;
  const upload = await db.upload.findUnique({
    where: { id },
    select: { storageKey: true, mimeType: true, originalName: true, kpiObservations: { where: { state: "PUBLISHED" }, select: { id: true }, take: 1 } },
  });
  // A photo's id is not evidence: hidden photos must not come out through this route.
  if (!upload || !isEvidenceKey(upload.storageKey)) return null;
  return { storageKey: upload.storageKey, mimeType: upload.mimeType, name: upload.originalName ?? "evidence", isPublic: upload.kpiObservations.length > 0 };
}
