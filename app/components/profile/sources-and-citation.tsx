import { SourceList } from "~/components/source-list";
import type { SourceCitation } from "~/utils/citations";
import { ProfileSection, sectionTitle } from "./profile-section";
import { formatDate } from "./sources-context";

/** The numbered sources the page cites, with each one's attribution and licence, and a "cite this page" line. */
export function SourcesAndCitation({
  sources,
  roleTitle,
  pageUrl,
  dataVersion,
}: {
  sources: SourceCitation[];
  roleTitle: string;
  pageUrl: string;
  dataVersion: { tag: string; loadedAt: string };
}) {
  return (
    <ProfileSection id="sources" title={sectionTitle("sources")}>
      <SourceList sources={sources} bare />
      <h3 id="cite">Cite this page</h3>
      <p className="citation">
        “{roleTitle}.” <cite>Career Atlas</cite>, {pageUrl}. Data version {dataVersion.tag}, loaded {formatDate(dataVersion.loadedAt)}.
      </p>
    </ProfileSection>
  );
}
