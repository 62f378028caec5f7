import { Link } from "react-router";
import type { SkillNamed } from "~/features/explore/skills-explorer.server";

/**
 * On the search page, when what was typed is also a skill's or technology's name ("python", "figma"): students often
 * start from what they can do rather than a job title, so the page offers the skill's page, the skills map from it and
 * the skills explorer with it picked, beside whatever titles matched.
 */
export function SkillFromSearch({ query, skill }: { query: string; skill: SkillNamed }) {
  return (
    <section aria-labelledby="skill-named-title" className="search-page__skill">
      <h2 id="skill-named-title">Start from the skill: {skill.name}</h2>
      <p>
        “{query}” is also the name of{" "}
        {skill.kind === "skill" ? "a skill Career Atlas maps to tech roles" : "one of the technologies O*NET lists for occupations"}.
      </p>
      <ul>
        <li>
          <Link to={skill.href}>Which careers ask for {skill.name}</Link>
        </li>
        <li>
          <Link to={skill.mapHref}>{skill.name} on the skills map</Link>
        </li>
        <li>
          <Link to={skill.explorerHref}>Start from your skills with {skill.name}</Link>: add what else you know, and see the careers that
          fit
        </li>
      </ul>
    </section>
  );
}
