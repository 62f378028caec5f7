import { Link } from "react-router";

/** Roles as links to their profiles, separated by commas ("Cloud Engineer, IT Project Manager"). */
export function RoleLinks({ roles }: { roles: readonly { slug: string; title: string }[] }) {
  return roles.map((r, i) => (
    <span key={r.slug}>
      {i > 0 ? ", " : null}
      <Link to={`/roles/${r.slug}`}>{r.title}</Link>
    </span>
  ));
}
