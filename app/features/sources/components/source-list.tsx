import type { SourceCitation } from "~/features/sources/citations";

function withFullStop(text: string): string {
  return /[.!?)”"]$/.test(text.trim()) ? text : `${text}.`;
}

/**
 * Numbered list of the sources a page cites, each with its attribution and licence; figures link to
 * `#source-<id>`. By default it is its own titled section; `bare` renders only the list, for a page that
 * puts it inside a section of its own.
 */
export function SourceList({ sources, title = "Sources", bare = false }: { sources: SourceCitation[]; title?: string; bare?: boolean }) {
  if (sources.length === 0) return null;
  const list = (
    <ol className="source-list">
      {sources.map((source) => (
        <li key={source.id} id={`source-${source.id}`}>
          <span className="source-publisher">{source.publisher}</span>,{" "}
          {source.url ? <a href={source.url}>{source.title}</a> : source.title}
          {source.vintage ? <>, release {source.vintage}</> : null}.{" "}
          <span className="source-attribution">{withFullStop(source.attribution)}</span>{" "}
          <span className="muted">Licence: {withFullStop(source.license)}</span>
        </li>
      ))}
    </ol>
  );
  if (bare) return list;
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{title}</h2>
      {list}
    </section>
  );
}
