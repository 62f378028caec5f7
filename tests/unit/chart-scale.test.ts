import { wrapLabel } from "~/ui/charts/growth-bars.client";
import { describe, expect, it, vi } from "vitest";
import { axisTick, COMPACT_FROM, niceScale } from "~/ui/charts/scale";

describe("a bar chart's value axis", () => {
  it("has evenly spaced round ticks through zero when the bars cross it, covering every bar with room for its label", () => {
    // The dashboard's growth bars of 2024-34: from -6.0% (computer programmers) to +33.5% (data scientists).
    const { domain, ticks } = niceScale(-6, 33.5);
    expect(ticks).toContain(0);
    expect(ticks[0]).toBe(domain[0]);
    expect(ticks.at(-1)).toBe(domain[1]);
    expect(domain[0]).toBeLessThan(-6);
    expect(domain[1]).toBeGreaterThan(33.5);
    const steps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]!));
    expect(steps.size).toBe(1);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(8);
  });

  it("starts at zero when every bar is positive", () => {
    expect(niceScale(5500, 55600).ticks[0]).toBe(0);
  });

  it("writes ticks as the figures are written: a true minus sign, compact thousands", () => {
    expect(axisTick(-10)).toBe("−10");
    expect(axisTick(0)).toBe("0");
    expect(axisTick(55600)).toBe("55.6K");
    expect(axisTick(999.95)).toBe("1K");
    expect(axisTick(-2.5)).toBe("−2.5");
  });

  it("builds no number formatter for whole ticks under 1,000 (the first one a page builds is a long task on a phone)", async () => {
    vi.resetModules();
    const original = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        built += 1;
        return new target(...args);
      },
    });
    try {
      const fresh = await import("~/ui/charts/scale");
      for (let whole = -999; whole < 1000; whole++) fresh.axisTick(whole);
      expect(built).toBe(0);
      expect(fresh.axisTick(2.5)).toBe("2.5");
      expect(built).toBe(1);
    } finally {
      Intl.NumberFormat = original;
    }
  });

  it("writes a tick under 1,000 as compact notation would, and a whole one without building a formatter (a long task on a phone)", () => {
    const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
    for (let thousandths = 0; thousandths / 1000 < COMPACT_FROM; thousandths += 37)
      expect.soft(axisTick(thousandths / 1000)).toBe(compact.format(thousandths / 1000));
    for (const value of [0.05, 0.25, 12.5, 250, 999.9, 999.949]) expect(axisTick(value)).toBe(compact.format(value));
    for (let whole = 0; whole < 1000; whole++) expect.soft(axisTick(-whole)).toBe(whole === 0 ? "0" : `−${compact.format(whole)}`);
    expect(compact.format(COMPACT_FROM)).toBe("1K");
  });
});

describe("an occupation's name above its bar in the dashboard's growth chart", () => {
  it("stays one line where it fits, wraps at words into two where the chart is narrow, and never runs on past two", () => {
    expect(wrapLabel("Software developers", 900)).toEqual(["Software developers"]);
    // A 360 px phone leaves about 280 px: 40 characters of 7 px.
    expect(wrapLabel("Software quality assurance analysts and testers", 280)).toEqual([
      "Software quality assurance analysts and",
      "testers",
    ]);
    expect(wrapLabel("Computer and information research scientists", 200)).toEqual(["Computer and information", "research scientists"]);
    const [first, second] = wrapLabel("First-line supervisors of mechanics, installers, and repairers of heavy equipment", 140);
    expect(first).toBe("First-line");
    expect(second!.endsWith("…")).toBe(true);
    expect(second!.length).toBeLessThanOrEqual(20);
  });
});
