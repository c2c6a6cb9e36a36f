import "server-only";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** Where uploaded files live. Local disk now; an object store can implement the same two calls. */
export interface UploadStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
}

const SAFE_KEY = /^[a-z0-9]{16,128}\.(jpg|png)$/;

/** Files under `.data/uploads` (or UPLOAD_DIR). Keys are generated, never taken from a request. */
export function localUploadStorage(root = process.env.UPLOAD_DIR ?? path.resolve(process.cwd(), ".data", "uploads")): UploadStorage {
  const fileFor = (key: string) => {
    if (!SAFE_KEY.test(key)) throw new Error(`Unsafe upload key: ${key}`);
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: "wx" });
    },
    async get(key) {
      if (!SAFE_KEY.test(key)) return null;
      try {
        return new Uint8Array(await readFile(fileFor(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}
