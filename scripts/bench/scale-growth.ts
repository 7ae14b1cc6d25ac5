// How cost grows with the data (issue 16): each run keeps its scale's headline figures in
// bench/results/scale-<scale>.json, and every run prints them side by side for national, ×10 and ×30 (the
// scales not yet run show "not run"). The figures of different runs come from different moments of a shared
// machine: each file records when it was measured, and /api/health's requests/s of the same run.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type ScaleFigures = {
  at: string;
  scale: string;
  // The summary's statements from scratch, all in parallel as a cold summary runs them (the SQL floor), p50.
  coldSummaryMs: number;
  // A task completed through the API → the first summary that counts it.
  writeVisibleMs: { p50: number; max: number };
  overviewRps: number;
  overviewHtmlKb: number | null;
  healthRps: number;
};

const SCALE_ORDER = ["national", "x10", "x30"];

function fileFor(resultsDir: string, scale: string): string {
  return path.join(resultsDir, `scale-${scale}.json`);
}

export function writeScaleResult(resultsDir: string, figures: ScaleFigures): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(fileFor(resultsDir, figures.scale), `${JSON.stringify(figures, null, 2)}\n`);
}

export function printScaleGrowth(resultsDir: string): string {
  const rows = SCALE_ORDER.map((scale) => {
    const file = fileFor(resultsDir, scale);
    if (!existsSync(file)) return `| ${scale} | not run | | | | | |`;
    const f = JSON.parse(readFileSync(file, "utf8")) as ScaleFigures;
    return `| ${scale} | ${f.coldSummaryMs.toFixed(0)} ms | ${f.writeVisibleMs.p50.toFixed(0)} ms (max ${f.writeVisibleMs.max.toFixed(0)}) | ${f.overviewRps.toFixed(1)} req/s | ${f.overviewHtmlKb === null ? "–" : `${f.overviewHtmlKb.toFixed(0)} KB`} | ${f.healthRps.toFixed(0)} req/s | ${f.at.slice(0, 16)} |`;
  });
  return [
    "| scale | summary, cold (SQL floor p50) | a write → first summary showing it, p50 | overview page, 50 connections | overview HTML | `/api/health`, same run | measured at (UTC) |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}
