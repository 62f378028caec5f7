/**
 * The last step of every deck: number the slides, merge their citations, add the sources slide and choose each
 * slide's type size. Kept apart from the builders so that a role deck and a comparison deck end the same way.
 */
import type { SourceCitation } from "~/features/sources/citations";
import { mergeCitations } from "~/features/present/slide-citations";
import { DENSE_SLIDE_CHARACTERS, type BigFigure, type Deck, type DraftSlide, type Slide } from "~/features/present/slides";
import { sourceCredit } from "~/features/sources/citations";

/** The page a deck is presented from, as the sources slide's notes name it. */
const DECK_PAGE: Record<Deck["kind"], string> = {
  role: "profile page",
  comparison: "comparison page",
  skills: "list on the skills explorer",
  interests: "list on the interests explorer",
};

/** Numbers the slides, merges each slide's citations by source, adds the sources slide, and marks dense slides. */
export function finishDeck({ sources, slides, ...deck }: Omit<Deck, "slides"> & { slides: DraftSlide[]; sources: SourceCitation[] }): Deck {
  const merged = slides.map((s) => ({ ...s, citations: mergeCitations(s.citations) }));
  const citedIds = [...new Set(merged.flatMap((s) => s.citations.map((c) => c.sourceId)))];
  const cited = citedIds.flatMap((id) => sources.filter((s) => s.id === id));
  const all: DraftSlide[] = [
    ...merged,
    {
      topic: "sources",
      title: "Sources",
      caveat: null,
      body: { kind: "sources", sources: cited },
      citations: [{ sourceId: "sources", label: "The sources listed on this slide", dataYear: "each source's release, as listed" }],
      notes: [
        `Every figure in these slides comes from these sources. The full ${DECK_PAGE[deck.kind]} shows each figure with its source on hover or tap${deck.kind === "role" || deck.kind === "comparison" ? ", and the charts' data tables" : ""}.`,
      ],
    },
  ];
  return {
    ...deck,
    slides: all.map((s, i) => ({ ...s, number: i + 1, id: `slide-${i + 1}`, dense: slideCharacters(s) > DENSE_SLIDE_CHARACTERS })),
  };
}

/** The characters a slide shows (not its notes or footer), to pick the type size. */
export function slideCharacters(slide: Pick<Slide, "title" | "caveat" | "body">): number {
  const b = slide.body;
  const figures = (fs: BigFigure[]) => fs.reduce((n, f) => n + f.label.length + f.value.length + (f.detail?.length ?? 0), 0);
  let body = 0;
  switch (b.kind) {
    case "title":
      body = b.kicker.length + b.lede.length + b.meta.join("").length;
      break;
    case "list":
      body = (b.lede?.length ?? 0) + b.items.join("").length + (b.takeaway?.length ?? 0);
      break;
    case "figures":
      body =
        (b.lede?.length ?? 0) +
        figures(b.figures) +
        b.charts.reduce((n, c) => n + c.title.length + c.rows.reduce((m, r) => m + r.label.length + r.text.length, 0), 0) +
        (b.takeaway?.length ?? 0);
      break;
    case "columns":
      body =
        (b.lede?.length ?? 0) +
        b.columns.reduce((n, c) => n + c.heading.length + (c.meta?.length ?? 0) + figures(c.figures) + c.items.join("").length, 0) +
        (b.takeaway?.length ?? 0);
      break;
    case "skills":
      body = b.lede.length + b.skills.reduce((n, s) => n + s.name.length + s.marks.join("").length, 0) + (b.takeaway?.length ?? 0);
      break;
    case "question":
      body = b.label.length + b.question.length;
      break;
    case "sources":
      body = b.sources.reduce((n, s) => n + sourceCredit(s).length + s.attribution.length, 0);
      break;
  }
  return slide.title.length + (slide.caveat?.length ?? 0) + body;
}
