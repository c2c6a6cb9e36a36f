import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { EVIDENCE_MAX_BYTES, safeFileName, sniffEvidence } from "./sniff";

/**
 * Where evidence files live: the same root as the photos of lib/uploads/storage.ts, under
 * "evidence/", with keys that storage's /uploads/[key] route never serves. Evidence is served only
 * through app/evidence/[id], which checks that a published value cites it.
 */
export function uploadDir(): string {
  // Runtime data, not part of the build: the comments keep Turbopack from tracing the project (as lib/uploads/storage.ts).
  return process.env.UPLOAD_DIR ?? path.resolve(/* turbopackIgnore: true */ process.cwd(), ".data", "uploads");
}

export type EvidenceCheck = { ok: true; mime: string; name: string } | { ok: false; error: "kpiStaff.errors.evidenceFileType" | "kpiStaff.errors.evidenceFileSize" };

export function checkEvidence(bytes: Uint8Array, originalName: string): EvidenceCheck {
  if (bytes.length === 0 || bytes.length > EVIDENCE_MAX_BYTES) return { ok: false, error: "kpiStaff.errors.evidenceFileSize" };
  const kind = sniffEvidence(bytes);
  if (!kind) return { ok: false, error: "kpiStaff.errors.evidenceFileType" };
  return { ok: true, mime: kind.mime, name: safeFileName(originalName, kind.ext) };
}

/**
 * Writes the file, then its Upload row in the caller's transaction. If the transaction fails the
 * file stays on disk unreferenced; it is never served, since serving goes through the row.
 */
export async function storeEvidence(
  tx: Pick<Prisma.TransactionClient, "upload">,
  file: { bytes: Uint8Array; mime: string; name: string },
  uploadedById: string,
): Promise<string> {
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const storageKey = `evidence/${sha256.slice(0, 2)}/${sha256}-${randomUUID()}`;
  const target = path.join(/* turbopackIgnore: true */ uploadDir(), storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, file.bytes, { flag: "wx" });
  const row = await tx.upload.create({
    data: { storageKey, mimeType: file.mime, byteSize: file.bytes.length, sha256, originalName: file.name, uploadedById },
    select: { id: true },
  });
  return row.id;
}

export async function readEvidence(storageKey: string): Promise<Uint8Array> {
  // Keys are made above; the check keeps a tampered row from reading outside the upload folder.
  if (!/^evidence\/[0-9a-f]{2}\/[0-9a-f]{64}-[0-9a-f-]{36}$/.test(storageKey)) throw new Error("Bad storage key");
  return new Uint8Array(await readFile(path.join(/* turbopackIgnore: true */ uploadDir(), storageKey)));
}

/** An evidence file and whether the public may see it: only once a value citing it is published. */
export async function findEvidence(id: string) {
  if (!/^[a-z0-9]{1,40}$/.test(id)) return null;
  const upload = await db.upload.findUnique({
    where: { id },
    select: { storageKey: true, mimeType: true, originalName: true, kpiObservations: { where: { state: "PUBLISHED" }, select: { id: true }, take: 1 } },
  });
  if (!upload) return null;
  return { storageKey: upload.storageKey, mimeType: upload.mimeType, name: upload.originalName ?? "evidence", isPublic: upload.kpiObservations.length > 0 };
}
