import { describe, expect, it } from "vitest";
import { administrativeUnitTitle, nameValidAt, placeNameForDateLine, type DatedName } from "./organization-names";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const hue = { nameVi: "Thành phố Huế", nameEn: "Hue City", unitType: "CITY" as const };
const hueHistory: DatedName[] = [
  { nameVi: "Thừa Thiên Huế", nameEn: "Thua Thien Hue", unitType: "PROVINCE", validFrom: null, validTo: day("2024-12-31") },
];

describe("nameValidAt", () => {
  it.each([
    { date: "2022-06-30", expected: "Thừa Thiên Huế" },
    { date: "2024-12-31", expected: "Thừa Thiên Huế" },
    { date: "2025-01-01", expected: "Thành phố Huế" },
    { date: "2026-06-14", expected: "Thành phố Huế" },
  ])("Huế on $date → $expected", ({ date, expected }) => {
    expect(nameValidAt(hue, hueHistory, day(date)).nameVi).toBe(expected);
  });

  it("falls back to the current name without history", () => {
    expect(nameValidAt(hue, [], day("2020-01-01"))).toEqual(hue);
  });
});

describe("issuing-body line and place-and-date line", () => {
  it.each([
    {
      name: { nameVi: "Thừa Thiên Huế", nameEn: null, unitType: "PROVINCE" as const },
      title: "TỈNH THỪA THIÊN HUẾ",
      place: "Thừa Thiên Huế",
    },
    { name: hue, title: "THÀNH PHỐ HUẾ", place: "Huế" },
    { name: { nameVi: "Thành phố Hải Phòng", nameEn: null, unitType: "CITY" as const }, title: "THÀNH PHỐ HẢI PHÒNG", place: "Hải Phòng" },
    { name: { nameVi: "Đà Nẵng", nameEn: null, unitType: "CITY" as const }, title: "THÀNH PHỐ ĐÀ NẴNG", place: "Đà Nẵng" },
    { name: { nameVi: "Tuyên Quang", nameEn: null, unitType: "PROVINCE" as const }, title: "TỈNH TUYÊN QUANG", place: "Tuyên Quang" },
    {
      name: { nameVi: "Thành phố Hồ Chí Minh", nameEn: null, unitType: "CITY" as const },
      title: "THÀNH PHỐ HỒ CHÍ MINH",
      place: "Thành phố Hồ Chí Minh",
    },
    { name: { nameVi: "Bộ Ngoại giao", nameEn: null, unitType: null }, title: "BỘ NGOẠI GIAO", place: "Bộ Ngoại giao" },
  ])("$name.nameVi → $title / $place", ({ name, title, place }) => {
    expect(administrativeUnitTitle(name)).toBe(title);
    expect(placeNameForDateLine(name)).toBe(place);
  });
});
