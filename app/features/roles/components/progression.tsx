import { Link } from "react-router";
import { TRACK_LABELS } from "~/features/roles/labels";
import type { ProgressionEdge, RoleProfile } from "~/features/roles/role-profile";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";
import { SourceRef } from "~/features/sources/components/sources-context";

/** Where the role leads (edges out) and where people come to it from (edges in). */
export function Progression({ profile }: { profile: RoleProfile }) {
  const { leadsTo, comesFrom } = profile.progression;
  return (
    <ProfileSection id="progression" title={sectionTitle("progression")}>
      <p>
        Typical moves and the years usually spent in the first role before them. Years are estimates that vary widely with the person, the
        employer and the economy.
      </p>
      <p>
        <Link to={`/paths/${profile.role.slug}`}>See the career ladder from {profile.role.title}</Link>, with the skills to add for each
        next rung.
      </p>
      <h3 id="progression-next">Next steps from {profile.role.title}</h3>
      <EdgeTable edges={leadsTo} direction="to" empty={`We have no moves on record from ${profile.role.title}.`} />
      <h3 id="progression-from">Where people come to {profile.role.title} from</h3>
      <EdgeTable edges={comesFrom} direction="from" empty={`We have no moves on record into ${profile.role.title}.`} />
    </ProfileSection>
  );
}

function EdgeTable({ edges, direction, empty }: { edges: ProgressionEdge[]; direction: "to" | "from"; empty: string }) {
  if (edges.length === 0) return <p>{empty}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{direction === "to" ? "Roles this role leads to" : "Roles that lead to this role"}</caption>
        <thead>
          <tr>
            <th scope="col">{direction === "to" ? "Next role" : "Earlier role"}</th>
            <th scope="col">Track</th>
            <th scope="col" className="num">
              Typical years
            </th>
            <th scope="col">Skills to add</th>
          </tr>
        </thead>
        <tbody>
          {edges.map((edge) => (
            <tr key={edge.slug}>
              <th scope="row">
                <Link to={`/roles/${edge.slug}`}>{edge.title}</Link> <SourceRef id={edge.sourceId} />
                {edge.note ? <span className="skill-description">{edge.note}</span> : null}
              </th>
              <td>{TRACK_LABELS[edge.track]}</td>
              <td className="num">
                {edge.typicalYearsMin === edge.typicalYearsMax ? edge.typicalYearsMin : `${edge.typicalYearsMin}–${edge.typicalYearsMax}`}{" "}
                years
              </td>
              <td>{edge.skillsGained.length > 0 ? edge.skillsGained.join(", ") : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
