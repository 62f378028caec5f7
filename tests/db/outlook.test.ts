import { expect, it } from "vitest";
import { withQueryStats } from "../../db/client";
import { getAllOccupationsOutlook, LATEST_VINTAGE, listRoleOutlooks } from "~/models/outlook.server";
import { getCurrentDataVersion } from "~/models/data-version.server";
import { listSourcesByIds } from "~/models/sources.server";
import { describeEachDriver } from "./harness";

describeEachDriver("outlook models", { seed: true }, () => {
  it("lists every role with its primary occupation's latest projection, in one query", async () => {
    const { result: roles, queries } = await withQueryStats(() => listRoleOutlooks({ vintage: LATEST_VINTAGE }));
    expect(queries).toBe(1);
    expect(roles.length).toBeGreaterThanOrEqual(30);
    expect(roles.map((r) => r.title)).toEqual([...roles.map((r) => r.title)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const backEnd = roles.find((r) => r.slug === "back-end-developer");
    expect(backEnd).toMatchObject({
      socCode: "15-1254",
      projection: { vintage: "2024-34", changePercent: 7.5, medianAnnualWage: 90930, wageYear: 2024, sourceId: "bls-ep-2024-34" },
    });
  });

  it("gives the all-occupations average of each vintage as published", async () => {
    expect(await getAllOccupationsOutlook({ vintage: "2024-34" })).toMatchObject({ changePercent: 3.1, employmentBase: 169956100 });
    expect(await getAllOccupationsOutlook({ vintage: "2022-32" })).toMatchObject({ changePercent: 2.8 });
    // 2023-33 totals are published only rounded to 0.1 million, and without a wage.
    expect(await getAllOccupationsOutlook({ vintage: "2023-33" })).toMatchObject({ employmentBase: 167800000, medianAnnualWage: null });
  });

  it("returns citations in the order asked, skipping unknown ids", async () => {
    const sources = await listSourcesByIds({ ids: ["onet-29-3", "nope", "bls-ep-2024-34", "onet-29-3"] });
    expect(sources.map((s) => s.id)).toEqual(["onet-29-3", "bls-ep-2024-34"]);
    expect(sources[0]!.attribution).toContain("CC BY 4.0");
  });

  it("reports the current data version as a short tag", async () => {
    expect((await getCurrentDataVersion())?.tag).toMatch(/^v\d+-[0-9a-f]{8}$/);
  });
});
