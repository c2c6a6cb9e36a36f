import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { MAX_IMAGE_SIDE, reencodeImage, sniffImageType } from "@/lib/uploads/image";
import { describeStored, expectedClean, phoneJpeg, sideColours } from "../support/images";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid PNG header declaring width × height, with next to no pixel data: a decompression bomb's shape. */
function pngDeclaring(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return new Uint8Array(Buffer.concat([Buffer.from(PNG_SIGNATURE), pngChunk("IHDR", header), pngChunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), pngChunk("IEND", Buffer.alloc(0))]));
}

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#4a7" } });
const reencoded = async (bytes: Uint8Array, type: "image/jpeg" | "image/png") => {
  const result = await reencodeImage(bytes, type);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.bytes;
};

describe("sniffImageType", () => {
  test.each([
    ["a JPEG", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "image/jpeg"],
    ["a PNG", Uint8Array.from([...PNG_SIGNATURE, 0, 0, 0, 13]), "image/png"],
    ["a script named .png", new TextEncoder().encode("<script>alert(1)</script>"), null],
    ["an SVG", new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ["a GIF", new TextEncoder().encode("GIF89a...."), null],
    ["nothing", new Uint8Array(), null],
  ])("%s → %s", (_case, bytes, type) => {
    expect(sniffImageType(bytes)).toBe(type);
  });
});

describe("reencodeImage", () => {
  test("a phone's portrait JPEG comes out upright, as one image, with no metadata", async () => {
    const photo = await phoneJpeg(64, 32);
    expect(await describeStored(photo.bytes)).toMatchObject({ width: 64, height: 32, metadata: { orientation: 6 }, startOfImageAt: [0, photo.firstImageLength] });

    const clean = await reencoded(photo.bytes, "image/jpeg");
    expect(await describeStored(clean)).toEqual(expectedClean(32, 64, clean.length));
    // Turned clockwise, as orientation 6 asks: the red top of the stored pixels is now on the right.
    expect(await sideColours(clean)).toEqual({ left: "blue", right: "red" });
  });

  test.each([
    ["a large photo shrinks to the longest side", 4000, 1000, [MAX_IMAGE_SIDE, 640]],
    ["a tall one too", 900, 3600, [640, MAX_IMAGE_SIDE]],
    ["a small one is not enlarged", 300, 200, [300, 200]],
  ])("%s", async (_case, width, height, [outWidth, outHeight]) => {
    const clean = await reencoded(new Uint8Array(await solid(width, height).jpeg().toBuffer()), "image/jpeg");
    expect(await sharp(clean).metadata()).toMatchObject({ format: "jpeg", width: outWidth, height: outHeight });
  });

  test("a PNG stays a PNG with its transparency, without its EXIF, XMP or text", async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } })
      .png()
      .withExif({ IFD3: { GPSMapDatum: "GPS-IN-PNG" } })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/">XMP-IN-PNG</x:xmpmeta>')
      .toBuffer();
    expect(await sharp(png).metadata()).toMatchObject({ exif: expect.any(Buffer), xmp: expect.any(Buffer) });

    const clean = await reencoded(new Uint8Array(png), "image/png");
    const meta = await sharp(clean).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height, hasAlpha: meta.hasAlpha, exif: meta.exif, xmp: meta.xmp, icc: meta.icc, comments: meta.comments }).toEqual({
      format: "png",
      width: 20,
      height: 10,
      hasAlpha: true,
      exif: undefined,
      xmp: undefined,
      icc: undefined,
      comments: undefined,
    });
    expect(Buffer.from(clean).includes("GPS-IN-PNG")).toBe(false);
  });

  test("a header declaring 10,000 × 10,000 pixels is refused before anything is decoded", async () => {
    const bomb = pngDeclaring(10_000, 10_000);
    expect(await sharp(bomb).metadata()).toMatchObject({ width: 10_000, height: 10_000 });
    expect(await reencodeImage(bomb, "image/png")).toEqual({ ok: false, reason: "tooManyPixels" });
  });

  test.each<[string, () => Promise<Uint8Array>, "image/jpeg" | "image/png"]>([
    ["JPEG magic followed by text", async () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode("<script>alert(1)</script>")]), "image/jpeg"],
    ["a JPEG cut in half", async () => (await phoneJpeg(256, 128)).bytes.slice(0, 900), "image/jpeg"],
    ["a PNG whose pixel data is garbage", async () => pngDeclaring(40, 40), "image/png"],
    ["a PNG sniffed as a JPEG", async () => new Uint8Array(await solid(10, 10).png().toBuffer()), "image/jpeg"],
  ])("refuses %s as not an image", async (_case, bytes, type) => {
    expect(await reencodeImage(await bytes(), type)).toEqual({ ok: false, reason: "notImage" });
  });
});
