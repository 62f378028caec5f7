import type { SourceCitation } from "~/features/sources/citations";
import { SourceName } from "~/features/sources/components/source-name";

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
            <SourceName source={source} />
            {source.vintage ? <>, release {source.vintage}</> : null}. <span>{withFullStop(source.attribution)}</span>{" "}
            <span className="muted">Licence: {source.license}.</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
