/**
 * An explorer deck's growth bars (app/features/present/career-growth-bars.ts): one bar per BLS line, roles and
 * occupations named as such, a role's bar naming the line whose figure it is, fastest first, all occupations last.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  growthBarRows,
  growthBarsLede,
  growthBarsTakeaway,
  growthLines,
  lineDetail,
  lineLabel,
  sharedLineNotes,
  type GrowthCareer,
} from "~/features/present/career-growth-bars";
import { SlideView } from "~/features/present/components/slide-view";
import type { Slide } from "~/features/present/slides";

const career = (
  kind: GrowthCareer["kind"],
  title: string,
  socCode: string,
  socTitle: string,
  changePercent: number | null,
): GrowthCareer => ({
  kind,
  title,
  socCode,
  socTitle,
  changePercent,
  projectionSourceId: "bls-ep-2024",
});

// Figures as the tester's Investigative deck showed them (BLS Employment Projections 2024–34).
const careers = [
  career("role", "Machine Learning Engineer", "15-1221", "Computer and information research scientists", 19.7),
  career("role", "Research Scientist", "15-1221", "Computer and information research scientists", 19.7),
  career("role", "Data Scientist", "15-2051", "Data scientists", 33.5),
  career("occupation", "Biostatisticians", "15-2041", "Statisticians", 8.5),
  career("occupation", "Mathematicians", "15-2021", "Mathematicians", -0.7),
  career("occupation", "Bioengineers and Biomedical Engineers", "17-2031", "Bioengineers and biomedical engineers", 5.2),
  career("occupation", "Quantum Engineers", "17-9999", "Engineers, all other", null),
];

describe("an explorer deck's growth bars", () => {
  it("draws roles filed under one BLS line as one bar, named together, with the line under them", () => {
    // Would break: two bars of +19.7% for Machine Learning Engineer and Research Scientist, read as two careers growing equally.
    const rows = growthBarRows(growthLines(careers), 3.1);
    expect(rows.filter((r) => r.value === 19.7)).toEqual([
      {
        label: "Roles: Machine Learning Engineer and Research Scientist",
        detail: "BLS: Computer and information research scientists",
        value: 19.7,
        text: "+19.7%",
        emphasis: false,
      },
    ]);
    expect(sharedLineNotes(growthLines(careers))).toEqual([
      "Machine Learning Engineer and Research Scientist are both filed under BLS's Computer and information research scientists (SOC 15-1221), so they share one bar: BLS publishes one growth figure for the whole occupation (+19.7%), not one per career.",
    ]);
  });

  it("runs fastest first, leaves out careers without a projection, and puts all occupations last", () => {
    // Would break: bars in list order (+19.7, +33.5, +8.5, −0.7, +5.2), which a class reads as a ranking.
    const rows = growthBarRows(growthLines(careers), 3.1);
    expect(rows.map((r) => [r.label, r.detail ?? null, r.text])).toEqual([
      ["Role: Data Scientist", "BLS: Data scientists", "+33.5%"],
      ["Roles: Machine Learning Engineer and Research Scientist", "BLS: Computer and information research scientists", "+19.7%"],
      ["Occupation: Biostatisticians", "BLS: Statisticians", "+8.5%"],
      ["Occupation: Bioengineers and Biomedical Engineers", null, "+5.2%"],
      ["Occupation: Mathematicians", null, "−0.7%"],
      ["All occupations", null, "+3.1%"],
    ]);
    expect(rows.at(-1)!.emphasis).toBe(true);
    expect(growthBarRows(growthLines(careers), null).some((r) => r.label === "All occupations")).toBe(false);
  });

  it("names a role and an occupation on the same line apart, and an occupation's line only where its title differs", () => {
    expect(lineLabel({ roles: ["Cloud Engineer"], occupations: ["Computer Systems Engineers/Architects"] })).toBe(
      "Role: Cloud Engineer; occupation: Computer Systems Engineers/Architects",
    );
    expect(lineDetail({ roles: [], occupations: ["Web Developers"], socTitle: "Web developers" })).toBeNull();
    expect(lineDetail({ roles: ["Web Developer"], occupations: [], socTitle: "Web developers" })).toBe("BLS: Web developers");
  });

  it("prints a bar's BLS line under its label in the server HTML", () => {
    const slide: Slide = {
      number: 6,
      id: "slide-6",
      topic: "growth",
      title: "How fast these careers grow, 2024–34",
      caveat: null,
      body: {
        kind: "figures",
        lede: null,
        figures: [],
        charts: [{ title: "Projected change in jobs, 2024–34", rows: growthBarRows(growthLines(careers), 3.1) }],
        takeaway: null,
      },
      citations: [],
      notes: [],
      dense: false,
    };
    const html = renderToStaticMarkup(
      <SlideView slide={slide} total={9} dataAsOf="December 6, 2026" showNotes={false} hidden={false} current />,
    );
    // As text (tags dropped, as a screen reader or a copy reads it): the label and its line apart.
    expect(html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ")).toContain(
      "Roles: Machine Learning Engineer and Research Scientist BLS: Computer and information research scientists",
    );
  });

  // A review: the lede explained roles' bars on an interests deck with no role, and one line read "0 of these 1
  // occupations grow …".
  it("explains a role's bar only where one is drawn, and counts one line in the singular", () => {
    const occupationsOnly = [{ roles: [] }, { roles: [] }];
    expect(growthBarsLede(occupationsOnly)).toBe("One bar per BLS occupation, fastest first, all occupations last.");
    expect(growthBarsLede([{ roles: ["Data Scientist"] }])).toContain("A role's bar is the growth of the BLS occupation");
    expect(growthBarsTakeaway([{ changePercent: 2 }], 3.1)).toBe("It does not grow at least as fast as all occupations (+3.1%).");
    expect(growthBarsTakeaway([{ changePercent: 5 }], 3.1)).toBe("It grows at least as fast as all occupations (+3.1%).");
    expect(growthBarsTakeaway([{ changePercent: 5 }, { changePercent: 1 }], 3.1)).toBe(
      "1 of these 2 occupations grows at least as fast as all occupations (+3.1%).",
    );
    expect(growthBarsTakeaway([{ changePercent: 5 }, { changePercent: 4 }], 3.1)).toBe(
      "2 of these 2 occupations grow at least as fast as all occupations (+3.1%).",
    );
  });
});
