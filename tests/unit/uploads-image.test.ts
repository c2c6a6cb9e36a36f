import { describe, expect, test } from "vitest";
import { InvalidImageError, sniffImageType, stripImageMetadata } from "@/lib/uploads/image";

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function segment(marker: number, payload: number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

/** A minimal JPEG: SOI, APP0 (JFIF), APP1 (EXIF with a GPS tag), a comment, DQT, SOS + data, EOI. */
function jpegWithExif(): Uint8Array {
  return Uint8Array.from([
    0xff, 0xd8,
    ...segment(0xe0, ascii("JFIF\0")),
    ...segment(0xe1, [...ascii("Exif\0\0"), ...ascii("GPSLatitude 36.39N")]),
    ...segment(0xfe, ascii("taken at home")),
    ...segment(0xdb, [0, 1, 2, 3]),
    ...segment(0xda, [1, 2, 3]),
    0x11, 0x22, 0x33,
    0xff, 0xd9,
  ]);
}

function chunk(type: string, data: number[]): number[] {
  const length = data.length;
  return [length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff, ...ascii(type), ...data, 0xde, 0xad, 0xbe, 0xef];
}

function pngWithText(): Uint8Array {
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk("IHDR", Array(13).fill(1)),
    ...chunk("eXIf", ascii("GPS 36.39N")),
    ...chunk("tEXt", ascii("Location\0Maebashi")),
    ...chunk("IDAT", [9, 9, 9]),
    ...chunk("IEND", []),
  ]);
}

const text = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe("sniffImageType", () => {
  test.each([
    ["a JPEG", jpegWithExif(), "image/jpeg"],
    ["a PNG", pngWithText(), "image/png"],
    ["a script named .png", new TextEncoder().encode("<script>alert(1)</script>"), null],
    ["an SVG", new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ["a GIF", new TextEncoder().encode("GIF89a...."), null],
    ["nothing", new Uint8Array(), null],
  ])("%s → %s", (_case, bytes, type) => {
    expect(sniffImageType(bytes)).toBe(type);
  });
});

describe("stripImageMetadata", () => {
  test("removes EXIF (with GPS) and comments from a JPEG, keeping the image data", () => {
    const stripped = stripImageMetadata(jpegWithExif(), "image/jpeg");
    expect(text(stripped)).not.toContain("GPSLatitude");
    expect(text(stripped)).not.toContain("taken at home");
    expect(text(stripped)).toContain("JFIF");
    expect([...stripped.slice(-5)]).toEqual([0x11, 0x22, 0x33, 0xff, 0xd9]);
    expect(sniffImageType(stripped)).toBe("image/jpeg");
  });

  test("removes eXIf and text chunks from a PNG, keeping the others whole", () => {
    const stripped = stripImageMetadata(pngWithText(), "image/png");
    expect(text(stripped)).not.toContain("GPS");
    expect(text(stripped)).not.toContain("Maebashi");
    expect(text(stripped)).toContain("IHDR");
    expect(text(stripped)).toContain("IDAT");
    expect(text(stripped).endsWith(`IEND${String.fromCharCode(0xde, 0xad, 0xbe, 0xef)}`)).toBe(true);
  });

  test.each([
    ["a truncated JPEG", jpegWithExif().slice(0, 12), "image/jpeg"],
    ["a JPEG with a lying segment length", Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 1, 2]), "image/jpeg"],
    ["a truncated PNG", pngWithText().slice(0, 30), "image/png"],
  ] as const)("refuses %s", (_case, bytes, type) => {
    expect(() => stripImageMetadata(bytes, type)).toThrow(InvalidImageError);
  });
});
