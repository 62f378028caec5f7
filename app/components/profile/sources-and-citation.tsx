import type { SourceCitation } from "~/utils/citations";
import { ProfileSection, sectionTitle } from "./profile-section";
import { formatDate } from "./sources-context";

function withFullStop(text: string): string {
  return /[.!?)”"]$/.test(text.trim()) ? text : `${text}.`;
}

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
      <ol className="profile-sources">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <span className="source-publisher">{source.publisher}</span>, {source.url ? <a href={source.url}>{source.title}</a> : source.title}
            {source.vintage ? <>, release {source.vintage}</> : null}.{" "}
            <span className="profile-sources__attribution">{withFullStop(source.attribution)}</span>{" "}
            <span className="muted">Licence: {source.license}.</span>
          </li>
        ))}
      </ol>
      <h3 id="cite">Cite this page</h3>
      <p className="citation">
        “{roleTitle}.” <cite>Career Atlas</cite>, {pageUrl}. Data version {dataVersion.tag}, loaded {formatDate(dataVersion.loadedAt)}.
      </p>
    </ProfileSection>
  );
}
