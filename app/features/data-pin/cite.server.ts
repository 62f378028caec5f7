/**
 * What a page's "Cite this page" block cites (PageCitation in app/features/sources/citations.ts): the page's title,
 * its absolute address as asked (with the current figures: no `data=`), the same address pinned to the data version
 * shown where the page takes `data=`, and that data version.
 */
import { withDataPin, withoutDataPin } from "~/features/data-pin/data-pin";

export function citedPage({
  request,
  title,
  dataVersion,
  pinnable,
}: {
  request: Request;
  title: string;
  /** The data version whose figures the page shows (the pinned one on a pinned page). */
  dataVersion: { tag: string; loadedAt: string };
  /** Whether the page reads `data=` (profiles, comparisons, the explorers): only then is a pinned address offered. */
  pinnable: boolean;
}) {
  const url = new URL(request.url);
  const pageUrl = withoutDataPin(`${url.origin}${url.pathname}${url.search}`);
  return {
    title,
    pageUrl,
    pinnedUrl: pinnable ? withDataPin(pageUrl, dataVersion.tag) : null,
    dataVersion: { tag: dataVersion.tag, loadedAt: dataVersion.loadedAt },
  };
}
