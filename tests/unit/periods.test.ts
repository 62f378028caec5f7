import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BandLabel } from "~/features/periods/components/band-label";
import { choosePeriod, vintageQuerySchema } from "~/features/periods/params.server";
import {
  bandRoundingNote,
  growthBandFor,
  noGrowthBandText,
  loadedPeriods,
  periodLabel,
  splitBandLabel,
  withPeriod,
  type GrowthBand,
  type ProjectionPeriod,
} from "~/features/periods/periods";
import { parseSearchParams } from "~/lib/params.server";

/** O*NET OnLine's 2024–34 bands as data/reference/growth-bands.md gives them (BLS one-decimal percent, inclusive). */
const BANDS_2024_34: GrowthBand[] = [
  ["Much faster than average (7% or higher)", 6.5, null],
  ["Faster than average (5% to 6%)", 4.5, 6.4],
  ["Average (3% to 4%)", 2.5, 4.4],
  ["Slower than average (1% to 2%)", 0.5, 2.4],
  ["Little or no change", -0.5, 0.4],
  ["Decline (-1% or lower)", null, -0.6],
].map(([label, minPercent, maxPercent], i) => ({
  rank: i + 1,
  label: label as string,
  minPercent: minPercent as number | null,
  maxPercent: maxPercent as number | null,
  isDerived: false,
  sourceId: "onet-online",
}));

const period = (vintage: string, growthBands: GrowthBand[] = []): ProjectionPeriod => {
  const baseYear = Number(vintage.slice(0, 4));
  return { vintage, baseYear, targetYear: baseYear + 10, sourceId: `bls-ep-${vintage}`, growthBands };
};

/** Newest first, as listProjectionPeriods returns them. */
const LOADED = [period("2025-35"), period("2024-34", BANDS_2024_34), period("2023-33")];

