import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import type { FileStorage } from "./file-storage";
import { EMPTY_PAYLOAD_HASH, sha256Hex, signRequest, uriEncode } from "./sigv4";

export type S3Config = {
  endpoint: string; // e.g. https://s3.example.vn or http://127.0.0.1:9000
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

// S3-compatible object storage (AWS S3, MinIO, Ceph, …) over fetch with path-style URLs
// (endpoint/bucket/key), which every compatible server understands.
export class S3Storage implements FileStorage {
  constructor(
    private readonly config: S3Config,
    private readonly send: typeof fetch = fetch,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  objectUrl(key: string): URL {
    const base = this.config.endpoint.replace(/\/+$/, "");
    return new URL(`${base}/${uriEncode(this.config.bucket)}/${uriEncode(key, true)}`);
  }

  private async request(method: "PUT" | "GET" | "DELETE", key: string, body?: Uint8Array, contentType?: string): Promise<Response> {
    const url = this.objectUrl(key);
    const { headers } = signRequest(
      {
        method,
        url,
        headers: contentType ? { "content-type": contentType } : {},
        payloadHash: body ? sha256Hex(body) : EMPTY_PAYLOAD_HASH,
      },
      { accessKeyId: this.config.accessKeyId, secretAccessKey: this.config.secretAccessKey },
      { region: this.config.region, now: this.clock() },
    );
    // fetch derives Host from the URL itself and refuses to have it set.
    delete headers.host;
    return this.send(url, { method, headers, body: body ? new Blob([body as Uint8Array<ArrayBuffer>]) : undefined, cache: "no-store" });
  }

  private async fail(response: Response, action: string): Promise<never> {
    const detail = (await response.text().catch(() => "")).slice(0, 300);
    throw new Error(`Object storage ${action} failed: HTTP ${response.status} ${detail}`);
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const response = await this.request("PUT", key, bytes, contentType);
    if (!response.ok) await this.fail(response, "PutObject");
  }

  async get(key: string): Promise<Uint8Array> {
    const response = await this.request("GET", key);
    if (response.status === 404) throw new NotFoundError();
    if (!response.ok) await this.fail(response, "GetObject");
    return new Uint8Array(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const response = await this.request("DELETE", key);
    if (!response.ok && response.status !== 404) await this.fail(response, "DeleteObject");
  }
}
