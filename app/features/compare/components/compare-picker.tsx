import { Form, Link } from "react-router";
import { CLUSTER_LABELS } from "~/features/roles/labels";
import { compareHref, MAX_COMPARED_ROLES, MIN_COMPARED_ROLES, type RoleChoice } from "~/features/compare/role-comparison";
import { PeriodSwitch } from "~/features/periods/components/period-switch";
import { withPeriod, type LoadedPeriods, type ProjectionVintage } from "~/features/periods/periods";

/**
 * The roles being compared, each with a remove link, and a GET form to add one (works without JavaScript: the
 * server turns `?roles=a,b&add=c` into `?roles=a,b,c`). The address is the whole state, so every step is a link.
 */
export function ComparePicker({
  chosen,
  choices,
  vintage,
  periods,
}: {
  chosen: RoleChoice[];
  choices: RoleChoice[];
  vintage: ProjectionVintage;
  /** The loaded periods, for the period switch; the newest is left out of addresses. */
  periods: LoadedPeriods;
}) {
  const slugs = chosen.map((c) => c.slug);
  const { latest } = periods;
  const href = (list: string[]) => compareHref(list, { vintage, latest });
  const available = choices.filter((c) => !slugs.includes(c.slug));
  const full = chosen.length >= MAX_COMPARED_ROLES;
  return (
    <section className="compare-picker" aria-labelledby="compare-picker-title">
      <h2 id="compare-picker-title">
        {chosen.length === 0 ? "Choose roles to compare" : `Roles compared (${chosen.length} of at most ${MAX_COMPARED_ROLES})`}
      </h2>
      {chosen.length > 0 ? (
        <ol className="compare-picker__chosen">
          {chosen.map((role) => (
            <li key={role.slug}>
              <Link to={withPeriod(`/roles/${role.slug}`, { vintage, latest })} className="compare-picker__role">
                {role.title}
              </Link>{" "}
              <Link to={href(slugs.filter((s) => s !== role.slug))} className="compare-picker__remove" preventScrollReset>
                Remove<span className="visually-hidden"> {role.title} from the comparison</span>
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
      {full ? (
        <p className="compare-picker__full">{MAX_COMPARED_ROLES} roles is the most we show side by side. Remove one to add another.</p>
      ) : (
        <Form key={slugs.join(",")} method="get" action="/compare" className="compare-picker__form" preventScrollReset>
          {slugs.length > 0 ? <input type="hidden" name="roles" value={slugs.join(",")} /> : null}
          {vintage !== latest ? <input type="hidden" name="vintage" value={vintage} /> : null}
          {chosen.length === 0 ? (
            <>
              <RoleSelect id="compare-add-first" label="First role" choices={available} required />
              <RoleSelect id="compare-add-second" label="Second role" choices={available} required />
            </>
          ) : (
            <RoleSelect
              id="compare-add"
              label={chosen.length < MIN_COMPARED_ROLES ? `Compare ${chosen[0]!.title} with` : "Add a role"}
              choices={available}
              required
            />
          )}
          <button type="submit">{chosen.length < MIN_COMPARED_ROLES ? "Compare" : "Add to comparison"}</button>
        </Form>
      )}
      <PeriodSwitch periods={periods} vintage={vintage} hrefFor={(v) => compareHref(slugs, { vintage: v, latest })} />
    </section>
  );
}

function RoleSelect({ id, label, choices, required }: { id: string; label: string; choices: RoleChoice[]; required: boolean }) {
  const clusters = [...new Set(choices.map((c) => c.careerCluster))];
  return (
    <div className="compare-picker__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name="add" required={required} defaultValue="">
        <option value="">Choose a role…</option>
        {clusters.map((cluster) => (
          <optgroup key={cluster} label={CLUSTER_LABELS[cluster]}>
            {choices
              .filter((c) => c.careerCluster === cluster)
              .map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.title}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
