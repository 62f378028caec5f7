import type { OccupationProfileView } from "~/features/occupations/profile.server";
import { SourceRef } from "~/features/sources/components/sources-context";

type Technology = OccupationProfileView["technology"][number];

/**
 * The technologies O*NET lists for the occupation. In Demand (frequent in this occupation's job postings) and Hot
 * Technology (frequent in postings across all occupations) are O*NET's flags, shown as words, not colour alone.
 */
export function OccupationTechnology({ technology }: { technology: Technology[] }) {
  if (technology.length === 0) return <p>O*NET lists no technology for this occupation.</p>;
  const flagged = technology.filter((t) => t.inDemand || t.hotTechnology);
  const others = technology.filter((t) => !t.inDemand && !t.hotTechnology);
  const sourceId = technology[0]!.sourceId;
  return (
    <>
      <p>
        {technology.length} technologies listed; {flagged.filter((t) => t.inDemand).length} in demand in this occupation&rsquo;s job
        postings, {flagged.filter((t) => t.hotTechnology).length} hot across all postings. <SourceRef id={sourceId} />
      </p>
      {flagged.length > 0 ? (
        <ul className="tech-list">
          {flagged.map((t) => (
            <li key={t.example}>
              <strong>{t.example}</strong> <span className="muted">{t.commodityTitle}</span>
              {t.inDemand ? <span className="chip chip--demand">In demand</span> : null}
              {t.hotTechnology ? <span className="chip chip--hot">Hot technology</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {others.length > 0 ? (
        <details>
          <summary>{others.length} more technologies</summary>
          <ul className="tech-list">
            {others.map((t) => (
              <li key={t.example}>
                {t.example} <span className="muted">{t.commodityTitle}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
