import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SlideView } from "~/features/present/components/slide-view";
import type { Slide } from "~/features/present/slides";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

const slide = (citations: Slide["citations"]): Slide => ({
  number: 3,
  id: "slide-3",
  topic: "ai-research",
  title: "AI impact: research on exposure",
  caveat: null,
  body: { kind: "columns", lede: null, columns: [{ heading: "QA Engineer", meta: null, figures: [], items: ["0.50"] }], takeaway: null },
  citations,
  notes: ["A note."],
  dense: false,
});

const render = (s: Slide) =>
  renderToStaticMarkup(<SlideView slide={s} total={9} dataAsOf="November 21, 2026" showNotes={false} hidden={false} current />);

describe("a slide's footer", () => {
  it("names each cited source with its data year after “Source:”", () => {
    const html = render(slide([{ sourceId: "eloundou", label: "Eloundou et al., GPTs are GPTs", dataYear: "arXiv v5 (August 2023)" }]));
    expect(text(html)).toContain("Source: Eloundou et al., GPTs are GPTs (arXiv v5 (August 2023))");
  });

  // A counselor's pass (2026-12-06): comparison decks showed a footer reading "Source:" and nothing else. The deck
  // builders no longer make such a slide; this keeps any slide that cites nothing from printing the bare label.
  it("shows no “Source:” label on a slide that cites nothing, and still the date and the counter", () => {
    const html = render(slide([]));
    expect(html).not.toContain("Source:");
    expect(html).not.toContain("slide__citation");
    expect(text(html)).toContain("Data loaded November 21, 2026");
    expect(text(html)).toContain("Slide 3 of 9");
  });
});
