import { Form, Link } from "react-router";
import { CLUSTER_LABELS } from "~/features/roles/labels";
import { comparedHeading, compareHref, MAX_COMPARED_ROLES, MIN_COMPARED_ROLES, type RoleChoice } from "~/features/compare/role-comparison";
import type { OccupationChoice, PickerOccupationSearch } from "~/features/compare/comparison";
import { OccupationMatches } from "~/features/compare/components/deferred-parts";
import { PeriodSwitch } from "~/features/periods/components/period-switch";
import { withPeriod, type LoadedPeriods, type ProjectionVintage } from "~/features/periods/periods";

/**
 * The roles and occupations being compared, each with a remove link, and one GET form (it works without JavaScript):
 * a role from the list (the server turns `?roles=a,b&add=c` into `?roles=a,b,c`), and an occupation by its title or SOC
 * code (`find=`: a code is added the same way; words list the matching occupations, each a link that adds it). One form,
 * so a role chosen and an occupation typed travel together, whichever button sends them (a helper's pass: with two
 * forms, choosing Data Scientist, then finding "nurse", lost Data Scientist). Neither field is required, so Enter in
 * the occupation field sends it (sent empty, the page's address drops the blank fields and it stays as it was). The
 * address is the whole state.
 */
export function ComparePicker({
  chosen,
  chosenOccupations = [],
  occupationSearch = null,
  choices,
  vintage,
  periods,
}: {
  chosen: RoleChoice[];
  /** The occupations compared (none: a role-only comparison). */
  chosenOccupations?: OccupationChoice[];
  occupationSearch?: PickerOccupationSearch | null;
  choices: readonly RoleChoice[];
  vintage: ProjectionVintage;
  /** The loaded periods, for the period switch; the newest is left out of addresses. */
  periods: LoadedPeriods;
}) {
  const slugs = chosen.map((c) => c.slug);
  const codes = chosenOccupations.map((o) => o.socCode);
  const { latest } = periods;
  const href = (list: string[], occupations: string[] = codes) => compareHref(list, { vintage, latest, occupations });
  const available = choices.filter((c) => !slugs.includes(c.slug));
  const count = chosen.length + chosenOccupations.length;
  const full = count >= MAX_COMPARED_ROLES;
  const state = (
    <>
      {slugs.length > 0 ? <input type="hidden" name="roles" value={slugs.join(",")} /> : null}
      {codes.length > 0 ? <input type="hidden" name="occupations" value={codes.join(",")} /> : null}
      {vintage !== latest ? <input type="hidden" name="vintage" value={vintage} /> : null}
    </>
  );
  const first = chosen[0]?.title ?? chosenOccupations[0]?.title;
  return (
    <section className="compare-picker" aria-labelledby="compare-picker-title">
      <h2 id="compare-picker-title">{comparedHeading({ roles: chosen.length, occupations: chosenOccupations.length })}</h2>
      {count > 0 ? (
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
          {chosenOccupations.map((occupation) => (
            <li key={occupation.socCode}>
              <Link to={`/occupations/${occupation.socCode}`} className="compare-picker__role">
                {occupation.title}
              </Link>{" "}
              <span className="compare-picker__kind">occupation, SOC {occupation.socCode}</span>{" "}
              <Link
                to={href(
                  slugs,
                  codes.filter((c) => c !== occupation.socCode),
                )}
                className="compare-picker__remove"
                preventScrollReset
              >
                Remove<span className="visually-hidden"> {occupation.title} from the comparison</span>
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
      {full ? (
        <p className="compare-picker__full">
          {MAX_COMPARED_ROLES} roles and occupations is the most we show side by side. Remove one to add another.
        </p>
      ) : (
        <Form
          key={`${slugs.join(",")}|${codes.join(",")}`}
          method="get"
          action="/compare"
          className="compare-picker__forms"
          preventScrollReset
        >
          {state}
          <div className="compare-picker__form">
            {count === 0 ? (
              <>
                <RoleSelect id="compare-add-first" label="First role" choices={available} />
                <RoleSelect id="compare-add-second" label="Second role" choices={available} />
              </>
            ) : (
              <RoleSelect
                id="compare-add"
                label={count < MIN_COMPARED_ROLES ? `Compare ${first!} with` : "Add a role"}
                choices={available}
              />
            )}
            <button type="submit">{count < MIN_COMPARED_ROLES ? "Compare" : "Add to comparison"}</button>
          </div>
          <div className="compare-picker__form">
            <div className="compare-picker__field">
              <label htmlFor="compare-find">{count === 1 ? "Or with an occupation" : "Add an occupation"}</label>
              <input
                id="compare-find"
                name="find"
                type="search"
                maxLength={100}
                defaultValue={occupationSearch?.query ?? ""}
                aria-describedby="compare-find-hint"
              />
              <span id="compare-find-hint" className="compare-picker__hint">
                Any of the 800+ occupations BLS publishes: type a job title (nurse, electrician) or a SOC code (29-1141).
              </span>
            </div>
            <button type="submit">Find occupation</button>
          </div>
        </Form>
      )}
      {occupationSearch && !full ? <OccupationMatches search={occupationSearch} /> : null}
      <PeriodSwitch periods={periods} vintage={vintage} hrefFor={(v) => compareHref(slugs, { vintage: v, latest })} />
    </section>
  );
}

function RoleSelect({ id, label, choices }: { id: string; label: string; choices: readonly RoleChoice[] }) {
  const clusters = [...new Set(choices.map((c) => c.careerCluster))];
  return (
    <div className="compare-picker__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name="add" defaultValue="">
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
