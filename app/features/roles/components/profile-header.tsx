import { Link } from "react-router";
import { PeriodSwitch } from "~/features/periods/components/period-switch";
import type { LoadedPeriods } from "~/features/periods/periods";
import { CLUSTER_LABELS, LEVEL_LABELS } from "~/features/roles/labels";
import type { RoleProfile } from "~/features/roles/role-profile";
import { PROFILE_SECTIONS } from "~/ui/profile-section";

/** Where the role's other views are: the comparison, the slides and the handout (built by the route, which knows their features). */
export interface ProfileActions {
  compare: string;
  present: string;
  handout: string;
}

/** The profile's head: trail, title, summary, the loaded projection periods to switch between, its other views and contents. */
export function ProfileHeader({ profile, periods, actions }: { profile: RoleProfile; periods: LoadedPeriods; actions: ProfileActions }) {
  const { role } = profile;
  return (
    <header className="profile-header">
      <p className="profile-header__trail">
        <Link to="/roles">All roles</Link> · {CLUSTER_LABELS[role.careerCluster as keyof typeof CLUSTER_LABELS] ?? role.careerCluster} ·{" "}
        {LEVEL_LABELS[role.level]}
      </p>
      <h1>{role.title}</h1>
      {/* The summary opens "What they do" as well: phones leave it out here, so the quick facts fit the first screen. */}
      <p className="lede profile-header__summary">{role.summary}</p>
      <PeriodSwitch periods={periods} vintage={profile.vintage} path={`/roles/${role.slug}`} />
      <p className="profile-actions">
        <Link to={actions.compare}>Compare {role.title} with other roles</Link>
        {" · "}
        <Link to={actions.present}>Present {role.title} to a class</Link>
        {" · "}
        <Link to={actions.handout}>Print a one-page handout</Link>
      </p>
      <nav className="profile-toc" aria-label="On this page">
        <ol>
          {PROFILE_SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
    </header>
  );
}
