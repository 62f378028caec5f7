import type { OccupationProfileView } from "~/features/occupations/profile.server";
import { SourceRef } from "~/features/sources/components/sources-context";

type Technology = OccupationProfileView["technology"][number];

/**
 * The technologies O*NET lists for the occupation. In Demand (frequent in this occupation's job postings) and Hot
 * Technology (frequent in postings across all occupations) are O*NET's flags, shown as words, not colour alone. The
 * list opens with the occupation's own in-demand technologies (or, where none is flagged, the hot ones); the other hot
 * technologies and the rest are one click away: a software occupation lists over 400, 150 of them hot.
 */
export function OccupationTechnology({ technology }: { technology: Technology[] }) {
  if (technology.length === 0) return <p>O*NET lists no technology for this occupation.</p>;
  const inDemand = technology.filter((t) => t.inDemand);
  const hot = technology.filter((t) => !t.inDemand && t.hotTechnology);
  const others = technology.filter((t) => !t.inDemand && !t.hotTechnology);
  const [shown, moreHot] = inDemand.length > 0 ? [inDemand, hot] : [hot, []];
  const sourceId = technology[0]!.sourceId;
  return (
    <>
      <p>
        {technology.length} technologies listed; {inDemand.length} in demand in this occupation&rsquo;s job postings,{" "}
        {technology.filter((t) => t.hotTechnology).length} hot across all postings. <SourceRef id={sourceId} />
      </p>
      {shown.length > 0 ? <TechnologyList items={shown} /> : null}
      {moreHot.length > 0 ? (
        <details>
          <summary>
            {moreHot.length} more hot technolog{moreHot.length === 1 ? "y" : "ies"}
          </summary>
          <TechnologyList items={moreHot} />
        </details>
      ) : null}
      {others.length > 0 ? (
        <details>
          <summary>
            {others.length} {shown.length > 0 ? "more " : ""}technolog{others.length === 1 ? "y" : "ies"}
          </summary>
          <TechnologyList items={others} />
        </details>
      ) : null}
    </>
  );
}

function TechnologyList({ items }: { items: Technology[] }) {
  return (
    <ul className="tech-list">
      {items.map((t) => (
        <li key={t.example}>
          {t.inDemand || t.hotTechnology ? <strong>{t.example}</strong> : t.example} <span className="muted">{t.commodityTitle}</span>
          {t.inDemand ? <span className="chip chip--demand">In demand</span> : null}
          {t.hotTechnology ? <span className="chip chip--hot">Hot technology</span> : null}
        </li>
      ))}
    </ul>
  );
}
