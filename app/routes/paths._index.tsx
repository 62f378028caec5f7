import { data, Link, redirect, useLoaderData } from "react-router";
import type { Route } from "./+types/paths._index";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LadderChain } from "~/features/paths/components/ladder-chain";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { SourceList } from "~/features/sources/components/source-list";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { listCareerLadders } from "~/features/paths/queries.server";
import { pageHeaders } from "~/lib/http.server";
import { citedPage } from "~/features/data-pin/cite.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import { loadPublicPage } from "~/lib/page-loader.server";
import { LEVEL_LABELS, TRACK_LABELS } from "~/features/roles/labels";
import { laddersQuerySchema } from "~/features/paths/params.server";
import { LADDER_AXES, LADDER_AXIS_LABELS } from "~/features/paths/skill-gap";
import { readProjectionPeriod } from "~/features/periods/params.server";
import { ROLE_LEVELS } from "~db/schema/enums";
import styles from "~/features/paths/paths.css?url";

export async function loader({ request }: Route.LoaderArgs) {
  const { result, headers } = await loadPublicPage(request, {
    query: laddersQuerySchema,
    load: async ({ vintage: asked, role }) => {
      // The page shows no projections, only the ladders' typical years: a period in the address is only carried on to
      // the ladders (checked against the loaded ones, and left out when it is the newest).
      const chosen = asked === undefined ? null : await readProjectionPeriod(asked);
      const vintage = chosen && chosen.period.vintage !== chosen.periods.latest ? chosen.period.vintage : null;
      const search = vintage ? `?vintage=${vintage}` : "";
      // An unknown role gets the ladder page's own 404 (with its search form).
      if (role) throw redirect(`/paths/${role}${search}`);
      const [ladders, dataVersion] = await Promise.all([listCareerLadders(), getCurrentDataVersion()]);
      return { ladders, vintage, search, dataVersion };
    },
  });
  const { ladders, vintage, search, dataVersion } = result;
  const citation = citedPage({ request, title: TITLE, dataVersion, pinnable: false });
  return data({ ladders, vintage, search, citation }, { headers });
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: styles }];

const TITLE = "Career ladders: from first job to CTO";

export const meta: Route.MetaFunction = () => [
  { title: `${TITLE} — Career Atlas` },
  {
    name: "description",
    content: "Technical and management career ladders in tech, with typical years per step and the skills to add for each next rung.",
  },
];

export default function CareerLaddersPage() {
  const { ladders, vintage, search, citation } = useLoaderData<typeof loader>();
  const byLevel = ROLE_LEVELS.map((level) => ({ level, roles: ladders.roles.filter((r) => r.level === level) })).filter(
    (g) => g.roles.length > 0,
  );
  return (
    <ProfileSourcesProvider sources={ladders.sources}>
      <article className="paths">
        <h1>Career ladders</h1>
        <p className="lede">
          How tech careers usually progress: the technical ladder (for example Junior Developer → Back-End Developer → Senior Software
          Engineer → Lead Developer → Software Architect → CTO) and the management branch (Engineering Manager → Director of Engineering →
          CTO). Pick any role to see where you are, the next rungs, and the skills to add for each.
        </p>

        <form method="get" action="/paths" className="paths-picker" aria-labelledby="paths-picker-title">
          <h2 id="paths-picker-title">You are here</h2>
          {vintage ? <input type="hidden" name="vintage" value={vintage} /> : null}
          <label htmlFor="paths-picker-role">Your role now</label>
          <div className="paths-picker__row">
            <select id="paths-picker-role" name="role" defaultValue="junior-developer">
              {byLevel.map((group) => (
                <optgroup key={group.level} label={LEVEL_LABELS[group.level]}>
                  {group.roles.map((r) => (
                    <option key={r.slug} value={r.slug}>
                      {r.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <button type="submit">Show my next rungs</button>
          </div>
        </form>

        <section className="paths-section" aria-labelledby="axes-title">
          <h2 id="axes-title">The five growth axes</h2>
          <p>
            Engineering ladders describe growth on a few axes. Career Atlas files every skill on one of them, so the skills to add for a
            next rung come grouped:
          </p>
          <dl className="axes-list">
            {LADDER_AXES.map((axis) => (
              <div key={axis}>
                <dt>{LADDER_AXIS_LABELS[axis].label}</dt>
                <dd>{LADDER_AXIS_LABELS[axis].covers}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section className="paths-section" aria-labelledby="starts-title">
          <h2 id="starts-title">Where ladders start</h2>
          <p>
            Roles nothing in our data leads to, each with its main ladder on the technical and the management track. Typical years are
            estimates that vary widely; each step names its source.
          </p>
          <ul className="ladder-starts">
            {ladders.starts.map((start) => (
              <li key={start.role.slug} className="ladder-start">
                <h3 id={`start-${start.role.slug}`}>
                  <Link to={`/paths/${start.role.slug}${search}`}>{start.role.title}</Link>{" "}
                  <span className="ladder-start__level">{LEVEL_LABELS[start.role.level]}</span>
                </h3>
                {start.ladders.map((l) => (
                  <div key={l.track} className="ladder-start__track">
                    <h4>{TRACK_LABELS[l.track]}</h4>
                    <LadderChain chain={l.chain} label={`${TRACK_LABELS[l.track]} from ${start.role.title}`} search={search} />
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </section>

        <section className="paths-section" aria-labelledby="all-roles-title">
          <h2 id="all-roles-title">Start from any role</h2>
          {byLevel.map((group) => (
            <div key={group.level} className="paths-level">
              <h3>{LEVEL_LABELS[group.level]}</h3>
              <ul className="paths-role-list">
                {group.roles.map((r) => (
                  <li key={r.slug}>
                    <Link to={`/paths/${r.slug}${search}`}>{r.title}</Link>
                    {r.hasMoves ? null : <span className="muted"> (no moves on record)</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>

        <SourceList sources={ladders.sources} />
        <CiteThisPage citation={citation} sources={ladders.sources} />
      </article>
    </ProfileSourcesProvider>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
