// File names as people send them (any operating system, any language) turned into names that are safe to
// store, show and send back in a download header. Vietnamese letters are kept; the name never decides where a
// file is stored (storage keys are random).
export const MAX_FILE_NAME_LENGTH = 200;

// Control and format characters (C0, C1, DEL, zero-width and bidirectional overrides that can disguise
// "gpj.exe" as "exe.jpg"), and the line and paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
// Reserved on Windows; also keeps the quoted filename="…" fallback of a download header well-formed.
const RESERVED = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

function splitExtension(name: string): { base: string; extension: string } {
  const match = /^(.+?)(\.[\p{L}\p{N}]{1,10})$/u.exec(name);
  return match ? { base: match[1]!, extension: match[2]! } : { base: name, extension: "" };
}

export function sanitizeFileName(input: string, fallback = "tep-dinh-kem"): string {
  const lastPart = input.normalize("NFC").split(/[\\/]/).pop() ?? "";
  let name = lastPart
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  if (WINDOWS_DEVICE.test(splitExtension(name).base)) name = `_${name}`;
  const characters = Array.from(name);
  if (characters.length > MAX_FILE_NAME_LENGTH) {
    // Cut the base, not the extension, and never inside a surrogate pair.
    const { base: cutBase, extension: keptExtension } = splitExtension(name);
    const room = MAX_FILE_NAME_LENGTH - Array.from(keptExtension).length;
    name = Array.from(cutBase).slice(0, room).join("").trimEnd() + keptExtension;
  }
  return name || fallback;
}

const KNOWN_EXTENSIONS = new Set([
  "pdf",
  "doc",
  "docx",
  "docm",
  "xls",
  "xlsx",
  "xlsm",
  "odt",
  "ods",
  "zip",
  "txt",
  "rtf",
  "htm",
  "html",
  "exe",
]);

// The extension shown to people follows the sniffed content: a PDF sent as "bao-cao.docx" is stored as
// "bao-cao.pdf", so whoever downloads it opens it with the right program.
export function withExtension(name: string, extension: string): string {
  const { base, extension: current } = splitExtension(name);
  const currentLower = current.slice(1).toLowerCase();
  if (currentLower === extension) return `${base}.${extension}`;
  const stem = KNOWN_EXTENSIONS.has(currentLower) ? base : name;
  const room = MAX_FILE_NAME_LENGTH - extension.length - 1;
  return `${Array.from(stem).slice(0, room).join("")}.${extension}`;
}

function asciiFallback(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
}

// RFC 6266 / RFC 8187: a plain ASCII name for old clients and the exact UTF-8 name for the others.
export function contentDisposition(fileName: string, type: "attachment" | "inline" = "attachment"): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encoded}`;
}
