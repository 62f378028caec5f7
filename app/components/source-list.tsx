import type { SourceCitation } from "~/utils/citations";

/** Numbered list of the sources a page cites; figures link to `#source-<id>`. */
export function SourceList({ sources, title = "Sources" }: { sources: SourceCitation[]; title?: string }) {
  if (sources.length === 0) return null;
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{title}</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <span className="source-publisher">{source.publisher}</span>, {source.url ? <a href={source.url}>{source.title}</a> : source.title}
            {source.vintage ? <span> (release {source.vintage})</span> : null}. <span className="muted">{source.license}.</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
