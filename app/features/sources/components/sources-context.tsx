import { createContext, useContext, type ReactNode } from "react";
import { SourcedFigure } from "~/features/sources/components/sourced-figure";
import { sourceCredit, type SourceCitation } from "~/features/sources/citations";

interface NumberedSource {
  number: number;
  citation: SourceCitation;
}

const SourcesContext = createContext<Map<string, NumberedSource>>(new Map());

/** Numbers the page's sources once (in the order the model gives them) for every section to cite. */
export function ProfileSourcesProvider({ sources, children }: { sources: SourceCitation[]; children: ReactNode }) {
  const numbered = new Map(sources.map((citation, i) => [citation.id, { number: i + 1, citation }]));
  return <SourcesContext.Provider value={numbered}>{children}</SourcesContext.Provider>;
}

export function useSource(id: string): NumberedSource | undefined {
  return useContext(SourcesContext).get(id);
}

export function useSourceMap(): ReadonlyMap<string, NumberedSource> {
  return useContext(SourcesContext);
}

/**
 * A bracketed link to the numbered source list at the foot of the page. `then`: punctuation that follows it in the
 * sentence, kept on the marker's line (a helper's pass saw a line of a phone-width profile start with "." after "[1]").
 */
export function SourceRef({ id, then }: { id: string; then?: string }) {
  const source = useSource(id);
  if (!source) return then ?? null;
  const marker = (
    <a className="source-ref" href={`#source-${id}`} aria-label={`Source ${source.number}: ${source.citation.title}`}>
      [{source.number}]
    </a>
  );
  return then ? (
    <span className="source-ref-then">
      {marker}
      {then}
    </span>
  ) : (
    marker
  );
}

/** A figure with its source and data year on hover, focus or tap, plus the numbered link to the source. */
export function Sourced({ sourceId, dataYear, children }: { sourceId: string; dataYear: string; children: ReactNode }) {
  const source = useSource(sourceId);
  const label = source ? `[${source.number}] ${sourceCredit(source.citation)}` : sourceId;
  return (
    <>
      <SourcedFigure source={{ label, dataYear }}>{children}</SourcedFigure>
      <SourceRef id={sourceId} />
    </>
  );
}
