/**
 * The last step of every deck: number the slides, merge their citations, add the sources slides and choose each
 * slide's type size. Kept apart from the builders so that a role deck and a comparison deck end the same way.
 */
import type { SourceCitation } from "~/features/sources/citations";
import { mergeCitations } from "~/features/present/slide-citations";
import {
  DENSE_SLIDE_CHARACTERS,
  SOURCES_SLIDE_CHARACTERS,
  type BigFigure,
  type Deck,
  type DraftSlide,
  type Slide,
} from "~/features/present/slides";
import { sourceCredit } from "~/features/sources/citations";

/** The page a deck is presented from, as the sources slide's notes name it. */
const DECK_PAGE: Record<Deck["kind"], string> = {
  role: "profile page",
  comparison: "comparison page",
  skills: "list on the skills explorer",
  interests: "list on the interests explorer",
};

/** Numbers the slides, merges each slide's citations by source, adds the sources slides, and marks dense slides. */
export function finishDeck({ sources, slides, ...deck }: Omit<Deck, "slides"> & { slides: DraftSlide[]; sources: SourceCitation[] }): Deck {
  const merged = slides.map((s) => ({ ...s, citations: mergeCitations(s.citations) }));
  const citedIds = [...new Set(merged.flatMap((s) => s.citations.map((c) => c.sourceId)))];
  const cited = citedIds.flatMap((id) => sources.filter((s) => s.id === id));
  const pages = sourcePages(cited);
  let start = 1;
  const sourceSlides = pages.map((page, i): DraftSlide => {
    const slide: DraftSlide = {
      topic: "sources",
      title: pages.length === 1 ? "Sources" : `Sources (${i + 1} of ${pages.length})`,
      caveat: null,
      body: { kind: "sources", sources: page, start },
      citations: [{ sourceId: "sources", label: "The sources listed on this slide", dataYear: "each source's release, as listed" }],
      notes:
        i === 0
          ? [
              `Every figure in these slides comes from ${pages.length === 1 ? "these sources" : `the sources on this slide and the next ${pages.length === 2 ? "one" : `${pages.length - 1}`}`}. The full ${DECK_PAGE[deck.kind]} shows each figure with its source on hover or tap${deck.kind === "role" || deck.kind === "comparison" ? ", and the charts' data tables" : ""}.`,
            ]
          : [`The sources, continued from number ${start}.`],
    };
    start += page.length;
    return slide;
  });
  const all: DraftSlide[] = [...merged, ...sourceSlides];
  return {
    ...deck,
    slides: all.map((s, i) => ({ ...s, number: i + 1, id: `slide-${i + 1}`, dense: slideCharacters(s) > DENSE_SLIDE_CHARACTERS })),
  };
}

/** The characters a source takes on a sources slide: its credit, release, attribution and licence. */
const sourceCharacters = (s: SourceCitation) => sourceCredit(s).length + (s.vintage?.length ?? 0) + s.attribution.length + s.license.length;

/**
 * The cited sources in order, on as few slides as SOURCES_SLIDE_CHARACTERS allows (none over it, unless one source
 * alone is), shared out evenly (two slides of 2,000 characters, not one of 2,200 and one of 1,800). A deck that cites
 * nothing still ends with one sources slide.
 */
export function sourcePages(cited: SourceCitation[]): SourceCitation[][] {
  const sizes = cited.map(sourceCharacters);
  const total = sizes.reduce((n, size) => n + size, 0);
  const fits = (page: number[]) => page.length <= 1 || page.reduce((n, i) => n + sizes[i]!, 0) <= SOURCES_SLIDE_CHARACTERS;
  for (let count = Math.max(1, Math.ceil(total / SOURCES_SLIDE_CHARACTERS)); ; count++) {
    // Each source on the slide whose share of the whole its middle falls in.
    const pages: number[][] = Array.from({ length: count }, () => []);
    let before = 0;
    sizes.forEach((size, i) => {
      pages[Math.min(count - 1, Math.floor(((before + size / 2) * count) / total))]!.push(i);
      before += size;
    });
    const filled = pages.filter((page) => page.length > 0);
    if (filled.every(fits) || count >= cited.length) return filled.length > 0 ? filled.map((page) => page.map((i) => cited[i]!)) : [[]];
  }
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
      body = b.sources.reduce((n, s) => n + sourceCharacters(s), 0);
      break;
  }
  return slide.title.length + (slide.caveat?.length ?? 0) + body;
}
