import type { SourceCitation } from "~/features/sources/citations";
import { SourceName } from "~/features/sources/components/source-name";
import { handoutAttributions } from "~/features/handout/handout";

/**
 * The handout's numbered sources, one short line each (publisher and title, which names the release), so a printed page has room
 * for them; the full list with licences is on the page the QR code opens. Attributions the licences require
 * (O*NET's CC BY 4.0, the exposure study's MIT licence) are printed after the list, since print hides the site
 * footer that normally carries them.
 */
export function HandoutSources({ sources }: { sources: SourceCitation[] }) {
  if (sources.length === 0) return null;
  const attributions = handoutAttributions(sources);
  return (
    <>
      <ol className="handout-sources">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <SourceName source={source} />.
          </li>
        ))}
      </ol>
      {attributions.length > 0 ? <p className="handout-attributions">{attributions.join(" ")}</p> : null}
    </>
  );
}
