/**
 * A slide's footer: the citation, the "data as of" date and, on a deck pinned to a data version (`&data=`,
 * docs/decisions/008), that version's tag, so a projected or printed slide says which figures it shows.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SlideView } from "~/features/present/components/slide-view";
import type { Slide } from "~/features/present/slides";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
const footer = (html: string) => text(/<footer[^>]*>([\s\S]*)<\/footer>/.exec(html)![1]!);

const slide: Slide = {
  number: 3,
  id: "slide-3",
  topic: "pay",
  title: "Pay",
  caveat: null,
  body: { kind: "list", lede: null, items: ["$133,080"], takeaway: null },
  citations: [{ sourceId: "bls", label: "BLS, Employment Projections", dataYear: "2024–34; pay May 2024" }],
  notes: ["Talk about pay."],
  dense: false,
};

describe("a slide's footer", () => {
  const props = { slide, total: 11, dataAsOf: "September 1, 2026", showNotes: false, hidden: false, current: true };

  it("names the data version of a pinned deck under the date", () => {
    const html = renderToStaticMarkup(<SlideView {...props} dataVersion="v1-1a2b3c4d" />);
    expect(footer(html)).toContain("Data loaded September 1, 2026, data version v1-1a2b3c4d");
    expect(footer(html)).toContain("Source: BLS, Employment Projections (2024–34; pay May 2024)");
  });

  it("gives only the date for the current figures", () => {
    const html = renderToStaticMarkup(<SlideView {...props} />);
    expect(footer(html)).toContain("Data loaded September 1, 2026");
    expect(html).not.toContain("data version");
  });
});
