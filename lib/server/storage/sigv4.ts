import "server-only";
import { createHash, createHmac } from "node:crypto";

// AWS Signature Version 4 for header-signed requests, enough for S3-compatible object storage (PutObject,
// GetObject, DeleteObject) without an SDK. Reference: "Signature Calculations for the Authorization Header"
// in the Amazon S3 API Reference; tested against its worked examples.
export type SigningCredentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

export type SignableRequest = {
  method: string;
  url: URL;
  // Extra headers to sign and send (e.g. content-type); host, x-amz-date and x-amz-content-sha256 are added.
  headers?: Record<string, string>;
  // Hex SHA-256 of the body (S3 signs the payload); EMPTY_PAYLOAD_HASH for requests without one.
  payloadHash: string;
};

export const EMPTY_PAYLOAD_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

// RFC 3986 encoding as S3 wants it: everything but A–Z a–z 0–9 - _ . ~ is percent-encoded (upper-case hex);
// "/" is kept in paths and encoded in query values.
export function uriEncode(text: string, isPath = false): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c) || (isPath && c === "/")) out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function canonicalPath(url: URL): string {
  const segments = url.pathname.split("/").map((segment) => {
    try {
      return uriEncode(decodeURIComponent(segment));
    } catch {
      return uriEncode(segment);
    }
  });
  return segments.join("/") || "/";
}

function canonicalQuery(url: URL): string {
  return [...url.searchParams]
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
}

export function toAmzDate(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export type SignedRequest = { headers: Record<string, string>; canonicalRequest: string; stringToSign: string; signature: string };

export function signRequest(
  request: SignableRequest,
  credentials: SigningCredentials,
  options: { region: string; service?: string; now: Date },
): SignedRequest {
  const service = options.service ?? "s3";
  const amzDate = toAmzDate(options.now);
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  headers.host = request.url.host;
  headers["x-amz-date"] = amzDate;
  headers["x-amz-content-sha256"] = request.payloadHash;
  if (credentials.sessionToken) headers["x-amz-security-token"] = credentials.sessionToken;

  const names = Object.keys(headers).sort();
  const canonicalHeaders = names.map((name) => `${name}:${headers[name]!.trim().replace(/\s+/g, " ")}\n`).join("");
  const signedHeaders = names.join(";");
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalPath(request.url),
    canonicalQuery(request.url),
    canonicalHeaders,
    signedHeaders,
    request.payloadHash,
  ].join("\n");
  const scope = `${day}/${options.region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), options.region), service), "aws4_request");
  const signature = createHmac("sha256", signingKey).update(stringToSign, "utf8").digest("hex");
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign, signature };
}
