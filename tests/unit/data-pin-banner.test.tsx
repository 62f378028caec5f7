import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataPinBanner } from "~/features/data-pin/components/data-pin-banner";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

describe("the pinned-data banner", () => {
  const base = {
    pinned: { tag: "v1-1a2b3c4d", loadedAt: "2026-09-01T10:00:00.000Z" },
    current: { tag: "v2-5e6f7a8b", loadedAt: "2026-11-20T10:00:00.000Z" },
    currentHref: "/roles/web-developer?vintage=2024-34",
    percentilesKept: true,
  };

  it("says which version is shown, that newer data exists, what changed, and links to the current figures", () => {
    const html = renderToStaticMarkup(
      <DataPinBanner
        banner={{ ...base, changes: [{ label: "Web developers: median pay", before: "$90,930 (May 2024)", after: "$95,380 (May 2025)" }] }}
      />,
    );
    expect(text(html)).toContain("These figures are pinned to data version v1-1a2b3c4d loaded September 1, 2026.");
    expect(text(html)).toContain(
      "Newer data exists (version v2-5e6f7a8b, loaded November 20, 2026): one figure on this page changed — see the current figures.",
    );
    // The arrow is hidden from screen readers, which hear "changed to" instead.
    expect(text(html)).toContain("Web developers: median pay: $90,930 (May 2024) → changed to $95,380 (May 2025)");
    expect(html).toContain('href="/roles/web-developer?vintage=2024-34"');
  });

  it("says so when none of the page's figures changed", () => {
    const html = text(renderToStaticMarkup(<DataPinBanner banner={{ ...base, changes: [] }} />));
    expect(html).toContain("none of the figures on this page changed");
    expect(html).not.toContain("pay spread");
  });

  it("says why a version archived before its pay percentiles were shows no pay spread", () => {
    const html = text(renderToStaticMarkup(<DataPinBanner banner={{ ...base, changes: [], percentilesKept: false }} />));
    expect(html).toContain("loaded before Career Atlas kept each version’s OEWS pay percentiles, so this page shows no pay spread");
  });

  it("says, on an interests list, that a version archived before its interest scores were matches on the current scores", () => {
    // Pages that show no interest scores leave the field out and say nothing of them; a kept archive says nothing either.
    expect(text(renderToStaticMarkup(<DataPinBanner banner={{ ...base, changes: [] }} />))).not.toContain("interest scores");
    expect(text(renderToStaticMarkup(<DataPinBanner banner={{ ...base, changes: [], interestScoresKept: true }} />))).not.toContain(
      "interest scores",
    );
    const html = text(renderToStaticMarkup(<DataPinBanner banner={{ ...base, changes: [], interestScoresKept: false }} />));
    expect(html).toContain(
      "loaded before Career Atlas kept each version’s O*NET interest scores, so this list matches and ranks careers on O*NET’s current scores",
    );
  });

  it("says, on an occupation's profile, that such a version's page shows the current interest scores and code", () => {
    // What would break: the profile's banner spoke of a list that matches and ranks careers, which the profile has not.
    const banner = { ...base, changes: [], interestScoresKept: false };
    const html = text(renderToStaticMarkup(<DataPinBanner banner={banner} interestScoresOn="profile" />));
    expect(html).toContain(
      "loaded before Career Atlas kept each version’s O*NET interest scores, so this page shows O*NET’s current interest scores and interest code, labelled “current scores”; its outlook and pay figures are the pinned version’s.",
    );
    expect(html).not.toContain("this list");
    expect(
      text(renderToStaticMarkup(<DataPinBanner banner={{ ...banner, interestScoresKept: true }} interestScoresOn="profile" />)),
    ).not.toContain("interest scores");
  });
});
