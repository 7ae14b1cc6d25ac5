import "server-only";
import { createInflateRaw } from "node:zlib";
import { findPackageHazards, isPackageDescriptionPart, listZipEntries, type PackageHazard, type ZipEntry } from "@/lib/domain/file-types";

// Inflating budgets: how much a package may unpack to, per part and in total. The sizes a ZIP directory declares
// are the sender's claims; a bomb declares a few bytes and inflates to gigabytes, so every byte is counted as it
// comes out of the inflater, which is stopped the moment a part passes its declared size or a budget.
export type InflateBudget = { maxEntryBytes: number; maxTotalBytes: number };

export type PackageRefusal = "not_a_package" | "too_large" | PackageHazard;
export type PackageInspection = { ok: true; entries: ZipEntry[] } | { ok: false; reason: PackageRefusal };

// [Content_Types].xml and the .rels parts of a real document are a few kilobytes.
const MAX_DESCRIPTION_PART_BYTES = 1024 * 1024;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

class BudgetExceeded extends Error {}
class MalformedPackage extends Error {}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) throw new MalformedPackage();
  const header = new DataView(bytes.buffer, bytes.byteOffset + at, 30);
  if (header.getUint32(0, true) !== LOCAL_HEADER) throw new MalformedPackage();
  const start = at + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new MalformedPackage();
  return bytes.subarray(start, end);
}

// Inflates one part on the thread pool (the event loop stays free), counting output bytes; stops and throws at
// `limit`. Keeps the output only when asked (the description parts), else only counts it.
function inflateCounted(data: Uint8Array, limit: number, keep: boolean): Promise<{ size: number; bytes: Uint8Array | null }> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    const kept: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      reject(error);
    };
    inflater.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return fail(new BudgetExceeded());
      if (keep) kept.push(chunk);
    });
    inflater.on("error", () => fail(new MalformedPackage()));
    inflater.on("end", () => {
      if (settled) return;
      settled = true;
      resolve({ size, bytes: keep ? Buffer.concat(kept) : null });
    });
    inflater.end(data);
  });
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

// Checks an OOXML package (.xlsx, .docx) before anything else opens it. With `inflateAll`, every part is
// inflated under the budget (for packages a library will unpack next: what it unpacks then is exactly what was
// counted here, as each part must also end at its declared size); otherwise only the description parts are.
// Then refuses macros, ActiveX and external links as read from [Content_Types].xml and the relationships.
export async function inspectOfficePackage(
  bytes: Uint8Array,
  budget: InflateBudget,
  options: { inflateAll: boolean },
): Promise<PackageInspection> {
  const entries = listZipEntries(bytes);
  if (!entries) return { ok: false, reason: "not_a_package" };
  let declaredTotal = 0;
  for (const entry of entries) {
    declaredTotal += entry.uncompressedSize;
    if (entry.uncompressedSize > budget.maxEntryBytes || declaredTotal > budget.maxTotalBytes) return { ok: false, reason: "too_large" };
  }
  let contentTypes: string | null = null;
  const relationships: string[] = [];
  let inflatedTotal = 0;
  try {
    for (const entry of entries) {
      const isDescription = isPackageDescriptionPart(entry.name);
      if (!options.inflateAll && !isDescription) continue;
      if (entry.method !== STORED && entry.method !== DEFLATED) return { ok: false, reason: "not_a_package" };
      const data = entryData(bytes, entry);
      const limit = Math.min(
        entry.uncompressedSize,
        isDescription ? MAX_DESCRIPTION_PART_BYTES : budget.maxEntryBytes,
        budget.maxTotalBytes - inflatedTotal,
      );
      if (isDescription && entry.uncompressedSize > MAX_DESCRIPTION_PART_BYTES) return { ok: false, reason: "too_large" };
      let size: number;
      let content: Uint8Array | null;
      if (entry.method === STORED) {
        if (data.byteLength > limit) throw new BudgetExceeded();
        size = data.byteLength;
        content = isDescription ? data : null;
      } else {
        ({ size, bytes: content } = await inflateCounted(data, limit, isDescription));
      }
      // A part shorter than declared is a directory that lies too; the library reading it next may trust either.
      if (size !== entry.uncompressedSize) return { ok: false, reason: "not_a_package" };
      inflatedTotal += size;
      if (content && entry.name === "[Content_Types].xml") contentTypes = decodeText(content);
      else if (content) relationships.push(decodeText(content));
    }
  } catch (error) {
    if (error instanceof BudgetExceeded) return { ok: false, reason: "too_large" };
    if (error instanceof MalformedPackage) return { ok: false, reason: "not_a_package" };
    throw error;
  }
  const hazards = findPackageHazards({ names: entries.map((e) => e.name), contentTypes, relationships });
  return hazards.length ? { ok: false, reason: hazards[0]! } : { ok: true, entries };
}
