import "server-only";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { isS3Configured, readStorageEnv, type StorageEnv } from "../env";
import type { FileStorage } from "./file-storage";
import { LocalDiskStorage } from "./local-disk";
import { S3Storage } from "./s3";

// Where uploaded files live: never under public/, always under a random key (the user's file name is only
// metadata in the database). Local disk by default; S3-compatible object storage when all four S3_* variables
// are set (lib/server/env.ts refuses half a configuration at start-up). Read on every call (cheap) so that tests
// and the launcher can point it elsewhere.
export function getFileStorage(env: StorageEnv = readStorageEnv()): FileStorage {
  if (isS3Configured(env)) {
    return new S3Storage({
      endpoint: env.S3_ENDPOINT,
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    });
  }
  // Not traced into the build: uploads are data written at run time, never part of the server bundle.
  return new LocalDiskStorage(path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.PORTAL_UPLOAD_DIR));
}

// 128 random bits, fanned out over 256 folders.
export function newStorageKey(): string {
  const id = randomBytes(16).toString("hex");
  return `${id.slice(0, 2)}/${id}`;
}
