import { Link } from "react-router";
import { SourceList } from "~/features/sources/components/source-list";
import { ProfileSourcesProvider, SourceRef } from "~/features/sources/components/sources-context";
import { formatCount } from "~/lib/format";
import { OccupationRowHeader, OutlookCells, OutlookHeaderCells } from "~/features/occupations/components/outlook-cells";
import type { SourceCitation } from "~/features/sources/citations";
import type { Technology, TechnologyOccupation, TechnologyRole } from "~/features/skills/technologies.server";
import type { MedianPay } from "~/features/pay/pay";

function marks(t: { hot: boolean; inDemand: boolean }): string {
  return [t.hot ? "Hot Technology" : null, t.inDemand ? "In Demand" : null].filter(Boolean).join(" and ");
}

/** /technologies/:slug: one O*NET technology, the occupations and tech roles that ask for it, with counts and source. */
export function TechnologyPage({
  technology,
  occupations,
  roles,
  vintage,
  onetRelease,
  sources,
}: {
  technology: Technology;
  occupations: (TechnologyOccupation & { median: MedianPay | null })[];
  roles: TechnologyRole[];
  vintage: string;
  onetRelease: string;
  sources: SourceCitation[];
}) {
  const onetRef = <SourceRef id={technology.sourceId} />;
  const tech = occupations.filter((o) => o.tech).length;
  const { inDemandOnetOccupations, inDemandLines } = technology;
  return (
    <ProfileSourcesProvider sources={sources}>
      <p className="breadcrumbs">
        <Link to="/technologies">Hot and in-demand technologies</Link>
      </p>
      <h1>{technology.name}</h1>
      <p className="lede">
        A technology {formatCount(technology.listed)} O*NET occupation{technology.listed === 1 ? "" : "s"} list
        {technology.listed === 1 ? "s" : ""} in {onetRelease} {onetRef}
        {marks(technology) ? <>, marked {marks(technology)}</> : null}. It is listed under {formatCount(occupations.length)} BLS occupation
        {occupations.length === 1 ? "" : "s"} ({formatCount(tech)} of them tech)
        {/* Both units named: a skill page counts O*NET occupations, this page BLS occupations, and read side by side the
            two unnamed counts looked like a contradiction. */}
        {inDemandOnetOccupations === 0 ? (
          <>; no O*NET occupation flags it In Demand.</>
        ) : (
          <>
            ; {formatCount(inDemandOnetOccupations)} O*NET occupation{inDemandOnetOccupations === 1 ? "" : "s"} in all flag
            {inDemandOnetOccupations === 1 ? "s" : ""} it In Demand, filed under {formatCount(inDemandLines)} of those BLS occupations.
          </>
        )}
      </p>
      {technology.skills.length > 0 ? (
        <p>
          In our skill catalogue:{" "}
          {technology.skills.map((s, i) => (
            <span key={s.slug}>
              {i > 0 ? ", " : null}
              <Link to={`/skills/${s.slug}`}>{s.name}</Link>
            </span>
          ))}{" "}
          (a skill page counts In Demand only among the O*NET occupations filed under our tech roles&rsquo; BLS occupations).
        </p>
      ) : null}
      <p>
        <Link to={`/explore/skills?have=${encodeURIComponent(technology.name)}`}>Start from {technology.name}</Link>: the careers that ask
        for it and what to learn next. <Link to={`/map?technology=${technology.slug}#map-status`}>See on the skills map</Link>: the roles
        whose occupations ask for it and the lead and executive roles they lead to.
      </p>

      <section aria-labelledby="technology-roles">
        <h2 id="technology-roles">Tech roles that need it</h2>
        {roles.length === 0 ? (
          <p>None of our curated tech roles lists a skill that stands for {technology.name}.</p>
        ) : (
          <ul>
            {roles.map((r) => (
              <li key={`${r.slug}:${r.skillSlug}`}>
                <Link to={`/roles/${r.slug}`}>{r.title}</Link>: {r.core ? "core" : "useful"} skill{" "}
                <Link to={`/skills/${r.skillSlug}`}>{r.skillName}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="technology-occupations">
        <h2 id="technology-occupations">Occupations that list it</h2>
        {occupations.length === 0 ? (
          <p>No BLS occupation lists it.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table explore-table">
              <caption>
                BLS occupations whose O*NET occupations list {technology.name}: In Demand first, then tech, then by growth {vintage}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Occupation</th>
                  <th scope="col">O*NET marks</th>
                  <OutlookHeaderCells vintage={vintage} />
                </tr>
              </thead>
              <tbody>
                {occupations.map((o) => (
                  <tr key={o.socCode}>
                    <OccupationRowHeader occupation={o} />
                    <td>{o.inDemand ? "In Demand" : "listed"}</td>
                    <OutlookCells figures={o} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <SourceList sources={sources} />
    </ProfileSourcesProvider>
  );
}
