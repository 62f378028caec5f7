import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatCount, formatCountChange, formatDollars } from "~/lib/format";

// The formatters avoid Intl (its first use costs a page's start 10-15 ms); they must write exactly what Intl writes.
const intlInteger = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const intlDate = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

describe("whole-number formatting", () => {
  const samples = [
    0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10_000, 99_999, 100_000, 267_600, 999_999, 1_000_000, 1_847_900, 12_345_678, 123_456_789,
    2_147_483_647, 0.4, 0.5, 1.5, 2.5, 999.5, 1234.49, 1234.5, 90_930.2, 90_930.7,
  ];

  it("groups digits and rounds halves away from zero as Intl.NumberFormat('en-US') does", () => {
    for (const value of [...samples, ...samples.map((v) => -v).filter((v) => v <= -1)]) {
      expect(formatCount(value), String(value)).toBe(intlInteger.format(value));
    }
  });

  it("agrees with Intl on every whole number around each grouping boundary", () => {
    for (const boundary of [1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]) {
      for (let value = boundary - 3; value <= boundary + 3; value += 1) expect(formatCount(value)).toBe(intlInteger.format(value));
    }
  });

  it("writes dollars and signed changes", () => {
    expect(formatDollars(90_930)).toBe("$90,930");
    expect(formatCountChange(267_600)).toBe("+267,600");
    expect(formatCountChange(-6_000)).toBe("−6,000");
    expect(formatCountChange(0)).toBe("0");
  });
});

describe("formatCalendarDate", () => {
  it("writes 'Month D, YYYY' in UTC, as Intl.DateTimeFormat('en-US', long) does, for every day of two years", () => {
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2026, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      expect(formatCalendarDate(iso)).toBe(intlDate.format(new Date(day)));
    }
  });

  it("reads full timestamps in UTC and returns text that is not a date as given", () => {
    expect(formatCalendarDate("2026-11-21T23:59:59.000Z")).toBe("November 21, 2026");
    expect(formatCalendarDate("2025-08-28")).toBe("August 28, 2025");
    expect(formatCalendarDate("not a date")).toBe("not a date");
  });
});
