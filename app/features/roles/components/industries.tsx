import type { ProfileIndustry } from "~/features/roles/role-profile";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";
import { SourceRef } from "~/features/sources/components/sources-context";

/** Industries that hire the role, by a source's rank or share of employment. */
export function Industries({ industries }: { industries: ProfileIndustry[] }) {
  const ranked = industries.some((i) => i.rank !== null);
  return (
    <ProfileSection id="industries" title={sectionTitle("industries")}>
      {industries.length === 0 ? (
        <p>No source we use names the industries that hire this role.</p>
      ) : (
        <>
          <p>
            {ranked
              ? "Where people in this role work, in the order the cited source lists them (a rank, not a share of jobs):"
              : "Where people in this role work, by share of the occupation's employment:"}
          </p>
          <ol className="industry-list">
            {industries.map((i) => (
              <li key={i.slug}>
                <strong>{i.name}</strong>
                {i.sharePercent !== null ? <> ({i.sharePercent.toFixed(1)}% of employment)</> : null}
                {i.rank !== null ? <span className="visually-hidden"> (rank {i.rank})</span> : null} <SourceRef id={i.sourceId} />
                <span className="industry-list__description">{i.description}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </ProfileSection>
  );
}
