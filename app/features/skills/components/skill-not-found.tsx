import { MAX_SKILL_QUERY_LENGTH } from "~/features/skills/skills";

/** Shown under the 404 message for an unknown skill: the catalogue and a search (works without JavaScript). */
export function SkillNotFound() {
  return (
    <section className="skill-not-found" aria-labelledby="skill-not-found-title">
      <h2 id="skill-not-found-title">Find the skill</h2>
      <p>
        The skill may have another name. <a href="/skills">Browse every skill</a>, or search the skills by name or description.
      </p>
      <form method="get" action="/skills" role="search" className="skill-not-found__form">
        <label htmlFor="skill-not-found-q">Skill</label>
        <input id="skill-not-found-q" name="q" type="search" maxLength={MAX_SKILL_QUERY_LENGTH} autoComplete="off" />
        <button type="submit">Search skills</button>
      </form>
    </section>
  );
}
