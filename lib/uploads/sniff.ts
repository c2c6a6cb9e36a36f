// What an uploaded evidence file really is, from its first bytes: the browser's Content-Type and
// the file name are the uploader's claims, not facts. Pure.

export const EVIDENCE_MAX_BYTES = 5_000_000; // with the form's other fields, under next.config's 6 MB action limit

export type EvidenceKind = { mime: string; ext: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** PDF, PNG, JPEG or an Excel workbook (.xlsx, a zip); anything else is refused. */
export function sniffEvidence(bytes: Uint8Array): EvidenceKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: "application/pdf", ext: "pdf" }; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", ext: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx" };
  }
  return null;
}

/** A file name safe to echo in Content-Disposition: no paths, no control characters, not too long. */
export function safeFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).at(-1) ?? "")
    // Bidi controls would let "photo\u202Egpj.exe" read as "photoexe.jpg".
    .replace(/[\u0000-\u001F\u007F"<>:*?|\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 80);
  return `${base || "evidence"}.${ext}`;
}
