// What an uploaded file really is, decided from its bytes: the extension and the browser's MIME type are the
// sender's claims and are never trusted. PDF starts with "%PDF-"; DOCX and XLSX are ZIP packages (OOXML) told
// apart by the parts they contain. Macro-enabled packages are refused by findPackageHazards, which reads the
// package's declared content types and relationships (lib/server/files/office-package inflates them).
export type FileKind = "pdf" | "docx" | "xlsx";

export const FILE_KINDS: Record<FileKind, { mimeType: string; extension: string }> = {
  pdf: { mimeType: "application/pdf", extension: "pdf" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
};

// `method` 0 is stored, 8 deflated; `localHeaderOffset` is where the entry's local header starts.
export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number; method: number; localHeaderOffset: number };

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
    const method = data.getUint16(at + 10, true);
    let compressedSize = data.getUint32(at + 20, true);
    let uncompressedSize = data.getUint32(at + 24, true);
    let localHeaderOffset = data.getUint32(at + 42, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) return null;
    const name = decoder.decode(bytes.subarray(nameStart, extraStart));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // ZIP64 sizes and offset live in the extra field (id 1), each present only when its 32-bit field is saturated.
      for (let e = extraStart; e + 4 <= extraStart + extraLength;) {
        const id = data.getUint16(e, true);
        const length = data.getUint16(e + 2, true);
        if (id === 0x0001) {
          let field = e + 4;
          if (uncompressedSize === 0xffffffff && field + 8 <= e + 4 + length) {
            uncompressedSize = Number(data.getBigUint64(field, true));
            field += 8;
          }
          if (compressedSize === 0xffffffff && field + 8 <= e + 4 + length) {
            compressedSize = Number(data.getBigUint64(field, true));
            field += 8;
          }
          if (localHeaderOffset === 0xffffffff && field + 8 <= e + 4 + length) localHeaderOffset = Number(data.getBigUint64(field, true));
          break;
        }
        e += 4 + length;
      }
    }
    entries.push({ name, compressedSize, uncompressedSize, method, localHeaderOffset });
    at = next;
  }
  return entries;
}

// The kind the bytes claim to be, from the PDF signature or the package's parts. A package is only accepted
// after findPackageHazards found nothing in its content types and relationships.
export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, PDF_MAGIC)) return "pdf";
  const entries = listZipEntries(bytes);
  if (!entries) return null;
  const names = new Set(entries.map((e) => e.name));
  const isWord = names.has("word/document.xml");
  const isExcel = names.has("xl/workbook.xml");
  if (isWord === isExcel) return null;
  if (entries.some((e) => isMacroPartName(e.name))) return null;
  return isWord ? "docx" : "xlsx";
}

// The parts that say what a package holds: its content types and every relationships part.
export const CONTENT_TYPES_PART = "[Content_Types].xml";
export function isPackageDescriptionPart(name: string): boolean {
  return name === CONTENT_TYPES_PART || /(^|\/)_rels\/[^/]*\.rels$/.test(name);
}

// A VBA project or its signature (vbaProject.bin, vbaProjectSignature.bin, Word's vbaData.xml) in any folder.
// Renamed ones are caught by their content type and relationship below: the part name is free.
function isMacroPartName(name: string): boolean {
  return /vbaProject|vbaData\.xml$/i.test(name);
}

// Content types of macros, ActiveX controls and macro-enabled main parts (.xlsm, .xltm, .xlam, .docm, .dotm).
const HAZARDOUS_CONTENT_TYPE =
  /vbaProject|vbaData|macroEnabled|activeX|ms-excel\.(addin|intl\.macrosheet|macrosheet)|ms-word\.(vbaData|keyMapCustomizations)|ms-office\.activeX/i;
// Relationships to macros, ActiveX controls and external workbooks (links that fetch or update from elsewhere).
const HAZARDOUS_RELATIONSHIP =
  /\/(vbaProject|vbaProjectSignature|wordVbaData|activeXControl|activeXControlBinary|externalLink|externalLinkPath|xlExternalLinkPath|xlMacrosheet|xlIntlMacrosheet|keyMapCustomizations)$/i;
// External targets worth refusing whatever their type: a remote template, OLE object or frame is fetched on
// opening (template injection); a hyperlink in a cell or paragraph is only followed when clicked.
const EXTERNAL_ALLOWED_RELATIONSHIP = /\/hyperlink$/i;

export type PackageHazard = "macro_part" | "macro_content_type" | "hazardous_relationship" | "external_target";

// Attribute values in single or double quotes; `[^"]*` ends at the next quote, so every character is scanned once.
const attributeOf = (element: string, name: string) => {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i").exec(element);
  return decodeXmlEntities(match?.[1] ?? match?.[2] ?? "");
};
// An element's start tag up to the next `>`, never across another `<`: linear on a crafted part.
const elementsOf = (xml: string, tag: string) => xml.match(new RegExp(`<(?:[\\w.-]{1,40}:)?${tag}(?=[\\s/>])[^<>]*>`, "gi")) ?? [];

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
// Office reads `vba&#80;roject` as vbaProject: compare what it reads, not how it was spelled.
function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/gi, (whole, entity: string) => {
    if (entity[0] !== "#") return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
    const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// What in a package's description makes it unacceptable: macro parts by name, macro-enabled or ActiveX content
// types in [Content_Types].xml (Default and Override), and relationships to macros, ActiveX controls,
// external workbooks or any external target other than a hyperlink. `relationships` holds the text of every
// `_rels/*.rels` part.
export function findPackageHazards(pkg: {
  names: readonly string[];
  contentTypes: string | null;
  relationships: readonly string[];
}): PackageHazard[] {
  const hazards = new Set<PackageHazard>();
  if (pkg.names.some(isMacroPartName)) hazards.add("macro_part");
  for (const element of elementsOf(pkg.contentTypes ?? "", "(?:Default|Override)")) {
    const type = attributeOf(element, "ContentType");
    if (HAZARDOUS_CONTENT_TYPE.test(type)) hazards.add("macro_content_type");
  }
  for (const part of pkg.relationships) {
    for (const element of elementsOf(part, "Relationship")) {
      const type = attributeOf(element, "Type");
      if (HAZARDOUS_RELATIONSHIP.test(type)) hazards.add("hazardous_relationship");
      const external = /^\s*external\s*$/i.test(attributeOf(element, "TargetMode"));
      if (external && !EXTERNAL_ALLOWED_RELATIONSHIP.test(type)) hazards.add("external_target");
    }
  }
  return [...hazards];
}
