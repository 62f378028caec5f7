import { Form, Link } from "react-router";
import type { CareerCluster, SkillKind } from "~db/schema/enums";
import { CLUSTER_LABELS, SKILL_KIND_LABELS } from "~/features/roles/labels";

/**
 * The map's filters as a plain GET form (works without JavaScript). Applying filters starts a new view, so the
 * focus is not carried over.
 */
export function MapFilters({
  kind,
  cluster,
  onetOnly,
  options,
}: {
  kind?: SkillKind;
  cluster?: CareerCluster;
  onetOnly: boolean;
  options: { kinds: SkillKind[]; clusters: CareerCluster[] };
}) {
  return (
    <Form method="get" action="/map" className="map-filters" aria-label="Filter the map">
      <label>
        Skill kind
        <select name="kind" defaultValue={kind ?? ""}>
          <option value="">All kinds</option>
          {options.kinds.map((k) => (
            <option key={k} value={k}>
              {SKILL_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Career cluster of the roles
        <select name="cluster" defaultValue={cluster ?? ""}>
          <option value="">All clusters</option>
          {options.clusters.map((c) => (
            <option key={c} value={c}>
              {CLUSTER_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="map-filters__check">
        <input type="checkbox" name="hot" value="1" defaultChecked={onetOnly} /> Only O*NET hot &amp; in-demand skills
      </label>
      <div className="map-filters__actions">
        <button type="submit">Show map</button>
        <Link to="/map">Reset</Link>
      </div>
    </Form>
  );
}
