import type { SourceCitation } from "~/features/sources/citations";
import { SourceName } from "~/features/sources/components/source-name";

function withFullStop(text: string): string {
  return /[.!?)”"]$/.test(text.trim()) ? text : `${text}.`;
}

/**
 * Numbered list of the sources a page cites, each with its attribution and licence; figures link to
 * `#source-<id>`. By default it is its own titled section; `bare` renders only the list, for a page that
 * puts it inside a section of its own.
 */
export function SourceList({
  sources,
  title = "Sources",
  bare = false,
  start = 1,
}: {
  sources: SourceCitation[];
  title?: string;
  bare?: boolean;
  /** The first source's number, where the list goes on from another (a deck's second sources slide). */
  start?: number;
}) {
  if (sources.length === 0) return null;
  const list = (
    <ol className="source-list" start={start === 1 ? undefined : start}>
      {sources.map((source) => (
        <li key={source.id} id={`source-${source.id}`}>
          <SourceName source={source} />
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
