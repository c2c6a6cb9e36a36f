// Photo uploads: decide the type from the bytes (never from the name or the browser's claim),
// and remove the metadata that can reveal where a photo was taken. Pure, so it is table-tested.
export type ImageType = "image/jpeg" | "image/png";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return "image/png";
  return null;
}

export class InvalidImageError extends Error {}

/**
 * JPEG: drops APP1 (EXIF and XMP, where GPS lives), APP13 (IPTC) and comments; everything from
 * the start of scan on is copied unchanged. Throws InvalidImageError on a truncated file.
 */
function stripJpeg(bytes: Uint8Array): Uint8Array {
  const out: number[] = [0xff, 0xd8];
  let offset = 2;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) throw new InvalidImageError("JPEG segment marker expected");
    const marker = bytes[offset + 1];
    if (marker === undefined) throw new InvalidImageError("truncated JPEG");
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xda) {
      // Start of scan: the compressed image follows; no metadata segments come after it.
      for (let i = offset; i < bytes.length; i++) out.push(bytes[i] as number);
      return Uint8Array.from(out);
    }
    if (marker === 0xd9) {
      out.push(0xff, 0xd9);
      return Uint8Array.from(out);
    }
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    if (length < 2 || offset + 2 + length > bytes.length) throw new InvalidImageError("truncated JPEG segment");
    const drop = marker === 0xe1 || marker === 0xed || marker === 0xfe;
    if (!drop) for (let i = offset; i < offset + 2 + length; i++) out.push(bytes[i] as number);
    offset += 2 + length;
  }
  throw new InvalidImageError("JPEG without image data");
}

const PNG_METADATA_CHUNKS = new Set(["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]);

/** PNG: drops the EXIF and text chunks; every other chunk is copied whole, CRC included. */
function stripPng(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let offset = 8;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) throw new InvalidImageError("truncated PNG chunk");
    const length = ((bytes[offset] as number) << 24) | ((bytes[offset + 1] as number) << 16) | ((bytes[offset + 2] as number) << 8) | (bytes[offset + 3] as number);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + (length >>> 0);
    if (end > bytes.length) throw new InvalidImageError("truncated PNG chunk");
    if (!PNG_METADATA_CHUNKS.has(type)) parts.push(bytes.subarray(offset, end));
    offset = end;
    if (type === "IEND") break;
  }
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function stripImageMetadata(bytes: Uint8Array, type: ImageType): Uint8Array {
  return type === "image/jpeg" ? stripJpeg(bytes) : stripPng(bytes);
}
