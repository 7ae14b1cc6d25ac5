import "server-only";

// What every storage back end offers (local disk, S3-compatible). In its own module so that the back ends and
// the factory in ./index.ts do not import each other.
export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  // Throws NotFoundError when nothing is stored under the key.
  get(key: string): Promise<Uint8Array>;
  // Deleting a missing key is not an error.
  delete(key: string): Promise<void>;
}
