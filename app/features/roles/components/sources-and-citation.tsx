import { SourceList } from "~/features/sources/components/source-list";
import type { SourceCitation } from "~/features/sources/citations";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";

/** The numbered sources the page cites, with each one's attribution and licence, and "cite this page" (shared). */
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
      <CiteThisPage citation={{ title: roleTitle, pageUrl, pinnedUrl: pinnedUrl ?? null, dataVersion }} sources={sources} bare />
    </ProfileSection>
  );
}
