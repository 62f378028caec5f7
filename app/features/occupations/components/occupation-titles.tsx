import { Link } from "react-router";
import type { OccupationProfileView } from "~/features/occupations/profile.server";
import { SourceRef } from "~/features/sources/components/sources-context";
import { sameTitle } from "~/lib/list-titles";

const ORIGIN_TEXT = {
  bls_sample_title: "BLS sample job titles",
  onet_reported_title: "Titles workers reported to O*NET",
  onet_alternate_title: "O*NET alternate titles",
} as const;

/** Every other name the occupation goes by, grouped by who lists it. */
export function OccupationTitles({ titles }: { titles: OccupationProfileView["titles"] }) {
  if (titles.length === 0) return <p>No other titles are listed.</p>;
  return (
    <>
      {(Object.keys(ORIGIN_TEXT) as (keyof typeof ORIGIN_TEXT)[]).map((origin) => {
        const names = [...new Set(titles.filter((t) => t.origin === origin).map((t) => t.title))];
        if (names.length === 0) return null;
        const sourceId = titles.find((t) => t.origin === origin)!.sourceId;
        const list = <p className="title-list">{names.join(" · ")}</p>;
        return (
          <div key={origin}>
            <h3>
              {ORIGIN_TEXT[origin]} ({names.length}) <SourceRef id={sourceId} />
            </h3>
            {names.length > 40 ? (
              <details>
                <summary>Show all {names.length}</summary>
                {list}
              </details>
            ) : (
              list
            )}
          </div>
        );
      })}
    </>
  );
}

/**
 * O*NET's related occupations, each linked to the BLS line that has a page here, named where it is another one (not
 * where it differs only in capitals: O*NET writes titles in title case, BLS not).
 */
export function RelatedOccupations({ related }: { related: OccupationProfileView["related"] }) {
  if (related.length === 0) return <p>O*NET lists no related occupations.</p>;
  return (
    <ul className="related-list">
      {related.map((r) => (
        <li key={r.onetCode}>
          {r.blsCode ? <Link to={`/occupations/${r.blsCode}`}>{r.title}</Link> : r.title}{" "}
          <span className="muted">
            (O*NET {r.onetCode}
            {r.blsCode && r.blsTitle && !sameTitle(r.blsTitle, r.title) ? `; figures under ${r.blsTitle}` : ""})
          </span>
        </li>
      ))}
    </ul>
  );
}
