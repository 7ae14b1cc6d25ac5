// One record per real activity: before a new activity is created, the register proposes the existing ones that
// are probably the same event, so the user joins one of them instead. Likely duplicate = same country AND
// overlapping dates AND similar titles, compared without Vietnamese diacritics.
import { foldText } from "./spreadsheet-columns";

export type DuplicateProbe = { titleVi: string; countryCode: string; startDate: Date; endDate: Date };
export type DuplicateCandidate = DuplicateProbe & { id: string };

// Titles at least this similar (Dice coefficient over character bigrams of the folded titles) are "similar".
export const TITLE_SIMILARITY_THRESHOLD = 0.6;

// The folded form stored in Activity.titleKey: lower case, no diacritics (đ → d), single spaces.
export function titleKeyOf(title: string): string {
  return foldText(title);
}

function bigrams(text: string): Map<string, number> {
  const compact = text.replace(/ /g, "");
  const counts = new Map<string, number>();
  for (let i = 0; i < compact.length - 1; i += 1) {
    const pair = compact.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

export function titleSimilarity(a: string, b: string): number {
  const ka = titleKeyOf(a);
  const kb = titleKeyOf(b);
  if (ka === kb) return 1;
  // One title inside the other ("Tuần Văn hóa Việt Nam" / "Tuần Văn hóa Việt Nam tại Nhật Bản 2026").
  if (ka.length >= 8 && kb.length >= 8 && (ka.includes(kb) || kb.includes(ka))) return 1;
  const ba = bigrams(ka);
  const bb = bigrams(kb);
  let total = 0;
  for (const n of ba.values()) total += n;
  for (const n of bb.values()) total += n;
  if (total === 0) return 0;
  let shared = 0;
  for (const [pair, n] of ba) shared += Math.min(n, bb.get(pair) ?? 0);
  return (2 * shared) / total;
}

export function datesOverlap(a: { startDate: Date; endDate: Date }, b: { startDate: Date; endDate: Date }): boolean {
  return a.startDate.getTime() <= b.endDate.getTime() && b.startDate.getTime() <= a.endDate.getTime();
}

export function isLikelyDuplicate(probe: DuplicateProbe, candidate: DuplicateProbe): boolean {
  return (
    probe.countryCode.toUpperCase() === candidate.countryCode.toUpperCase() &&
    datesOverlap(probe, candidate) &&
    titleSimilarity(probe.titleVi, candidate.titleVi) >= TITLE_SIMILARITY_THRESHOLD
  );
}

// The likely duplicates among candidates, most similar title first.
export function findLikelyDuplicates<C extends DuplicateCandidate>(probe: DuplicateProbe, candidates: readonly C[]): C[] {
  return candidates
    .filter((c) => isLikelyDuplicate(probe, c))
    .map((c) => ({ c, score: titleSimilarity(probe.titleVi, c.titleVi) }))
    .sort((x, y) => y.score - x.score)
    .map((x) => x.c);
}
