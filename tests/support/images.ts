// Real images for upload tests, made with sharp itself, carrying what a phone's photo carries.
import sharp from "sharp";

/** Strings hidden in the metadata; none of them may survive an upload. */
export const SECRETS = { gps: "GPS-MARKER-MAEBASHI", description: "DESC-MARKER-HOME", xmp: "XMP-MARKER-KUSATSU", second: "SECOND-IMAGE-MARKER" };

const GPS = { GPSLatitudeRef: "N", GPSLatitude: "36/1 23/1 22/1", GPSLongitudeRef: "E", GPSLongitude: "139/1 3/1 39/1", GPSMapDatum: SECRETS.gps };

/**
 * A portrait photo as a phone stores it: pixels width × height landscape with EXIF orientation 6,
 * GPS position, a description, XMP and an ICC profile; then, after the first image's end, a second
 * JPEG with its own GPS, as a phone's MPF secondary image.
 */
export async function phoneJpeg(width = 64, height = 32): Promise<{ bytes: Uint8Array<ArrayBuffer>; firstImageLength: number }> {
  // Top half red, bottom half blue, so the test can tell which way up the result is.
  const first = await sharp({ create: { width, height, channels: 3, background: "#d00" } })
    .composite([{ input: { create: { width, height: height / 2, channels: 3, background: "#00d" } }, top: height / 2, left: 0 }])
    .jpeg()
    .withExif({ IFD0: { ImageDescription: SECRETS.description }, IFD3: GPS })
    .withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>${SECRETS.xmp}</rdf:Description></rdf:RDF></x:xmpmeta>`)
    .withMetadata({ orientation: 6 })
    .toBuffer();
  const second = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#0d0" } })
    .jpeg()
    .withExif({ IFD0: { ImageDescription: SECRETS.second }, IFD3: GPS })
    .toBuffer();
  return { bytes: new Uint8Array(Buffer.concat([first, second])), firstImageLength: first.length };
}

const has = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(needle);
const markerAt = (bytes: Uint8Array, second: number) => [...bytes.keys()].filter((i) => bytes[i] === 0xff && bytes[i + 1] === second);

/**
 * What a stored photo must look like, as one object for a single toEqual. Inside a JPEG's compressed
 * data 0xFF is always followed by 0x00 or a restart marker, so an SOI (FFD8) or EOI (FFD9) found
 * anywhere else is a second image or trailing data.
 */
export async function describeStored(bytes: Uint8Array) {
  const meta = await sharp(bytes).metadata();
  return {
    format: meta.format,
    width: meta.width,
    height: meta.height,
    metadata: { orientation: meta.orientation, exif: meta.exif, icc: meta.icc, xmp: meta.xmp, iptc: meta.iptc, comments: meta.comments },
    startOfImageAt: meta.format === "jpeg" ? markerAt(bytes, 0xd8) : undefined,
    endOfImageAt: meta.format === "jpeg" ? markerAt(bytes, 0xd9) : undefined,
    secretsLeft: Object.values(SECRETS).filter((secret) => has(bytes, secret)),
    exifHeader: has(bytes, "Exif\0\0"),
  };
}

export function expectedClean(width: number, height: number, length: number) {
  return {
    format: "jpeg",
    width,
    height,
    metadata: { orientation: undefined, exif: undefined, icc: undefined, xmp: undefined, iptc: undefined, comments: undefined },
    startOfImageAt: [0],
    endOfImageAt: [length - 2],
    secretsLeft: [],
    exifHeader: false,
  };
}

/** The colours at the middle of the left and right edges: a portrait phoneJpeg turned upright has blue on the left, red on the right. */
export async function sideColours(bytes: Uint8Array): Promise<{ left: string; right: string }> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const colourAt = (x: number) => {
    const at = (Math.floor(info.height / 2) * info.width + x) * info.channels;
    const [r, b] = [data[at]!, data[at + 2]!];
    return r > 150 && b < 100 ? "red" : b > 150 && r < 100 ? "blue" : "other";
  };
  return { left: colourAt(1), right: colourAt(info.width - 2) };
}
