// Stored text is rendered as text: a title or an evidence link typed by a user cannot become markup or script.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EvidenceText } from "@/components/reports/report-content";
import { DataTable } from "@/components/ui/table";
import { PageHeading } from "@/components/ui/page-heading";
import { FUZZ_TIMEOUT_MS, fuzzRuns, hostileString } from "../factories/hostile";

const PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  "</h1><iframe src=javascript:alert(1)>",
];

// The tags and attribute names of a markup, values blanked: user text must not add or change any.
const structure = (html: string) => (html.match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/="[^"]*"/g, '=""'));
const expectSameStructure = (render: (text: string) => string, text: string) =>
  expect(structure(render(text))).toEqual(structure(render("x")));

const unescape = (html: string) =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

describe("user text in rendered markup", () => {
  const heading = (title: string) => renderToStaticMarkup(createElement(PageHeading, { title, eyebrow: title }));
  // DataTable's props type requires `children`, which createElement's third argument does not satisfy.
  // eslint-disable-next-line react/no-children-prop -- the props object is the only way to pass it here
  const table = (caption: string) => renderToStaticMarkup(createElement(DataTable, { caption, children: null }));

  it.each(PAYLOADS)("escapes %s in a plan title heading and a table caption", (title) => {
    expectSameStructure(heading, title);
    expectSameStructure(table, title);
    expect(heading(title)).toContain("&lt;");
    expect(unescape(/<h1[^>]*>(.*)<\/h1>/s.exec(heading(title))![1]!)).toBe(title);
    expect(unescape(/aria-label="([^"]*)"/.exec(table(title))![1]!)).toBe(title);
  });

  it(
    "shows any title as exactly that text",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.constantFrom(...PAYLOADS),
            hostileString.filter((s) => s.length > 0 && s.length < 10_000),
          ),
          (title) => {
            expectSameStructure(heading, title);
            expect(unescape(/<h1[^>]*>(.*)<\/h1>/s.exec(heading(title))![1]!)).toBe(title);
          },
        ),
        { numRuns: fuzzRuns(200) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it("links evidence only when it is an http(s) address, never a javascript: one", () => {
    const evidence = (text: string) => renderToStaticMarkup(createElement(EvidenceText, { evidence: text }));
    expect(structure(evidence('https://example.vn/a"><script>alert(1)</script>'))).toEqual(structure(evidence("https://example.vn/a")));
    for (const text of ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]) {
      expect(evidence(text)).not.toContain("href");
      expect(structure(evidence(text))).toEqual(structure(evidence("plain text")));
    }
  });
});

describe("raw HTML sinks", () => {
  // Files that may set raw HTML, each with the reason it is safe. None today.
  const ALLOWED: string[] = [];
  const root = path.resolve(__dirname, "../..");
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return sources(full);
      return /\.(tsx?|mjs)$/.test(entry) ? [full] : [];
    });

  it("no component or page sets raw HTML (dangerouslySetInnerHTML, innerHTML, document.write)", () => {
    const offenders = ["app", "components", "lib"]
      .flatMap((dir) => sources(path.join(root, dir)))
      .filter((file) => /dangerouslySetInnerHTML|\.(inner|outer)HTML\s*=|document\.write\(/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(offenders.filter((file) => !ALLOWED.includes(file))).toEqual([]);
  });
});
