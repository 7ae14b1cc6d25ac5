// The production server's heap bounds (scripts/lib/node-flags.ts): the flags node really applies, and the
// operator's PORTAL_MAX_OLD_SPACE_MB refused with one clear sentence when it is not a sane size.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { readLauncherEnv } from "../../scripts/lib/launcher-env";
import { DEFAULT_MAX_OLD_SPACE_MB, MAX_SEMI_SPACE_MB, readMaxOldSpaceMb, serverNodeFlags } from "../../scripts/lib/node-flags";
import { StartupError } from "../../scripts/lib/startup-error";

// NodeJS.ProcessEnv declares NODE_ENV as always present; these environments hold only what a test sets.
const env = (vars: Record<string, string> = {}) => vars as NodeJS.ProcessEnv;

// V8's heap limit as a node started with `flags` reports it, in MB.
function heapLimitMb(flags: string[]): number {
  const result = spawnSync(process.execPath, [...flags, "-p", "require('node:v8').getHeapStatistics().heap_size_limit"], {
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  return Number(result.stdout.trim()) / 2 ** 20;
}

describe("the server's node flags", () => {
  it("bound V8's heap to the old space plus the young generation", () => {
    const limit = heapLimitMb(serverNodeFlags());
    expect(limit).toBeGreaterThanOrEqual(DEFAULT_MAX_OLD_SPACE_MB);
    // The young generation is three semi-spaces' worth (two semi-spaces and the new large-object space).
    expect(limit).toBeLessThanOrEqual(DEFAULT_MAX_OLD_SPACE_MB + 3 * MAX_SEMI_SPACE_MB);
    expect(heapLimitMb([])).toBeGreaterThan(limit);
  });

  it('are all accepted by node (an unknown V8 flag stops it with "bad option")', () => {
    const result = spawnSync(process.execPath, [...serverNodeFlags(), "-e", "0"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("follow PORTAL_MAX_OLD_SPACE_MB", () => {
    expect(readMaxOldSpaceMb(env())).toBe(DEFAULT_MAX_OLD_SPACE_MB);
    expect(readMaxOldSpaceMb(env({ PORTAL_MAX_OLD_SPACE_MB: " 512 " }))).toBe(512);
    expect(heapLimitMb(serverNodeFlags(512))).toBeGreaterThanOrEqual(512);
    expect(readLauncherEnv(env({ PORTAL_MAX_OLD_SPACE_MB: "1024" })).PORTAL_MAX_OLD_SPACE_MB).toBe(1024);
    expect(readLauncherEnv(env()).PORTAL_MAX_OLD_SPACE_MB).toBe(DEFAULT_MAX_OLD_SPACE_MB);
  });

  it.each([
    ["128", /PORTAL_MAX_OLD_SPACE_MB must be at least 256/],
    ["1.5", /PORTAL_MAX_OLD_SPACE_MB must be a whole number/],
    ["lots", /PORTAL_MAX_OLD_SPACE_MB/],
  ])("refuse PORTAL_MAX_OLD_SPACE_MB=%s with one sentence", (value, message) => {
    expect(() => readMaxOldSpaceMb(env({ PORTAL_MAX_OLD_SPACE_MB: value }))).toThrow(StartupError);
    expect(() => readMaxOldSpaceMb(env({ PORTAL_MAX_OLD_SPACE_MB: value }))).toThrow(message);
    expect(() => readLauncherEnv(env({ PORTAL_MAX_OLD_SPACE_MB: value }))).toThrow(message);
  });
});
