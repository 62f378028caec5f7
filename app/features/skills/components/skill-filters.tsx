import { Form, Link } from "react-router";
import { SKILL_KIND_LABELS } from "~/features/roles/labels";
import { MAX_SKILL_QUERY_LENGTH, SKILL_KINDS, type SkillFilters } from "~/features/skills/skills";

/**
 * The catalogue's filters as a plain GET form: it works without JavaScript and the URL is the state
 * (`?kind=&hot=1&q=`). Keyed by the filters so its fields follow back/forward navigation after hydration.
 */
export function SkillFilterForm({ filters }: { filters: SkillFilters }) {
  return (
    <Form
      key={`${filters.kind ?? ""}|${filters.hot ? 1 : 0}|${filters.q ?? ""}`}
      method="get"
      action="/skills"
      className="skill-filters"
      role="search"
      aria-label="Filter skills"
      preventScrollReset
    >
      <label className="skill-filters__field">
        Search skills
        <input
          type="search"
          name="q"
          defaultValue={filters.q ?? ""}
          maxLength={MAX_SKILL_QUERY_LENGTH}
          autoComplete="off"
          placeholder="e.g. cloud, SQL"
        />
      </label>
      <label className="skill-filters__field">
        Kind of skill
        <select name="kind" defaultValue={filters.kind ?? ""}>
          <option value="">All kinds</option>
          {SKILL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SKILL_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="skill-filters__check">
        <input type="checkbox" name="hot" value="1" defaultChecked={filters.hot ?? false} />
        Only skills marked hot or in demand
      </label>
      <div className="skill-filters__actions">
        <button type="submit">Show skills</button>
        <Link to="/skills">Reset</Link>
      </div>
    </Form>
  );
}
