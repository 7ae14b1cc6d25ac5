import { describe, expect, it } from "vitest";
import { BANNED_TERMS, GLOSSARY, objectiveLabel, taskGroupLabel, type Term } from "./glossary";
import { catalogues } from "./messages";

type Entry = { key: string; text: string };

function entriesOf(tree: unknown, prefix = ""): Entry[] {
  if (typeof tree === "string") return [{ key: prefix, text: tree.normalize("NFC") }];
  if (!tree || typeof tree !== "object") return [];
  return Object.entries(tree).flatMap(([key, value]) => entriesOf(value, prefix ? `${prefix}.${key}` : key));
}

const vi = entriesOf(catalogues.vi);
const en = entriesOf(catalogues.en);
const byKey = (entries: Entry[]) => new Map(entries.map((entry) => [entry.key, entry.text]));

// Whole-word, case-insensitive match that treats Vietnamese letters as word characters.
function containsWord(text: string, word: string): boolean {
  const haystack = text.toLocaleLowerCase("vi");
  const needle = word.toLocaleLowerCase("vi");
  let from = haystack.indexOf(needle);
  while (from !== -1) {
    const before = haystack[from - 1] ?? " ";
    const after = haystack[from + needle.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = haystack.indexOf(needle, from + 1);
  }
  return false;
}

function offending(entries: Entry[], test: (text: string) => boolean): string[] {
  return entries.filter((entry) => test(entry.text)).map((entry) => `${entry.key}: ${entry.text}`);
}

describe("the glossary is used by every catalogue", () => {
  it("has the catalogues to check", () => {
    expect(vi.length).toBeGreaterThan(500);
    expect(en.length).toBe(vi.length);
  });

  describe.each(BANNED_TERMS.map((banned) => ({ name: banned.vi ?? banned.en ?? String(banned.pattern), ...banned })))(
    "banned: $name",
    (banned) => {
      it("appears in no Vietnamese string", () => {
        const found = offending(
          vi,
          (text) =>
            (banned.vi !== undefined && containsWord(text, banned.vi)) || (banned.pattern !== undefined && banned.pattern.test(text)),
        );
        expect(found).toEqual([]);
      });
      it("appears in no English string", () => {
        const found = offending(
          en,
          (text) =>
            (banned.en !== undefined && containsWord(text, banned.en)) || (banned.pattern !== undefined && banned.pattern.test(text)),
        );
        expect(found).toEqual([]);
      });
    },
  );

  const terms = Object.entries(GLOSSARY as Record<string, Term>);

  it.each(terms.filter(([, term]) => term.misspellingsVi?.length))("%s: no other spelling of the term", (_id, term) => {
    for (const misspelling of term.misspellingsVi ?? []) {
      expect(offending(vi, (text) => containsWord(text, misspelling))).toEqual([]);
    }
  });

  it.each(terms.filter(([, term]) => term.keys?.length))("%s: the bound keys read exactly as the term", (_id, term) => {
    const viByKey = byKey(vi);
    const enByKey = byKey(en);
    for (const key of term.keys ?? []) {
      expect({ key, text: viByKey.get(key) }).toEqual({ key, text: term.vi });
      expect({ key, text: enByKey.get(key) }).toEqual({ key, text: term.en });
    }
  });
});

describe("objective and task-group labels", () => {
  it.each([
    ["SO1", "vi", "Mục tiêu cụ thể 1"],
    ["SO5", "en", "Specific objective 5"],
    ["GO", "vi", "Mục tiêu tổng quát"],
    ["X9", "vi", "X9"],
  ] as const)("%s (%s) → %s", (code, locale, expected) => {
    expect(objectiveLabel(code, locale)).toBe(expected);
  });

  it.each([
    ["TG1", "Thúc đẩy", "vi", "Nhóm nhiệm vụ 1 (Thúc đẩy)"],
    ["TG4", null, "vi", "Nhóm nhiệm vụ 4"],
    ["TG2", "Integrate", "en", "Task group 2 (Integrate)"],
  ] as const)("%s → %s", (code, verb, locale, expected) => {
    expect(taskGroupLabel(code, verb, locale)).toBe(expected);
  });
});
