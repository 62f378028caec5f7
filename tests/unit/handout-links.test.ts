/**
 * The links the profile and the compare page offer to their handouts: a page pinned to an older data version
 * (`&data=`, docs/decisions/008) must print the figures it shows, so its handout link keeps the pin.
 */
import { describe, expect, it } from "vitest";
import { compareHandoutHref, roleHandoutHref } from "~/features/handout/handout";

describe("links to the handouts", () => {
  const latest = { vintage: "2024-34", latest: "2024-34" };

  it("name the vintage only when it is not the latest", () => {
    expect(roleHandoutHref("cto", latest)).toBe("/roles/cto/handout");
    expect(roleHandoutHref("cto", { vintage: "2022-32", latest: "2024-34" })).toBe("/roles/cto/handout?vintage=2022-32");
    expect(compareHandoutHref(["data-scientist", "cto"], latest)).toBe("/compare/handout?roles=data-scientist,cto");
    expect(compareHandoutHref(["data-scientist", "cto"], { vintage: "2022-32", latest: "2024-34" })).toBe(
      "/compare/handout?roles=data-scientist,cto&vintage=2022-32",
    );
  });

  it("keep the data pin of a pinned page (a handout without it would print the current figures)", () => {
    expect(roleHandoutHref("cto", { ...latest, dataVersion: "v3-1a2b3c4d" })).toBe("/roles/cto/handout?data=v3-1a2b3c4d");
    expect(compareHandoutHref(["data-scientist", "cto"], { ...latest, dataVersion: "v3-1a2b3c4d" })).toBe(
      "/compare/handout?roles=data-scientist,cto&data=v3-1a2b3c4d",
    );
    expect(compareHandoutHref(["data-scientist", "cto"], { vintage: "2022-32", latest: "2024-34", dataVersion: "v3-1a2b3c4d" })).toBe(
      "/compare/handout?roles=data-scientist,cto&vintage=2022-32&data=v3-1a2b3c4d",
    );
  });
});
