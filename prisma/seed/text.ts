// Vietnamese → ASCII, for codes and the English names of former provinces.
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

// "Bà Rịa - Vũng Tàu" → "BA-RIA-VUNG-TAU"
export function toAsciiSlug(text: string): string {
  return stripDiacritics(text)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
