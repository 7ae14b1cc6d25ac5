import "server-only";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { LocalDiskStorage } from "./local-disk";
import { S3Storage } from "./s3";

// Where uploaded files live: never under public/, always under a random key (the user's file name is only
// metadata in the database). Local disk by default; S3-compatible object storage when configured.
export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  // Throws NotFoundError when nothing is stored under the key.
  get(key: string): Promise<Uint8Array>;
  // Deleting a missing key is not an error.
  delete(key: string): Promise<void>;
}

const S3_VARIABLES = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
export const DEFAULT_UPLOAD_DIR = ".data/uploads";

// Read on every call (cheap) so that tests and the launcher can point it elsewhere.
export function getFileStorage(env: Record<string, string | undefined> = process.env): FileStorage {
  const present = S3_VARIABLES.filter((name) => env[name]);
  if (present.length === S3_VARIABLES.length) {
    return new S3Storage({
      endpoint: env.S3_ENDPOINT!,
      bucket: env.S3_BUCKET!,
      region: env.S3_REGION || "us-east-1",
      accessKeyId: env.S3_ACCESS_KEY_ID!,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    });
  }
  if (present.length) {
    // Half a configuration would silently store files on the local disk of one server: say so instead.
    const missing = S3_VARIABLES.filter((name) => !env[name]);
    throw new Error(`S3 storage is partly configured: set ${missing.join(", ")} as well, or unset ${present.join(", ")}.`);
  }
  // Not traced into the build: uploads are data written at run time, never part of the server bundle.
  return new LocalDiskStorage(path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.PORTAL_UPLOAD_DIR || DEFAULT_UPLOAD_DIR));
}

// 128 random bits, fanned out over 256 folders.
export function newStorageKey(): string {
  const id = randomBytes(16).toString("hex");
  return `${id.slice(0, 2)}/${id}`;
}
