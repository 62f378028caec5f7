import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createRoutesStub } from "react-router";

/**
 * A page component rendered to HTML as the server renders it, inside a router (its links and forms need one), at `url`
 * for a page that reads its search params (the map's focus).
 */
export function renderInRouter(element: ReactElement, url = "/"): string {
  const Stub = createRoutesStub([{ path: "*", Component: () => element }]);
  return renderToStaticMarkup(createElement(Stub, { initialEntries: [url] }));
}

/**
 * The median pay of each row of a page's career tables (OutlookCells, app/features/occupations/components/outlook-cells.tsx:
 * the row's last figure cell), in page order, without the 10th-90th spread line under it: the cell's text with tags as
 * spaces ("$112,590 May 2024 [2]") and the source it links to. Rows without a published median are left out.
 */
export function medianCells(html: string): { text: string; sourceId: string | null }[] {
  return (html.match(/<tr>.*?<\/tr>/gs) ?? []).flatMap((row) => {
    // A cell may start with its card label (the explorers' phone cards: "Median pay"), which is not the figure.
    const median = [...row.matchAll(/<td class="num">(.*?)<\/td>/gs)]
      .at(-1)?.[1]
      ?.replace(/^<span class="card-label"[^>]*>.*?<\/span>/s, "");
    if (!median?.startsWith("$")) return [];
    const own = median.replace(/<span class="pay-spread">.*?<\/span>/s, "");
    const text = own
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    return [{ text, sourceId: /href="#source-([^"]+)"/.exec(own)?.[1] ?? null }];
  });
}

/**
 * The links to a page's numbered sources (`#source-<id>`) that a screen reader would name only "[2]": every one should
 * be a SourceRef, named "Source 2: <title>" (aria-label) after the source it links to. Also the number of source links
 * found, so a page that lost its citations altogether does not pass for one whose citations are all named.
 */
export function sourceLinksNamed(html: string): { count: number; unnamed: string[] } {
  const links = html.match(/<a [^>]*href="#source-[^"]+"[^>]*>.*?<\/a>/gs) ?? [];
  const unnamed = links.filter((link) => {
    const number = />\[(\d+)\]<\/a>$/.exec(link)?.[1];
    return !number || !new RegExp(`aria-label="Source ${number}: [^"]+"`).test(link);
  });
  return { count: links.length, unnamed };
}
