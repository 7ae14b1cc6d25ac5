import { describe, expect, it } from "vitest";
import { bodyLimitRefusal, SERVER_ACTION_BODY_LIMIT_BYTES } from "./body-limits";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("bodyLimitRefusal", () => {
  it("lets a form of any size up to the limit through, and every GET", () => {
    expect(bodyLimitRefusal("POST", headers({ "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(bodyLimitRefusal("POST", headers({ "content-length": "0" }))).toBeNull();
    expect(bodyLimitRefusal("POST", headers({}))).toBeNull();
    expect(bodyLimitRefusal("GET", headers({ "transfer-encoding": "chunked" }))).toBeNull();
  });

  it("answers 413 to a declared 26 MiB body and 411 to a streamed one without a length", () => {
    expect(bodyLimitRefusal("POST", headers({ "content-length": String(26 * 1024 * 1024) }))).toBe(413);
    expect(bodyLimitRefusal("POST", headers({ "content-length": "a lot" }))).toBe(413);
    expect(bodyLimitRefusal("POST", headers({ "transfer-encoding": "chunked" }))).toBe(411);
  });
});
