import { Link } from "react-router";
import { formatVintage } from "~/lib/format";
import type { RoleProfile } from "~/features/roles/role-profile";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";
import { SourceRef } from "~/features/sources/components/sources-context";
import { OtherOccupations } from "~/features/roles/components/other-occupations";
import { OutlookStatements } from "~/features/roles/components/outlook-statements";
import { ProjectionFacts } from "~/features/roles/components/projection-facts";
import { SUMMED_PROJECTION_NOTE } from "~/features/roles/summed-lines";

// Lesson pages import the growth figure from here.

/** Pay, growth, openings, employment, education and experience of the role's occupation, each with its source. */
export function QuickFacts({ profile }: { profile: RoleProfile }) {
  const { quickFacts: facts, occupation, vintage } = profile;
  const p = facts.projection;
  const period = formatVintage(vintage);
  return (
    <ProfileSection id="quick-facts" title={sectionTitle("quick-facts")}>
      {p ? (
        <ProjectionFacts facts={facts} projection={p} period={period} roleTitle={profile.role.title} />
      ) : (
        <p className="notice">
          BLS published no {period} projection for {occupation.title} (SOC {occupation.socCode}). Try another projection period above.
        </p>
      )}
      {p?.isDerived ? <p className="fact__detail">{SUMMED_PROJECTION_NOTE}</p> : null}

      {/* Under the figures, so they are on the first screen; each card says whose figures they are. */}
      <p className="occupation-note">
        The figures above describe the U.S. occupation{" "}
        <strong>
          {/^\d{2}-\d{4}$/.test(occupation.socCode) ? (
            <Link to={`/occupations/${occupation.socCode}`}>{occupation.title}</Link>
          ) : (
            occupation.title
          )}
        </strong>{" "}
        (SOC {occupation.socCode}), the occupation {profile.role.title} is filed under <SourceRef id={occupation.sourceId} then="." />{" "}
        Statistics exist per occupation, not per job title,
        {profile.sharesFiguresWith.length > 0 ? (
          <>
            {" "}
            so roles that share an occupation share its figures:{" "}
            {profile.sharesFiguresWith.map((r, i) => (
              <span key={r.slug}>
                {i > 0 ? ", " : ""}
                <Link to={`/roles/${r.slug}`}>{r.title}</Link>
              </span>
            ))}{" "}
            {profile.sharesFiguresWith.length === 1 ? "shows" : "show"} the same numbers.
          </>
        ) : (
          <> so the numbers cover everyone in that occupation, not only people with this job title.</>
        )}
      </p>

      <p className="occupation-note">
        <strong>Why {occupation.title}:</strong> {occupation.note} <SourceRef id={occupation.sourceId} />
      </p>
      <OtherOccupations occupations={profile.otherOccupations} period={period} />
      <OutlookStatements statements={profile.outlookStatements} />
    </ProfileSection>
  );
}