function thrown(run: () => unknown): Response {
  try {
    run();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

describe("projection periods", () => {
  it("label a period from its own years, the way BLS writes it", () => {
    expect(periodLabel({ baseYear: 2024, targetYear: 2034 })).toBe("2024–34");
    expect(periodLabel({ baseYear: 2095, targetYear: 2105 })).toBe("2095–05");
  });

  it("list the loaded periods newest first, the newest being the default", () => {
    expect(loadedPeriods(LOADED)).toEqual({
      options: [
        { vintage: "2025-35", label: "2025–35", hasGrowthBands: false },
        { vintage: "2024-34", label: "2024–34", hasGrowthBands: true },
        { vintage: "2023-33", label: "2023–33", hasGrowthBands: false },
      ],
      latest: "2025-35",
    });
  });

  it("leave the newest period out of addresses and name any other", () => {
    expect(withPeriod("/roles/cto", { vintage: "2025-35", latest: "2025-35" })).toBe("/roles/cto");
    expect(withPeriod("/roles/cto", { vintage: "2024-34", latest: "2025-35" })).toBe("/roles/cto?vintage=2024-34");
    expect(withPeriod("/compare?roles=a,b", { vintage: "2024-34", latest: "2025-35" })).toBe("/compare?roles=a,b&vintage=2024-34");
  });
});

describe("choosing the period a page shows", () => {
  it("takes the address's period when it is loaded, else the newest loaded", () => {
    expect(choosePeriod(LOADED, "2023-33").period.vintage).toBe("2023-33");
    expect(choosePeriod(LOADED, undefined)).toMatchObject({ period: { vintage: "2025-35" }, periods: { latest: "2025-35" } });
  });

  it("answers a well-formed period that is not loaded with a 400 naming the loaded ones, never another period", async () => {
    const response = thrown(() => choosePeriod(LOADED, "2030-40"));
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(
      "Career Atlas has no BLS projections for the period 2030-40. The periods loaded are 2025-35 (the newest), 2024-34 and 2023-33. " +
        "Leave out “vintage=” for the newest projections.",
    );
  });

  it("answers 503 (no data loaded) when no period is loaded", async () => {
    const response = thrown(() => choosePeriod([], undefined));
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("npm run seed -- load");
  });

  it("refuses a malformed period with a 400 from the address alone, before any query", async () => {
    for (const bad of ["2024", "2024-2034", "24-34", "latest", "2024-34 ", "２０２４-３４"]) {
      const response = thrown(() => parseSearchParams(`http://x/?vintage=${encodeURIComponent(bad)}`, vintageQuerySchema));
      expect(response.status, bad).toBe(400);
      expect(await response.text(), bad).toContain("“vintage”: write a projection period as its base year");
    }
    expect(parseSearchParams("http://x/?vintage=2030-40", vintageQuerySchema)).toEqual({ vintage: "2030-40" });
  });
});

describe("verbal growth bands", () => {
  it("put a BLS one-decimal percent in the band whose inclusive bounds hold it", () => {
    const band = (percent: number) => growthBandFor(BANDS_2024_34, { changePercent: percent, kind: "detailed" })?.label;
    expect(band(15.8)).toBe("Much faster than average (7% or higher)");
    expect(band(6.5)).toBe("Much faster than average (7% or higher)");
    expect(band(6.4)).toBe("Faster than average (5% to 6%)");
    expect(band(4.5)).toBe("Faster than average (5% to 6%)");
    expect(band(3.1)).toBe("Average (3% to 4%)");
    expect(band(0.5)).toBe("Slower than average (1% to 2%)");
    expect(band(0)).toBe("Little or no change");
    expect(band(-0.5)).toBe("Little or no change");
    expect(band(-0.6)).toBe("Decline (-1% or lower)");
    expect(band(-6)).toBe("Decline (-1% or lower)");
  });

  it("give none for a period without bands (none is derived)", () => {
    expect(growthBandFor([], { changePercent: 15.8, kind: "detailed" })).toBeNull();
  });

  // A user pass: /occupations/29-0000 showed "+7.2% Much faster than average (7% or higher) [2]", [2] being O*NET
  // OnLine's categories, which label detailed occupations only; a band for a group would be ours.
  it("give none for a summary line, an OOH group or the total from a published table; only a derived table labels them", () => {
    for (const kind of ["summary", "group", "total"] as const) {
      expect(growthBandFor(BANDS_2024_34, { changePercent: 7.2, kind }), kind).toBeNull();
      expect(noGrowthBandText(kind)).toMatch(/label detailed occupations only/);
    }
    const derived = BANDS_2024_34.map((b) => ({ ...b, isDerived: true }));
    expect(growthBandFor(derived, { changePercent: 7.2, kind: "summary" })?.isDerived).toBe(true);
    expect(noGrowthBandText("detailed")).toBe("no verified band for this period");
  });

  // What would break: printed, /occupations' Growth column wrapped "Much faster than average (7% or higher)" onto six
  // lines; its print stylesheet keeps the tail on one line, so the label takes two.
  it("split a label for a narrow column: its last word and printed range stay together, and join back to the label", () => {
    expect(splitBandLabel("Much faster than average (7% or higher)")).toEqual({ lead: "Much faster than", tail: "average (7% or higher)" });
    expect(splitBandLabel("Faster than average (5% to 6%)")).toEqual({ lead: "Faster than", tail: "average (5% to 6%)" });
    expect(splitBandLabel("Average (3% to 4%)")).toEqual({ lead: "", tail: "Average (3% to 4%)" });
    expect(splitBandLabel("Decline (-1% or lower)")).toEqual({ lead: "", tail: "Decline (-1% or lower)" });
    expect(splitBandLabel("Little or no change")).toEqual({ lead: "Little or no change", tail: "" });
    for (const { label } of BANDS_2024_34) {
      const { lead, tail } = splitBandLabel(label);
      expect([lead, tail].filter(Boolean).join(" "), label).toBe(label);
    }
    const html = renderToStaticMarkup(createElement(BandLabel, { band: BANDS_2024_34[0]!, changePercent: 6.6 }));
    expect(html).toContain('<span class="band-tail">average (7% or higher)</span>');
    expect(html.replace(/<[^>]+>/g, "")).toBe("Much faster than average (7% or higher) (+6.6% rounds to +7%)");
  });

  // The audit: "−0.7%" beside "Decline (-1% or lower)" looked like a contradiction; the bands bin the rounded percent.
  it("say why a change outside its label's printed range gets the band: it rounds into it, half up", () => {
    const note = (percent: number) =>
      bandRoundingNote(growthBandFor(BANDS_2024_34, { changePercent: percent, kind: "detailed" })!, percent);
    expect(note(-0.7)).toBe("−0.7% rounds to −1%");
    expect(note(-0.6)).toBe("−0.6% rounds to −1%");
    expect(note(6.6)).toBe("+6.6% rounds to +7%");
    expect(note(6.5)).toBe("+6.5% rounds to +7%");
    expect(note(4.5)).toBe("+4.5% rounds to +5%");
    expect(note(0.5)).toBe("+0.5% rounds to +1%");
    expect(note(2.4)).toBe("+2.4% rounds to +2%"); // above "1% to 2%" as printed
    expect(note(15.8)).toBeNull(); // inside "7% or higher"
    expect(note(-6)).toBeNull(); // a whole percent
    expect(note(-2.3)).toBeNull(); // inside "-1% or lower"
    expect(note(-0.5)).toBeNull(); // "Little or no change" prints no range
  });
});
