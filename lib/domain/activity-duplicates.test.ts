import { describe, expect, it } from "vitest";
import { findLikelyDuplicates, isLikelyDuplicate, titleKeyOf } from "./activity-duplicates";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const existing = { titleVi: "Tuần Văn hóa Việt Nam tại Nhật Bản", countryCode: "JP", startDate: d("2026-10-05"), endDate: d("2026-10-11") };

describe("isLikelyDuplicate", () => {
  it.each([
    ["same title, country and dates", { ...existing }, true],
    ["typed without diacritics", { ...existing, titleVi: "Tuan Van hoa Viet Nam tai Nhat Ban" }, true],
    ["different case and spacing", { ...existing, titleVi: "TUẦN  văn hóa việt nam tại nhật bản" }, true],
    ["one title inside the other", { ...existing, titleVi: "Tuần Văn hóa Việt Nam tại Nhật Bản năm 2026" }, true],
    ["a slightly different wording", { ...existing, titleVi: "Tuần lễ Văn hóa Việt Nam ở Nhật Bản" }, true],
    ["dates overlap by one day", { ...existing, startDate: d("2026-10-11"), endDate: d("2026-10-15") }, true],
    ["lower-case country code", { ...existing, countryCode: "jp" }, true],
    ["another country", { ...existing, countryCode: "KR" }, false],
    ["dates do not overlap", { ...existing, startDate: d("2026-10-12"), endDate: d("2026-10-20") }, false],
    ["an unrelated title", { ...existing, titleVi: "Hội thảo xúc tiến du lịch Đà Nẵng" }, false],
    ["another title in the same place and week", { ...existing, titleVi: "Ẩm thực đường phố Hà Nội" }, false],
  ])("%s → %s", (_name, probe, expected) => {
    expect(isLikelyDuplicate(probe, existing)).toBe(expected);
  });

  it("folds đ to d and removes punctuation in the stored key", () => {
    expect(titleKeyOf("Lễ hội Đường phố — Huế!")).toBe("le hoi duong pho hue");
  });

  it("orders the proposals by title similarity", () => {
    const candidates = [
      { id: "b", ...existing, titleVi: "Tuần lễ Văn hóa Việt Nam ở Nhật Bản" },
      { id: "a", ...existing },
      { id: "c", ...existing, countryCode: "FR" },
    ];
    expect(findLikelyDuplicates(existing, candidates).map((c) => c.id)).toEqual(["a", "b"]);
  });
});
