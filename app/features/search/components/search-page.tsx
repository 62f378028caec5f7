import type { ReactNode } from "react";
import { Link } from "react-router";
import { NearestRoleList, nearestRolesLead, NO_NEAREST_ROLES } from "~/features/occupations/components/nearest-roles";
import { CLUSTER_LABELS } from "~/features/roles/labels";
import { ResultList } from "~/features/search/components/result-list";
import { TitleSearch } from "~/features/search/components/title-search";
import type { SearchPageView } from "~/features/search/search-page.server";

/** SOC 2018's major group of military specific occupations, which BLS projections and OEWS do not cover. */
const MILITARY_GROUP = "55-";

/** Searches a student might try, chosen to show that other names, misspellings and careers outside tech work too. */
const EXAMPLE_SEARCHES = ["server side dev", "SRE", "data sceintist", "penetration tester", "actuary", "nurse"];

/** `skillSection`: what the page shows when the query also names a skill (the route brings it from the skills explorer). */
export function SearchPage({ page, skillSection }: { page: SearchPageView; skillSection?: ReactNode }) {
  const { query, roles, occupations, didYouMean, occupationsFirst, unprojected, nearest, browse } = page;
  /** What the nearest roles are near: the O*NET occupation no role is filed under, or the line outside tech. */
  const nearTo = nearest?.occupation.isTech && nearest.occupation.onet ? nearest.occupation.onet.title : nearest?.occupation.title;
  const found = roles.length + occupations.length;
  // Best match first: the roles, unless an occupation's title is what was typed and no role's is ("writer").
  const roleResults =
    roles.length > 0 ? (
      <section aria-labelledby="role-results-title">
        <h2 id="role-results-title">Tech roles</h2>
        <ResultList items={roles} label="Matching tech roles" heading="h3" />
      </section>
    ) : null;
  // A skill's name typed ("python", "figma"): the skill comes first, unless a title is exactly what was typed ("chef" is
  // Chefs and head cooks' title, and the DevOps tool Chef only second).
  const titleTyped = [...roles, ...occupations].some((hit) => hit.quality === "exact");
  return (
    <div className="search-page">
      <h1>{query ? <>Search results for “{query}”</> : "Search job titles"}</h1>
      <TitleSearch key={query} variant="page" defaultQuery={query} />

      {query ? (
        <p className="search-page__summary" role="status">
          {searchSummary(page)}
        </p>
      ) : (
        <p className="lede">
          Type a job title as you have seen it in a job ad or heard it at school. Career Atlas knows its curated tech roles and every
          occupation BLS projects, with over 60,000 other names from O*NET and BLS; small misspellings are found too, and each result says
          why it matched.
        </p>
      )}

      {titleTyped ? null : skillSection}

      {unprojected.length > 0 ? (
        <section aria-labelledby="unprojected-title" className="search-page__unprojected">
          <h2 id="unprojected-title">Not among the occupations BLS projects</h2>
          <p>
            O*NET files “{unprojected[0]!.matchedText}” under{" "}
            {unprojected.map((u, i) => (
              <span key={u.onetCode}>
                {i > 0 ? (i === unprojected.length - 1 ? " and " : ", ") : null}
                <a href={`https://www.onetonline.org/link/summary/${u.onetCode}`}>
                  {u.onetTitle} ({u.onetCode})
                </a>
              </span>
            ))}
            {unprojected.every((u) => u.onetCode.startsWith(MILITARY_GROUP))
              ? ", among the military specific occupations (SOC major group 55), for which BLS publishes no projections and OEWS no wages,"
              : ", for which BLS publishes no projections,"}{" "}
            so Career Atlas has no growth, openings or pay figures for {unprojected.length === 1 ? "it" : "them"}. O*NET OnLine describes
            what the work involves.
          </p>
        </section>
      ) : null}

      {occupationsFirst ? null : roleResults}
      {nearest ? (
        <section aria-labelledby="nearest-title" className="search-page__nearest">
          <h2 id="nearest-title">
            {nearest.occupation.isTech && nearest.occupation.onet
              ? `No curated tech role is filed under ${nearest.occupation.onet.title}`
              : `${nearest.occupation.title} is outside the tech careers we curate`}
          </h2>
          <p>
            {nearest.occupation.isTech && nearest.occupation.onet ? (
              <>
                BLS counts it under {nearest.occupation.title}, whose <Link to={nearest.occupation.href}>occupation page</Link> has the
                projections, pay, tasks and skills.
              </>
            ) : (
              <>
                Its <Link to={nearest.occupation.href}>occupation page</Link> has BLS projections, pay, tasks and skills.
              </>
            )}
            {nearest.roles.length > 0 ? ` ${nearestRolesLead(nearest.roles)}` : ` ${NO_NEAREST_ROLES}`}
          </p>
          {nearest.roles.length > 0 && nearTo ? <NearestRoleList roles={nearest.roles} nearTo={nearTo} /> : null}
        </section>
      ) : null}

      {occupations.length > 0 ? (
        <section aria-labelledby="occupation-results-title">
          <h2 id="occupation-results-title">Occupations</h2>
          <ResultList items={occupations} label="Matching occupations" heading="h3" />
        </section>
      ) : null}

      {occupationsFirst ? roleResults : null}

      {titleTyped ? skillSection : null}

      {didYouMean.length > 0 ? (
        <section aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">{found > 0 ? "Not what you meant? Titles that only look alike" : "Did you mean one of these?"}</h2>
          <ResultList items={didYouMean} label="Closest titles" heading="h3" />
        </section>
      ) : null}

      {skillSection ? null : (
        <p className="search-page__yourself">
          Not sure of a title? Start from yourself: the <Link to="/explore/skills">skills explorer</Link> ranks tech careers by the skills
          you have, the <Link to="/explore/interests">interests explorer</Link> by the kinds of work you like.
        </p>
      )}

      {browse.length > 0 ? (
        <section aria-labelledby="browse-title">
          <h2 id="browse-title">{query ? "Browse instead" : "Start browsing"}</h2>
          <ul className="browse-list">
            {browse.map((role) => (
              <li key={role.slug}>
                <span className="browse-list__area">{CLUSTER_LABELS[role.careerCluster]}</span>
                <Link to={`/roles/${role.slug}`}>{role.title}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/roles">See all tech roles</Link> in one table, or <Link to="/occupations">every occupation</Link> BLS projects.
          </p>
          <h3 className="search-page__examples-title">Or try a search</h3>
          <ul className="example-searches">
            {EXAMPLE_SEARCHES.map((example) => (
              <li key={example}>
                <Link to={`/search?q=${encodeURIComponent(example)}`}>{example}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** "2 tech roles and 3 occupations match", "1 occupation matches": a kind with no hit is left out; the first shown first. */
/**
 * The line under the search box: how many answered, or why none did. When only close spellings answered ("streamer" →
 * the O*NET title "Steamer") it says so first, with the titles they spell, so a real word one letter from a title is not
 * taken for that title.
 */
export function searchSummary({
  query,
  searchable,
  roles,
  occupations,
  occupationsFirst,
  unprojected,
}: Pick<SearchPageView, "query" | "searchable" | "roles" | "occupations" | "occupationsFirst" | "unprojected">): string {
  const found = roles.length + occupations.length;
  if (found > 0 && [...roles, ...occupations].every((hit) => hit.quality === "fuzzy")) {
    const spelled = spelledAs([...roles, ...occupations]);
    return `No title is spelled “${query}”. ${foundText(roles.length, occupations.length, occupationsFirst, "closely")} (${spelled}), closest first.`;
  }
  if (found > 0) return `${foundText(roles.length, occupations.length, occupationsFirst)} “${query}”, best match first.`;
  if (unprojected.length > 0) {
    return `“${query}” is a title of ${unprojected.length === 1 ? "an occupation" : "occupations"} BLS publishes no projections or pay for.`;
  }
  return searchable ? `No job title we know matches “${query}”.` : `“${query}” has no letters or numbers to search for.`;
}

function foundText(roles: number, occupations: number, occupationsFirst: boolean, how?: "closely"): string {
  const kinds = [roles > 0 ? count(roles, "tech role") : "", occupations > 0 ? count(occupations, "occupation") : ""];
  const parts = (occupationsFirst ? kinds.reverse() : kinds).filter(Boolean);
  const one = roles + occupations === 1;
  return how === "closely"
    ? `${parts.join(" and ")} ${one ? "has" : "have"} a title spelled close to it`
    : `${parts.join(" and ")} ${one ? "matches" : "match"}`;
}

/** The titles close spellings matched, once each, in order: “Steamer”; “Tuber” and “Tube”; three and “2 others”. */
function spelledAs(hits: { matchedText: string }[]): string {
  const titles = [...new Set(hits.map((hit) => hit.matchedText))].map((title) => `“${title}”`);
  const shown = titles.slice(0, 3);
  const more = titles.length - shown.length;
  const list =
    more > 0
      ? `${shown.join(", ")} and ${count(more, "other")}`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`
        : shown[0];
  return list ?? "";
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
