/**
 * Presenter mode's slide format: what a deck of slides is made of, whichever roles it shows. One insight per
 * slide; every slide carries the citations of the figures it shows and the speaker's talking points.
 *
 * Decks are built (pure: data in, slides out) by role-deck.ts and comparison-deck.ts, rendered by components/*,
 * and served by app/routes/present.tsx and present_.notes.tsx. Figures are shown as published (~/lib/format);
 * comparisons with all occupations are stated as facts, and a verbal growth band only where the period's band
 * table is loaded (verbatim, cited; never derived here); AI-impact layers (official, research, editorial) stay
 * apart, never blended.
 */
import type { SourceCitation } from "~/features/sources/citations";
import type { ProjectionVintage } from "~/features/roles/role-profile";

/** A source as a slide's footer cites it, with the data year (or date) of what the slide takes from it. */
export interface SlideCitation {
  sourceId: string;
  /** "Publisher, Title". */
  label: string;
  /** "2024–34; pay May 2024", "30.1 (December 2025)", "as of August 22, 2023". */
  dataYear: string;
}

/** A figure shown large, with what it measures (and its data year) in its label. */
export interface BigFigure {
  label: string;
  value: string;
  detail: string | null;
}

/** One bar of a slide's bar chart: the value is only for the bar's length, the text is what is read. */
export interface BarRow {
  label: string;
  /** A smaller line under the label: whose figure the bar is ("BLS: Computer and information research scientists"). */
  detail?: string | null;
  value: number;
  text: string;
  emphasis: boolean;
}

export interface BarChart {
  title: string;
  rows: BarRow[];
}

export interface SlideColumn {
  heading: string;
  /** Small line under the heading: date, author, occupation. */
  meta: string | null;
  figures: BigFigure[];
  items: string[];
}

export interface SkillItem {
  name: string;
  /** Text marks ("In demand", "O*NET Hot Technology", "3 of 3 roles"): never colour alone. */
  marks: string[];
}

export type SlideBody =
  | { kind: "title"; kicker: string; lede: string; meta: string[] }
  | { kind: "list"; lede: string | null; items: string[]; takeaway: string | null }
  | { kind: "figures"; lede: string | null; figures: BigFigure[]; charts: BarChart[]; takeaway: string | null }
  | { kind: "columns"; lede: string | null; columns: SlideColumn[]; takeaway: string | null }
  | { kind: "skills"; lede: string; skills: SkillItem[]; takeaway: string | null }
  | { kind: "question"; label: string; question: string }
  /** `start`: the number of its first source (a long list goes on as many slides as it needs, numbered on). */
  | { kind: "sources"; sources: SourceCitation[]; start: number };

export type SlideTopic =
  | "title"
  | "what-they-do"
  | "pay"
  | "growth"
  | "openings"
  | "entry"
  | "skills"
  | "leads-to"
  | "ai-impact"
  | "ai-official"
  | "ai-research"
  | "ai-editorial"
  | "discussion"
  | "fit"
  | "matches"
  | "learn-next"
  | "interests"
  | "sources";

export interface Slide {
  /** 1-based position, as in `?slide=` and the counter "3 / 12". */
  number: number;
  /** The slide's anchor in the page: `#slide-3`. */
  id: string;
  topic: SlideTopic;
  title: string;
  /** A warning shown on the slide itself (exposure is not job loss; roles that share figures). */
  caveat: string | null;
  body: SlideBody;
  citations: SlideCitation[];
  /** Talking points for the presenter, including the common misconceptions the slide invites. */
  notes: string[];
  /** Much text for one slide: the view sets smaller type. */
  dense: boolean;
}

/** A slide as a builder writes it: finishDeck numbers it and decides its type size once the deck is complete. */
export type DraftSlide = Omit<Slide, "number" | "id" | "dense">;

/**
 * What a deck of a student's explorer list shows (explorer-decks.ts): the skills picked, in order, and which careers
 * were ranked, or the interest areas picked. Its address carries them as the explorer page's own does.
 */
export type ExplorerSubject = { kind: "skills"; have: string[]; scope: "tech" | "all" } | { kind: "interests"; like: string[] };

export interface Deck {
  /** One role, a comparison of roles, or a student's list from the skills or the interests explorer. */
  kind: "role" | "comparison" | "skills" | "interests";
  /** For the page title and the bar: "Back-End Developer", "Back-End Developer vs Data Scientist", "Careers for Python and SQL". */
  title: string;
  /** The roles of a role or comparison deck (none for an explorer deck). */
  slugs: string[];
  /**
   * The BLS occupations a comparison deck compares beside its roles (SOC codes, in the address's order), as
   * `/compare?…&occupations=` lists them (docs/decisions/016). Absent for a role-only deck.
   */
  occupations?: string[];
  /** An explorer deck's list. */
  explorer?: ExplorerSubject;
  vintage: ProjectionVintage;
  /** When the data version the slides show was loaded (ISO timestamp). */
  dataAsOf: string;
  /**
   * The data version tag of a deck pinned with `&data=` (docs/decisions/008): its figures are that version's, its
   * footers name it and its addresses keep it. Absent for the current figures.
   */
  pinnedDataVersion?: string;
  slides: Slide[];
}

/** More characters than this on one slide (body and caveat) get the smaller type. */
export const DENSE_SLIDE_CHARACTERS = 650;

/**
 * The most characters of source credits, attributions and licences one sources slide holds. Set so that a slide of
 * them fits a 1024×768 projector at the sources' type size (0.7em of the dense slide's, ~15 px there) without the
 * presenter shrinking it: a four-role deck cites ~3,950 characters of sources, which on one slide were set at 12 px.
 */
export const SOURCES_SLIDE_CHARACTERS = 2200;
/** Slides list at most this many skills, next roles or bullets; the rest go to the speaker notes. */
export const MAX_SLIDE_ITEMS = 6;
