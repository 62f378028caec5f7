import { SourceList } from "~/features/sources/components/source-list";
import type { SourceCitation } from "~/features/sources/citations";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";
import { CopyButton } from "~/ui/copy-button";
import { formatCalendarDate } from "~/lib/format";

/** The cited address in the citation: what the copy button selects when the browser refuses the clipboard. */
const CITED_ADDRESS_ID = "cited-address";

/** The numbered sources the page cites, with each one's attribution and licence, and a "cite this page" line. */
export function SourcesAndCitation({
  sources,
  roleTitle,
  pageUrl,
  pinnedUrl,
  dataVersion,
}: {
  sources: SourceCitation[];
  roleTitle: string;
  pageUrl: string;
  /** The address pinned to the vintage and data version shown (`?vintage=…&data=…`): the same figures all term. */
  pinnedUrl?: string;
  dataVersion: { tag: string; loadedAt: string };
}) {
  return (
    <ProfileSection id="sources" title={sectionTitle("sources")}>
      <SourceList sources={sources} bare />
      <h3 id="cite">Cite this page</h3>
      <p className="citation">
        “{roleTitle}.” <cite>Career Atlas</cite>, <span id={CITED_ADDRESS_ID}>{pinnedUrl ?? pageUrl}</span>. Data version {dataVersion.tag},
        loaded {formatCalendarDate(dataVersion.loadedAt)}.
      </p>
      {pinnedUrl ? (
        <>
          <CopyButton text={pinnedUrl} selectId={CITED_ADDRESS_ID} />
          <p className="citation-links">
            The cited address keeps showing these figures after new data is loaded (with a notice when newer data exists):{" "}
            <a href={pinnedUrl}>pinned link</a>. For the latest figures instead, use <a href={pageUrl}>{pageUrl}</a>.
          </p>
        </>
      ) : null}
    </ProfileSection>
  );
}
