import { describe, expect, it } from "vitest";
import { getFileStorage } from "./storage";
import { isS3Configured, readStorageEnv } from "./env";

const S3 = {
  S3_ENDPOINT: "https://s3.example.vn",
  S3_BUCKET: "ngvh-attachments",
  S3_ACCESS_KEY_ID: "AKIDEXAMPLE",
  S3_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};

describe("storage configuration", () => {
  it("uses the local disk without S3 variables", () => {
    const env = readStorageEnv({});
    expect(isS3Configured(env)).toBe(false);
    expect(env.PORTAL_UPLOAD_DIR).toBe(".data/uploads");
    expect(getFileStorage(env).constructor.name).toBe("LocalDiskStorage");
  });

  it("uses S3 when all four variables are set, in us-east-1 unless told", () => {
    const env = readStorageEnv(S3);
    expect(isS3Configured(env)).toBe(true);
    expect(env.S3_REGION).toBe("us-east-1");
    expect(getFileStorage(env).constructor.name).toBe("S3Storage");
  });

  it("refuses half a configuration, naming what is missing", () => {
    expect(() => readStorageEnv({ S3_ENDPOINT: S3.S3_ENDPOINT, S3_BUCKET: S3.S3_BUCKET })).toThrow(
      /S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY as well/,
    );
  });

  it("refuses an endpoint that is not a URL", () => {
    expect(() => readStorageEnv({ ...S3, S3_ENDPOINT: "s3.example.vn" })).toThrow(/S3_ENDPOINT/);
  });

  it("treats empty variables as unset", () => {
    expect(isS3Configured(readStorageEnv({ S3_ENDPOINT: "", S3_BUCKET: "", S3_ACCESS_KEY_ID: "", S3_SECRET_ACCESS_KEY: "" }))).toBe(false);
    expect(() => readStorageEnv({ ...S3, S3_BUCKET: "" })).toThrow(/set S3_BUCKET as well/);
  });
});
