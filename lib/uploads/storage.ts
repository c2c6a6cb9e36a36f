import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { setting } from "../env";

/**
 * Where uploaded files live, photos and evidence alike. Local disk now; an object store can
 * implement the same two calls.
 */
export interface UploadStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
}

// Keys are generated here, never taken from a request; anything else is refused before touching the disk.
const PHOTO_KEY = /^[a-z0-9]{16,128}\.(jpg|png)$/;
const EVIDENCE_KEY = /^evidence\/[0-9a-f]{2}\/[0-9a-f]{64}-[0-9a-f-]{36}$/;

/** Photos are public (app/uploads/[key]); evidence is served only through app/evidence/[id], which checks who may see it. */
export const isPhotoKey = (key: string) => PHOTO_KEY.test(key);
export const isEvidenceKey = (key: string) => EVIDENCE_KEY.test(key);

export const newPhotoKey = (ext: "jpg" | "png") => `${randomBytes(16).toString("hex")}.${ext}`;
export const newEvidenceKey = (sha256: string) => `evidence/${sha256.slice(0, 2)}/${sha256}-${randomUUID()}`;

/** Files under `.data/uploads` (or UPLOAD_DIR). */
export function localUploadStorage(root = setting("UPLOAD_DIR") ?? path.resolve(/* turbopackIgnore: true */ process.cwd(), ".data", "uploads")): UploadStorage {
  const fileFor = (key: string) => {
    // Runtime data, not part of the build: keep Turbopack from tracing the whole project.
    if (isPhotoKey(key)) return path.join(/* turbopackIgnore: true */ root, key.slice(0, 2), key);
    if (isEvidenceKey(key)) return path.join(/* turbopackIgnore: true */ root, key);
    throw new Error(`Unsafe upload key: ${key}`);
  };
  return {
    async put(key, bytes) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: "wx" });
    },
    async get(key) {
      if (!isPhotoKey(key) && !isEvidenceKey(key)) return null;
      try {
        return new Uint8Array(await readFile(fileFor(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}
