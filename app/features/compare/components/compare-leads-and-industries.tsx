import { Link } from "react-router";
import { ProfileSection } from "~/ui/profile-section";
import { SourceRef } from "~/features/sources/components/sources-context";
import { TRACK_LABELS } from "~/features/roles/labels";
import type { RoleComparison } from "~/features/compare/role-comparison";
import { listTitles } from "~/lib/list-titles";

/** Where each role leads (its progression edges out), and the next roles two or more of them lead to. */
export function CompareLeadsTo({ comparison }: { comparison: RoleComparison }) {
  const { roles, destinationsInCommon } = comparison;
  const titleOf = (slug: string) => roles.find((r) => r.slug === slug)?.title ?? slug;
  return (
    <ProfileSection id="leads-to" title="Where each leads">
      <p>
        Typical next moves and the years usually spent in the role before them. Years are Career Atlas estimates that vary widely with the
        person, the employer and the economy.
      </p>
      {destinationsInCommon.length > 0 ? (
        <>
          <h3 id="leads-to-common">Next roles they have in common</h3>
          <ul className="compare-common-list">
            {destinationsInCommon.map((d) => (
              <li key={d.slug}>
                <Link to={`/roles/${d.slug}`}>{d.title}</Link>, from {listTitles(d.fromSlugs.map(titleOf))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="compare-grid">
        {roles.map((role) => (
          <div key={role.slug} className="compare-card">
            <h3 id={`leads-from-${role.slug}`}>From {role.title}</h3>
            {role.leadsTo.length === 0 ? (
              <p>We have no moves on record from {role.title}.</p>
            ) : (
              <ul className="compare-edge-list">
                {role.leadsTo.map((edge) => (
                  <li key={edge.slug}>
                    <Link to={`/roles/${edge.slug}`}>{edge.title}</Link> <SourceRef id={edge.sourceId} />
                    <span className="compare-edge-list__detail">
                      {TRACK_LABELS[edge.track]} · after{" "}
                      {edge.typicalYearsMin === edge.typicalYearsMax
                        ? edge.typicalYearsMin
                        : `${edge.typicalYearsMin}–${edge.typicalYearsMax}`}{" "}
                      years
                      {edge.skillsGained.length > 0 ? ` · skills to add: ${edge.skillsGained.join(", ")}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </ProfileSection>
  );
}

/** The industries that hire each role, by its source's rank or share, and those every role's sources name. */
export function CompareIndustries({ comparison }: { comparison: RoleComparison }) {
  const { roles, industriesInCommon } = comparison;
  return (
    <ProfileSection id="industries" title="Industries that hire">
      {industriesInCommon.length > 0 ? (
        <p>
          <strong>{roles.length === 2 ? "Both" : `All ${roles.length}`} roles' sources name:</strong>{" "}
          {industriesInCommon.map((i) => i.name).join(", ")}.
        </p>
      ) : (
        <p>No industry is named for every one of these roles.</p>
      )}
      <div className="compare-grid">
        {roles.map((role) => {
          const ranked = role.industries.some((i) => i.rank !== null);
          return (
            <div key={role.slug} className="compare-card">
              <h3 id={`industries-${role.slug}`}>{role.title}</h3>
              {role.industries.length === 0 ? (
                <p>No source we use names the industries that hire this role.</p>
              ) : (
                <>
                  <p className="compare-card__note">
                    {ranked
                      ? "In the order the source lists them (a rank, not a share of jobs):"
                      : "By share of the occupation's employment:"}
                  </p>
                  <ol className="compare-industry-list">
                    {role.industries.map((i) => (
                      <li key={i.slug}>
                        {industriesInCommon.some((c) => c.slug === i.slug) ? <strong>{i.name}</strong> : i.name}
                        {i.sharePercent !== null ? <> ({i.sharePercent.toFixed(1)}% of employment)</> : null} <SourceRef id={i.sourceId} />
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </div>
          );
        })}
      </div>
    </ProfileSection>
  );
}
