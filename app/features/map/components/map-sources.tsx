import type { SourceCitation } from "~/features/sources/citations";

function withFullStop(text: string): string {
  return /[.!?)”"]$/.test(text.trim()) ? text : `${text}.`;
}

/** The numbered sources the map cites, each with its attribution and licence (O*NET's CC BY 4.0 asks for it). */
export function MapSources({ sources }: { sources: SourceCitation[] }) {
  if (sources.length === 0) return null;
  return (
    <section className="sources map-sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <span className="source-publisher">{source.publisher}</span>,{" "}
            {source.url ? <a href={source.url}>{source.title}</a> : source.title}
            {source.vintage ? <>, release {source.vintage}</> : null}. <span>{withFullStop(source.attribution)}</span>{" "}
            <span className="muted">Licence: {source.license}.</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
