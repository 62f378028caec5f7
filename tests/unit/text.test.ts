import { describe, expect, it } from "vitest";
import { normalizeTitle } from "~db/text";

describe("normalizeTitle", () => {
  it("makes hyphenation, case and spacing irrelevant", () => {
    expect(normalizeTitle("Back-End  Developer")).toBe("back end developer");
    expect(normalizeTitle("back end developer")).toBe("back end developer");
  });
  it("strips accents and punctuation but keeps C++ and C# apart from C", () => {
    expect(normalizeTitle("Développeur (Back-End)")).toBe("developpeur back end");
    expect(normalizeTitle("C++ Developer")).toBe("c++ developer");
    expect(normalizeTitle("C# Developer")).toBe("c# developer");
  });
});
