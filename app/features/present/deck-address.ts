/**
 * A deck's address: the URL state the server reads, the presenter and the notes window write, and the profile
 * and compare pages link to. Every view of a deck is a shareable link (roles, vintage, data pin, slide, notes).
 */
import type { Deck, ExplorerSubject } from "~/features/present/slides";

export interface DeckAddress {
  /** The roles of a role or comparison deck. */
  slugs: readonly string[];
  /** The BLS occupations a comparison deck compares beside its roles (SOC codes); none for a role-only deck. */
  occupations?: readonly string[];
  /** An explorer deck's list (then `slugs` is empty). */
  explorer?: ExplorerSubject;
  vintage: string;
  latestVintage: string;
  /** The data version tag a pinned deck shows (`data=`), or undefined for the current figures. */
  dataVersion?: string;
}

/** The address of the deck on screen: its roles or explorer list, vintage and data pin. */
export function deckAddress(
  deck: Pick<Deck, "slugs" | "occupations" | "vintage" | "pinnedDataVersion" | "explorer">,
  latestVintage: string,
): DeckAddress {
  return {
    slugs: deck.slugs,
    ...(deck.occupations?.length ? { occupations: deck.occupations } : {}),
    ...(deck.explorer ? { explorer: deck.explorer } : {}),
    vintage: deck.vintage,
    latestVintage,
    dataVersion: deck.pinnedDataVersion,
  };
}

/**
 * What the deck shows, as its address's first parameters: `role=a`, `roles=a,b`, roles and occupations as the compare
 * page writes them (`roles=a&occupations=29-1141`, `occupations=15-1252,29-1141`), or an explorer list as the
 * explorer page writes it (`explore=skills&have=Python&have=SQL[&scope=all]`, `explore=interests&like=investigative`).
 */
export function deckSubject({ slugs, occupations = [], explorer }: Pick<DeckAddress, "slugs" | "occupations" | "explorer">): string[] {
  if (explorer?.kind === "skills") {
    return [
      "explore=skills",
      ...explorer.have.map((name) => `have=${encodeURIComponent(name)}`),
      ...(explorer.scope === "all" ? ["scope=all"] : []),
    ];
  }
  if (explorer?.kind === "interests") return ["explore=interests", ...explorer.like.map((id) => `like=${encodeURIComponent(id)}`)];
  if (occupations.length > 0) {
    // A comparison with occupations, even of one role: `role=` is one role's deck.
    return [
      ...(slugs.length > 0 ? [`roles=${slugs.map(encodeURIComponent).join(",")}`] : []),
      `occupations=${occupations.map(encodeURIComponent).join(",")}`,
    ];
  }
  return [slugs.length === 1 ? `role=${encodeURIComponent(slugs[0]!)}` : `roles=${slugs.map(encodeURIComponent).join(",")}`];
}

/**
 * The presenter's address: `/present?role=a` for one role, `/present?roles=a,b` for a comparison (with
 * `&occupations=29-1141` when it compares occupations too),
 * `/present?explore=skills&have=…` or `/present?explore=interests&like=…` for a student's explorer list, plus
 * `vintage=` when not the latest, `data=` when pinned to a data version, `slide=` (1-based) and `notes=1`.
 * `path` may be "/present/notes".
 */
export function presentHref(
  address: DeckAddress,
  { path = "/present", slide, notes = false }: { path?: string; slide?: number; notes?: boolean } = {},
): string {
  const { vintage, latestVintage, dataVersion } = address;
  const parts = deckSubject(address);
  if (vintage !== latestVintage) parts.push(`vintage=${encodeURIComponent(vintage)}`);
  if (dataVersion) parts.push(`data=${encodeURIComponent(dataVersion)}`);
  if (slide !== undefined && slide > 1) parts.push(`slide=${slide}`);
  if (notes) parts.push("notes=1");
  return `${path}?${parts.join("&")}`;
}

/** The slide a `?slide=` value asks for, as a 0-based index; past the end is the last slide (decks change with the data). */
export function slideIndexFromParam(slide: number | string | null | undefined, count: number): number {
  const n = typeof slide === "string" ? Number.parseInt(slide, 10) : slide;
  if (n === null || n === undefined || !Number.isFinite(n) || n < 1 || count < 1) return 0;
  return Math.min(Math.floor(n), count) - 1;
}

/** Parameters that change only the view of a deck (which slide, notes shown), never its data. */
export const VIEW_ONLY_PARAMS = ["slide", "notes"] as const;

/** True when two addresses show the same deck (same page, roles, vintage and data pin), whatever the slide or notes. */
export function sameDeckAddress(a: URL, b: URL): boolean {
  if (a.pathname !== b.pathname) return false;
  const deckParams = (url: URL) => {
    const params = new URLSearchParams(url.search);
    for (const name of VIEW_ONLY_PARAMS) params.delete(name);
    params.sort();
    return params.toString();
  };
  return deckParams(a) === deckParams(b);
}
