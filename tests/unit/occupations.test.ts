import { describe, expect, it } from "vitest";
import { occupationQueryString } from "~/features/occupations/finder-address";
import { occupationCodeParam, occupationQuerySchema } from "~/features/occupations/params.server";
import { payCell } from "~/features/pay/pay";
import { majorGroupCode, techFamilyOf } from "~/features/occupations/tech-families";
import { parseSearchParams } from "~/lib/params.server";
import { describeOccupationMatch } from "~/features/search/search";

function thrown(run: () => unknown): Response {
  try {
    run();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

const parse = (qs: string) => parseSearchParams(new URL(`http://atlas.test/occupations${qs}`), occupationQuerySchema);

describe("the occupation finder's address", () => {
  it("reads every filter, with numbers as numbers", () => {
    expect(
      parse("?group=29-0000&tech=any&education=Associate%27s+degree&band=1&pay=60000&openings=1000&zone=3&sort=pay&dir=asc&page=2"),
    ).toEqual({
      group: "29-0000",
      tech: "any",
      education: "Associate's degree",
      band: 1,
      pay: 60000,
      openings: 1000,
      zone: 3,
      sort: "pay",
      dir: "asc",
      page: 2,
    });
  });

  it.each([
    ["?pay=60%2C000", "pay", "whole number of dollars"],
    ["?pay=9999999", "pay", "at most 1,000,000"],
    ["?zone=6", "zone", "job zone from 1 to 5"],
    ["?group=15-1252", "group", "major group code"],
    ["?vintage=2024", "vintage", "as in 2024-34"],
    ["?page=0", "page", "1 or more"],
    ["?tech=biology", "tech", "must be one of"],
    ["?education=PhD", "education", "must be one of"],
  ])("answers %s with a 400 naming %s", async (qs, name, words) => {
    const response = thrown(() => parse(qs));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain(`“${name}”`);
    expect(text).toContain(words);
  });

  it("writes only what differs from the defaults, in a fixed order, so one view has one address", () => {
    expect(occupationQueryString({ vintage: "2024-34", sort: "title", dir: "asc", page: 1 }, "2024-34")).toBe("");
    expect(occupationQueryString({ page: 3, tech: "any", vintage: "2022-32" }, "2024-34")).toBe("?vintage=2022-32&tech=any&page=3");
    expect(occupationQueryString({ sort: "pay", dir: "desc" }, "2024-34")).toBe("?sort=pay");
    expect(occupationQueryString({ sort: "pay", dir: "asc" }, "2024-34")).toBe("?sort=pay&dir=asc");
  });
});

describe("occupation codes", () => {
  it("accepts a SOC code as BLS publishes lines and answers anything else with a 404", async () => {
    expect(occupationCodeParam("15-1252")).toBe("15-1252");
    for (const bad of ["15-1252.00", "151252", "15-1252'--", "x".repeat(500), undefined]) {
      const response = thrown(() => occupationCodeParam(bad));
      expect(response.status).toBe(404);
      expect((await response.text()).length).toBeLessThan(200);
    }
  });

  it("files codes in tech families and major groups", () => {
    expect(techFamilyOf("15-1252")?.id).toBe("computer");
    expect(techFamilyOf("15-2041")?.id).toBe("math");
    expect(techFamilyOf("17-2071")?.id).toBe("engineering");
    expect(techFamilyOf("11-3021")?.id).toBe("management");
    expect(techFamilyOf("27-1024")?.id).toBe("design");
    expect(techFamilyOf("29-1141")).toBeUndefined();
    expect(majorGroupCode("29-1141")).toBe("29-0000");
  });
});

describe("pay percentiles as published", () => {
  const survey = {
    annual: { p10: 79850, p25: 103050, median: 133080, p75: 167540, p90: null },
    hourly: { p10: 38.39, p25: 49.54, median: 63.98, p75: 80.55, p90: null },
    topCoded: [90],
    topCodeAnnual: 239200,
  };
  it("shows a top-coded percentile as the top of the range 'or more', never as a figure of its own", () => {
    expect(payCell(survey, "median", "annual")).toBe("$133,080");
    expect(payCell(survey, "p90", "annual")).toBe("$239,200 or more");
    expect(payCell(survey, "p10", "hourly")).toBe("$38.39");
    expect(payCell({ ...survey, topCoded: [] }, "p90", "annual")).toBe("not published");
  });
});

describe("why an occupation matched", () => {
  it("names the title, who lists it and the BLS line it is counted under", () => {
    expect(
      describeOccupationMatch({
        title: "Computer occupations, all other",
        quality: "exact",
        matchedText: "Penetration Tester",
        origin: "onet_alternate_title",
        onetTitle: "Penetration Testers",
      }),
    ).toBe(
      "“Penetration Tester” is an O*NET alternate title of Penetration Testers, which BLS counts under Computer occupations, all other",
    );
    expect(
      describeOccupationMatch({
        title: "Statisticians",
        quality: "prefix",
        matchedText: "Statisticians",
        origin: "bls_title",
        onetTitle: null,
      }),
    ).toBe("Its title contains what you typed");
    expect(
      describeOccupationMatch({
        title: "Registered nurses",
        quality: "prefix",
        matchedText: "Staff Nurse",
        origin: "bls_sample_title",
        onetTitle: null,
      }),
    ).toBe("“Staff Nurse” (contains what you typed) is a BLS sample job title of Registered nurses");
  });
});
