import { describe, expect, it } from "vitest";
import { escapeText, foldLine, renderCalendar } from "./icalendar";

describe("escapeText", () => {
  it.each([
    ["a,b;c", "a\\,b\\;c"],
    ["back\\slash", "back\\\\slash"],
    ["two\nlines", "two\\nlines"],
    ["crlf\r\nend", "crlf\\nend"],
    ["Tuần Văn hóa", "Tuần Văn hóa"],
  ])("%j → %j", (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe("foldLine", () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it("leaves short lines alone", () => {
    expect(foldLine("SUMMARY:ngắn")).toBe("SUMMARY:ngắn");
  });

  it("folds at 75 octets without splitting a Vietnamese character, and unfolds to the original", () => {
    const line = `SUMMARY:${"Tuần Văn hóa Việt Nam tại Nhật Bản – ".repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });
});

describe("renderCalendar", () => {
  const ics = renderCalendar({
    name: "Hoạt động, Hà Nội",
    now: new Date("2026-01-05T03:04:05.678Z"),
    events: [
      {
        uid: "a1@ngvh",
        summary: "Triển lãm; ảnh",
        location: "Tokyo, JP",
        startDate: "2026-03-01",
        endDate: "2026-03-03",
        status: "CONFIRMED",
        url: "https://portal.example/activities/a1",
      },
    ],
  });

  it("writes an all-day event whose end is the day after the last day, with CRLF line ends", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain("DTSTART;VALUE=DATE:20260301\r\n");
    expect(ics).toContain("DTEND;VALUE=DATE:20260304\r\n");
    expect(ics).toContain("DTSTAMP:20260105T030405Z\r\n");
    expect(ics).toContain("SUMMARY:Triển lãm\\; ảnh\r\n");
    expect(ics).toContain("LOCATION:Tokyo\\, JP\r\n");
    expect(ics).toContain("X-WR-CALNAME:Hoạt động\\, Hà Nội\r\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("rolls the end over a month and a year", () => {
    const end = renderCalendar({
      name: "x",
      now: new Date(0),
      events: [{ uid: "u", summary: "s", startDate: "2026-12-31", endDate: "2026-12-31" }],
    });
    expect(end).toContain("DTEND;VALUE=DATE:20270101");
  });
});
