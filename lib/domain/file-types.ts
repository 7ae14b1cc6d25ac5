// What an uploaded file really is, decided from its bytes: the extension and the browser's MIME type are the
// sender's claims and are never trusted. PDF starts with "%PDF-"; DOCX and XLSX are ZIP packages (OOXML) told
// apart by the parts they contain. Macro-enabled packages (a vbaProject.bin part) are refused.
export type FileKind = "pdf" | "docx" | "xlsx";

export const FILE_KINDS: Record<FileKind, { mimeType: string; extension: string }> = {
  pdf: { mimeType: "application/pdf", extension: "pdf" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
};

export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP_END = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
// Far more parts than any real document has; a guard against crafted directories.
const MAX_ZIP_ENTRIES = 20_000;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function view(bytes: Uint8Array) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const data = view(bytes);
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the archive.
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (data.getUint32(at, true) === ZIP_END) return at;
  }
  return -1;
}

// The names and sizes of a ZIP archive's entries, read from its central directory; null when the bytes are
// not a well-formed ZIP archive.
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.length < 30 || view(bytes).getUint32(0, true) !== ZIP_LOCAL_HEADER) return null;
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) return null;
  const data = view(bytes);
  let count = data.getUint16(end + 10, true);
  let size = data.getUint32(end + 12, true);
  let offset = data.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || data.getUint32(locator, true) !== ZIP64_END_LOCATOR) return null;
    const record = Number(data.getBigUint64(locator + 8, true));
    if (record < 0 || record + 56 > bytes.length || data.getUint32(record, true) !== ZIP64_END) return null;
    count = Number(data.getBigUint64(record + 32, true));
    size = Number(data.getBigUint64(record + 40, true));
    offset = Number(data.getBigUint64(record + 48, true));
  }
  if (count > MAX_ZIP_ENTRIES || offset + size > bytes.length) return null;
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== ZIP_CENTRAL_HEADER) return null;
    let compressedSize = data.getUint32(at + 20, true);
    let uncompressedSize = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) return null;
    const name = decoder.decode(bytes.subarray(nameStart, extraStart));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      // ZIP64 sizes live in the extra field (id 1), each present only when its 32-bit field is saturated.
      for (let e = extraStart; e + 4 <= extraStart + extraLength; ) {
        const id = data.getUint16(e, true);
        const length = data.getUint16(e + 2, true);
        if (id === 0x0001) {
          let field = e + 4;
          if (uncompressedSize === 0xffffffff && field + 8 <= e + 4 + length) {
            uncompressedSize = Number(data.getBigUint64(field, true));
            field += 8;
          }
          if (compressedSize === 0xffffffff && field + 8 <= e + 4 + length) compressedSize = Number(data.getBigUint64(field, true));
          break;
        }
        e += 4 + length;
      }
    }
    entries.push({ name, compressedSize, uncompressedSize });
    at = next;
  }
  return entries;
}

export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, PDF_MAGIC)) return "pdf";
  const entries = listZipEntries(bytes);
  if (!entries) return null;
  const names = new Set(entries.map((e) => e.name));
  const isWord = names.has("word/document.xml");
  const isExcel = names.has("xl/workbook.xml");
  if (isWord === isExcel) return null;
  if (isWord) return names.has("word/vbaProject.bin") ? null : "docx";
  return names.has("xl/vbaProject.bin") ? null : "xlsx";
}
