import { describe, expect, it } from "vitest";
import { EMPTY_PAYLOAD_HASH, sha256Hex, signRequest, toAmzDate, uriEncode } from "./sigv4";
import { S3Storage } from "./s3";

// The worked examples of "Signature Calculations for the Authorization Header: Transferring Payload in a
// Single Chunk (AWS Signature Version 4)", Amazon S3 API Reference.
const credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const options = { region: "us-east-1", now: new Date("2013-05-24T00:00:00Z") };

describe("signRequest (AWS documentation examples)", () => {
  it("GET Object with a Range header", () => {
    const signed = signRequest(
      {
        method: "GET",
        url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"),
        headers: { Range: "bytes=0-9" },
        payloadHash: EMPTY_PAYLOAD_HASH,
      },
      credentials,
      options,
    );
    expect(signed.canonicalRequest).toBe(
      [
        "GET",
        "/test.txt",
        "",
        "host:examplebucket.s3.amazonaws.com",
        "range:bytes=0-9",
        `x-amz-content-sha256:${EMPTY_PAYLOAD_HASH}`,
        "x-amz-date:20130524T000000Z",
        "",
        "host;range;x-amz-content-sha256;x-amz-date",
        EMPTY_PAYLOAD_HASH,
      ].join("\n"),
    );
    expect(signed.stringToSign).toBe(
      "AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972",
    );
    expect(signed.headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("PUT Object with a payload and a key needing encoding", () => {
    const body = new TextEncoder().encode("Welcome to Amazon S3.");
    expect(sha256Hex(body)).toBe("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    const signed = signRequest(
      {
        method: "PUT",
        url: new URL("https://examplebucket.s3.amazonaws.com/test$file.text"),
        headers: { Date: "Fri, 24 May 2013 00:00:00 GMT", "x-amz-storage-class": "REDUCED_REDUNDANCY" },
        payloadHash: sha256Hex(body),
      },
      credentials,
      options,
    );
    expect(signed.canonicalRequest.split("\n").slice(0, 2)).toEqual(["PUT", "/test%24file.text"]);
    expect(signed.signature).toBe("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
  });

  it("GET Bucket (list objects) with a query string, sorted", () => {
    const signed = signRequest(
      { method: "GET", url: new URL("https://examplebucket.s3.amazonaws.com/?prefix=J&max-keys=2"), payloadHash: EMPTY_PAYLOAD_HASH },
      credentials,
      options,
    );
    expect(signed.canonicalRequest.split("\n")[2]).toBe("max-keys=2&prefix=J");
    expect(signed.signature).toBe("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
  });

  it("GET Bucket lifecycle (a query parameter without a value)", () => {
    const signed = signRequest(
      { method: "GET", url: new URL("https://examplebucket.s3.amazonaws.com/?lifecycle"), payloadHash: EMPTY_PAYLOAD_HASH },
      credentials,
      options,
    );
    expect(signed.signature).toBe("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");
  });
});

describe("uriEncode and toAmzDate", () => {
  it.each([
    ["a b", false, "a%20b"],
    ["a+b=c&d", false, "a%2Bb%3Dc%26d"],
    ["!'()*", false, "%21%27%28%29%2A"],
    ["A-z_0.9~", false, "A-z_0.9~"],
    ["kế/hoạch", true, "k%E1%BA%BF/ho%E1%BA%A1ch"],
    ["a/b", false, "a%2Fb"],
  ])("%j (path: %s) → %s", (input, isPath, expected) => {
    expect(uriEncode(input, isPath)).toBe(expected);
  });

  it("formats the request time", () => {
    expect(toAmzDate(new Date("2026-02-28T23:59:07.123Z"))).toBe("20260228T235907Z");
  });
});

describe("S3Storage", () => {
  const config = {
    endpoint: "https://s3.example.vn/",
    bucket: "ngvh-files",
    region: "ap-southeast-1",
    accessKeyId: "AKID",
    secretAccessKey: "secret",
  };

  it("sends a signed path-style PutObject with the body's hash", async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: URL, init: RequestInit) => {
      calls.push({ url: url.toString(), init });
      return new Response(null, { status: 200 });
    }) as unknown as typeof fetch;
    const storage = new S3Storage(config, fakeFetch, () => new Date("2026-01-02T03:04:05Z"));
    const bytes = new TextEncoder().encode("%PDF-1.4");
    await storage.put("ab/ab12", bytes, "application/pdf");
    expect(calls).toHaveLength(1);
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(calls[0]!.url).toBe("https://s3.example.vn/ngvh-files/ab/ab12");
    expect(calls[0]!.init.method).toBe("PUT");
    expect(headers["x-amz-content-sha256"]).toBe(sha256Hex(bytes));
    expect(headers["x-amz-date"]).toBe("20260102T030405Z");
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/20260102\/ap-southeast-1\/s3\/aws4_request,SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,Signature=[0-9a-f]{64}$/,
    );
    expect(headers.host).toBeUndefined();
  });

  it("maps a missing object to NotFoundError and tolerates deleting one", async () => {
    const fakeFetch = (async () => new Response("<Error><Code>NoSuchKey</Code></Error>", { status: 404 })) as unknown as typeof fetch;
    const storage = new S3Storage(config, fakeFetch);
    await expect(storage.get("ab/missing")).rejects.toMatchObject({ code: "not_found" });
    await expect(storage.delete("ab/missing")).resolves.toBeUndefined();
  });

  it("reports other failures with the status", async () => {
    const fakeFetch = (async () =>
      new Response("<Error><Code>SignatureDoesNotMatch</Code></Error>", { status: 403 })) as unknown as typeof fetch;
    await expect(new S3Storage(config, fakeFetch).put("ab/x", new Uint8Array([1]), "application/pdf")).rejects.toThrow(
      /HTTP 403.*SignatureDoesNotMatch/,
    );
  });
});
