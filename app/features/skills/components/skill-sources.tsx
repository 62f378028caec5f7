import { SourceList } from "~/features/sources/components/source-list";
import type { SourceCitation } from "~/features/sources/citations";

/** The sources section of a skills page: the shared source list (with O*NET's CC BY 4.0 attribution) in its section. */
export function SkillSources({ sources }: { sources: SourceCitation[] }) {
  if (sources.length === 0) return null;
  return (
    <section className="skill-section" aria-labelledby="sources-title" id="sources">
      <h2 id="sources-title">Sources</h2>
      <SourceList sources={sources} bare />
    </section>
  );
}
