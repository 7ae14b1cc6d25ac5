import "server-only";
import { PayloadTooLargeError } from "@/lib/domain/errors";

// The one way a route handler reads a request body: as a stream, counting bytes, and stopping at the limit.
// A declared Content-Length over the limit is refused before a byte is read; a chunked body (no length, or a
// lying one) is cancelled as soon as it passes the limit, so the server never holds more than `maxBytes` of it
// (`request.text()` or `arrayBuffer()` would read 300 MiB whole and refuse it afterwards).
export async function readBodyBytes(request: Request, maxBytes: number, message = "The request body is too large."): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new PayloadTooLargeError(message);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(message);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, maxBytes));
}
