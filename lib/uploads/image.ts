import "server-only";
import sharp from "sharp";

// Uploaded images: the type is decided from the bytes (never from the name or the browser's claim),
// then the image is decoded and written afresh, so nothing of the uploaded file survives but its pixels.
export type ImageType = "image/jpeg" | "image/png";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Longest side kept: plenty for a page or a printed report, and a phone photo shrinks to a few hundred kB. */
export const MAX_IMAGE_SIDE = 2560;
/** Above any phone's 50 MP camera; a 5 MB PNG of one colour could otherwise declare billions of pixels. */
export const MAX_IMAGE_PIXELS = 64_000_000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return "image/png";
  return null;
}

export type ReencodedImage = { ok: true; bytes: Uint8Array } | { ok: false; reason: "notImage" | "tooManyPixels" };

/**
 * Decodes the image and writes a new one of the same type: turned upright by its EXIF orientation,
 * no bigger than MAX_IMAGE_SIDE, and with no metadata at all (sharp writes none unless asked). What
 * was after the image's end, such as a phone's second (MPF) image with its own GPS position, is
 * never decoded and so is gone too.
 */
export async function reencodeImage(bytes: Uint8Array, type: ImageType): Promise<ReencodedImage> {
  // The header alone tells the size, so a decompression bomb is refused before any pixel is decoded.
  const header = await sharp(bytes).metadata().catch(() => null);
  if (!header || header.format !== (type === "image/jpeg" ? "jpeg" : "png")) return { ok: false, reason: "notImage" };
  if (header.width * header.height > MAX_IMAGE_PIXELS) return { ok: false, reason: "tooManyPixels" };
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
      .rotate()
      .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true });
    const encoded = await (type === "image/jpeg" ? image.jpeg({ quality: 85 }) : image.png()).toBuffer();
    return { ok: true, bytes: new Uint8Array(encoded.buffer, encoded.byteOffset, encoded.length) };
  } catch {
    // Truncated or corrupt pixel data, which the header did not show: the uploader is told, not shown a 500.
    return { ok: false, reason: "notImage" };
  }
}
