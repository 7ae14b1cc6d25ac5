// A tile map of the 34 provincial-level units (from 01/07/2025, Resolution 202/2025/QH15): one equal square
// per unit, placed by rough geography so the country's shape is recognisable while every unit gets the same
// weight (a choropleth would let the large mountain provinces dominate). Codes are those of
// prisma/seed-data/reference-data.json (provinces.items[].code). Rows run north to south, columns west to east.
export type TilePosition = { row: number; column: number };

export const PROVINCE_TILES: Readonly<Record<string, TilePosition>> = {
  // Northern mountains and midlands
  P03: { row: 0, column: 1 }, // Lai Châu
  P13: { row: 0, column: 2 }, // Lào Cai (+ Yên Bái)
  P12: { row: 0, column: 3 }, // Tuyên Quang (+ Hà Giang)
  P11: { row: 0, column: 4 }, // Cao Bằng
  P04: { row: 1, column: 0 }, // Điện Biên
  P05: { row: 1, column: 1 }, // Sơn La
  P15: { row: 1, column: 2 }, // Phú Thọ (+ Vĩnh Phúc, Hòa Bình)
  P14: { row: 1, column: 3 }, // Thái Nguyên (+ Bắc Kạn)
  P06: { row: 1, column: 4 }, // Lạng Sơn
  // Red River Delta
  P01: { row: 2, column: 2 }, // Hà Nội
  P16: { row: 2, column: 3 }, // Bắc Ninh (+ Bắc Giang)
  P07: { row: 2, column: 4 }, // Quảng Ninh
  P19: { row: 3, column: 2 }, // Ninh Bình (+ Hà Nam, Nam Định)
  P17: { row: 3, column: 3 }, // Hưng Yên (+ Thái Bình)
  P18: { row: 3, column: 4 }, // Hải Phòng (+ Hải Dương)
  // North Central Coast
  P08: { row: 4, column: 2 }, // Thanh Hóa
  P09: { row: 5, column: 2 }, // Nghệ An
  P10: { row: 6, column: 3 }, // Hà Tĩnh
  P20: { row: 7, column: 3 }, // Quảng Trị (+ Quảng Bình)
  P02: { row: 8, column: 4 }, // Huế
  // South Central Coast and Central Highlands
  P21: { row: 9, column: 4 }, // Đà Nẵng (+ Quảng Nam)
  P22: { row: 10, column: 5 }, // Quảng Ngãi (+ Kon Tum)
  P23: { row: 11, column: 5 }, // Gia Lai (+ Bình Định)
  P26: { row: 12, column: 4 }, // Đắk Lắk (+ Phú Yên)
  P24: { row: 12, column: 5 }, // Khánh Hòa (+ Ninh Thuận)
  P28: { row: 13, column: 3 }, // Đồng Nai (+ Bình Phước)
  P25: { row: 13, column: 4 }, // Lâm Đồng (+ Đắk Nông, Bình Thuận)
  // Southeast and Mekong Delta
  P29: { row: 14, column: 2 }, // Tây Ninh (+ Long An)
  P27: { row: 14, column: 3 }, // TP Hồ Chí Minh (+ Bình Dương, Bà Rịa – Vũng Tàu)
  P34: { row: 15, column: 0 }, // An Giang (+ Kiên Giang)
  P32: { row: 15, column: 1 }, // Đồng Tháp (+ Tiền Giang)
  P31: { row: 15, column: 2 }, // Vĩnh Long (+ Bến Tre, Trà Vinh)
  P30: { row: 16, column: 1 }, // Cần Thơ (+ Sóc Trăng, Hậu Giang)
  P33: { row: 17, column: 0 }, // Cà Mau (+ Bạc Liêu)
};

export const TILE_GRID = { rows: 18, columns: 6 } as const;

export type PlacedTile<T> = TilePosition & { code: string; item: T | null };

// The tiles in reading order (north to south, west to east), each with its item (null when the data has no
// unit with that code), so keyboard and screen-reader order follow the map.
export function placeTiles<T extends { code: string }>(items: readonly T[]): PlacedTile<T>[] {
  const byCode = new Map(items.map((item) => [item.code, item]));
  return Object.entries(PROVINCE_TILES)
    .map(([code, position]) => ({ code, ...position, item: byCode.get(code) ?? null }))
    .sort((a, b) => a.row - b.row || a.column - b.column);
}
