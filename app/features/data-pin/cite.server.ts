/**
 * What a page's "Cite this page" block cites (PageCitation in app/features/sources/citations.ts): the page's title,
 * its absolute address as asked (with the current figures: no `data=`), the same address pinned to the data version
 * shown where the page takes `data=`, and that data version.
 *
 * A page that shows one projection period (a comparison, a finder, an explorer) names it in its pinned address even
 * when the address asked left it to the default, the latest: once BLS's next period loads, the latest is another
 * period, which the pinned version never had, and the pinned link would show no figures where it showed them all term.
 */
import { withDataPin, withoutDataPin } from "~/features/data-pin/data-pin";

export function citedPage({
  request,
  title,
  dataVersion,
  pinnable,
  vintage,
}: {
  request: Request;
  title: string;
  /** The data version whose figures the page shows (the pinned one on a pinned page). */
  dataVersion: { tag: string; loadedAt: string };
  /** Whether the page reads `data=` (profiles, comparisons, the explorers): only then is a pinned address offered. */
  pinnable: boolean;
  /** The projection period the page shows, for a page that shows one: written into the pinned address. */
  vintage?: string;
}) {
  const url = new URL(request.url);
  const pageUrl = withoutDataPin(`${url.origin}${url.pathname}${url.search}`);
  return {
    title,
    pageUrl,
    pinnedUrl: pinnable ? withDataPin(withVintage(pageUrl, vintage), dataVersion.tag) : null,
    dataVersion: { tag: dataVersion.tag, loadedAt: dataVersion.loadedAt },
  };
}

/** `href` with `vintage=<period>` added when it names no period (the latest, by default); unchanged otherwise. */
function withVintage(href: string, vintage: string | undefined): string {
  if (vintage === undefined || /[?&]vintage=/.test(href)) return href;
  return `${href}${href.includes("?") ? "&" : "?"}vintage=${encodeURIComponent(vintage)}`;
}
