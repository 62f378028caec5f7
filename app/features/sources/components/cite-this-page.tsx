import { pageCitationText, type PageCitation, type SourceCitation } from "~/features/sources/citations";
import { CopyButton } from "~/ui/copy-button";
import { useHydrated } from "~/lib/use-hydrated";

/** The citation and its address: what each copy button selects when the browser refuses the clipboard. */
const CITATION_ID = "cite-this-page-text";
const ADDRESS_ID = "cited-address";

/** Today in the reader's own time zone, as YYYY-MM-DD (the access date of a citation). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/**
 * "Cite this page", the same on every page that shows figures: the page's title, Career Atlas, the data version, the
 * sources with their data years, the address (pinned to the data version where the page takes `data=`) and the access
 * date, with a button that copies it; where a pinned link exists, a button that copies that link too. The access date
 * is the reader's, so it appears once the page runs in the browser (a cached page was rendered on another day), on a
 * line of its own kept free for it from the first paint.
 * `bare`: no section of its own (for a page that already has a sources section, like the role profile).
 */
export function CiteThisPage({
  citation,
  sources,
  bare = false,
}: {
  citation: PageCitation;
  sources: readonly SourceCitation[];
  bare?: boolean;
}) {
  const hydrated = useHydrated();
  const text = pageCitationText(citation, sources, hydrated ? today() : null);
  const undated = pageCitationText(citation, sources, null);
  const address = citation.pinnedUrl ?? citation.pageUrl;
  const at = undated.lastIndexOf(address);
  const heading = bare ? (
    <h3 id="cite">Cite this page</h3>
  ) : (
    <h2 id="cite" className="cite-this-page__title">
      Cite this page
    </h2>
  );
  const body = (
    <>
      {heading}
      <p className="citation" id={CITATION_ID}>
        {undated.slice(0, at)}
        <span id={ADDRESS_ID}>{address}</span>
        {undated.slice(at + address.length)} <span className="citation__accessed scripted-only">{text.slice(undated.length + 1)}</span>
      </p>
      <CopyButton text={text} selectId={CITATION_ID} label="Copy the citation" />
      {citation.pinnedUrl ? (
        <>
          <CopyButton text={citation.pinnedUrl} selectId={ADDRESS_ID} label="Copy link" />
          <p className="citation-links">
            The cited address keeps showing these figures after new data is loaded (with a notice when newer data exists):{" "}
            <a href={citation.pinnedUrl}>pinned link</a>. For the latest figures instead, use{" "}
            <a href={citation.pageUrl}>{citation.pageUrl}</a>.
          </p>
        </>
      ) : null}
    </>
  );
  if (bare) return body;
  return (
    <section className="cite-this-page" aria-labelledby="cite">
      {body}
    </section>
  );
}
