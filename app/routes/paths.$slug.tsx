import { data, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/paths.$slug";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LadderChain } from "~/features/paths/components/ladder-chain";
import { LadderTree } from "~/features/paths/components/ladder-tree";
import { EarlierRungs, NextRungs } from "~/features/paths/components/next-rungs";
import { RungFigures } from "~/features/paths/components/rung-figures";
import { VintageSwitch } from "~/features/roles/components/vintage-switch";
import { RoleNotFoundSearch } from "~/features/roles/components/role-not-found";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { SourceList } from "~/features/sources/components/source-list";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { getCareerPath } from "~/features/paths/queries.server";
import { formatVintage } from "~/lib/format";
import { pageHeaders } from "~/lib/http.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { CLUSTER_LABELS, LEVEL_LABELS, TRACK_LABELS } from "~/features/roles/labels";
import { slugParam, vintageQuerySchema } from "~/lib/params.server";
import type { LadderTreeNode } from "~/features/paths/career-ladder";
import styles from "~/features/paths/paths.css?url";
import { LATEST_PROJECTION_VINTAGE } from "~db/schema/enums";

export async function loader({ request, params }: Route.LoaderArgs) {
  const slug = slugParam(params.slug, { noun: "role", path: "/paths/" });
  const { result, headers } = await loadPublicPage(request, {
    query: vintageQuerySchema,
    load: async ({ vintage }) => {
      const [path, dataVersion] = await Promise.all([getCareerPath({ slug, vintage }), getCurrentDataVersion()]);
      return { path, dataVersion };
    },
  });
  const { path } = result;
  if (!path) {
    throw new Response(`We have no role at the address “/paths/${slug.slice(0, 80)}”, so we cannot show its career ladder.`, {
      status: 404,
      statusText: "Not Found",
    });
  }
  return data({ path }, { headers });
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: Route.MetaFunction = ({ data: loaderData }) => {
  if (!loaderData) return [{ title: "Career ladder not found — Career Atlas" }];
  const { role, next } = loaderData.path;
  const description =
    next.length > 0
      ? `Where ${role.title} can lead (${next.map((n) => n.role.title).join(", ")}) and the skills to add for each next rung.`
      : `${role.title} is the top of its ladders in our data: where people come to it from, and related moves.`;
  return [{ title: `${role.title}: career ladder and next rungs — Career Atlas` }, { name: "description", content: description }];
};

export default function CareerPathPage() {
  const { path } = useLoaderData<typeof loader>();
  const { role, vintage } = path;
  const search = vintage === LATEST_PROJECTION_VINTAGE ? "" : `?vintage=${vintage}`;
  return (
    <ProfileSourcesProvider sources={path.sources}>
      <article className="paths">
        <header className="paths-header">
          <p className="paths-header__trail">
            <Link to={`/paths${search}`}>All career ladders</Link> · {CLUSTER_LABELS[role.careerCluster]} · {LEVEL_LABELS[role.level]}
          </p>
          <h1>Career ladder from {role.title}</h1>
          <p className="lede">
            Where {role.title} can lead, what to learn for each next rung (grouped on the technology, system, people, process and influence
            axes that engineering ladders use), and where people come to it from.
          </p>
          <p className="paths-caveat">
            Typical years are estimates of the time usually spent in a role before a move; they vary widely with the person, the employer
            and the economy. Each one names its source.
          </p>
          <VintageSwitch slug={role.slug} path={`/paths/${role.slug}`} vintage={vintage} label="BLS projection period for the figures:" />
        </header>

        <section id="you-are-here" className="paths-section you-are-here" aria-labelledby="you-are-here-title">
          <h2 id="you-are-here-title">You are here: {role.title}</h2>
          <p>
            {LEVEL_LABELS[role.level]}. <Link to={`/roles/${role.slug}${search}`}>{role.title}: full role profile</Link>
          </p>
          <RungFigures role={role} vintage={vintage} />
        </section>

        <section id="next" className="paths-section" aria-labelledby="next-title">
          <h2 id="next-title">
            Next rungs from {role.title}
            {path.next.length > 0 ? ` (${path.next.length})` : ""}
          </h2>
          {path.next.length > 0 ? (
            <p>
              Every move on record from {role.title}: steps up a level first, then sideways moves into neighbouring roles. Figures are for{" "}
              {formatVintage(vintage)}.
            </p>
          ) : null}
          <NextRungs path={path} search={search} />
        </section>

        <section id="ladders" className="paths-section" aria-labelledby="ladders-title">
          <h2 id="ladders-title">The ladders above {role.title}</h2>
          {path.ladders.map((ladder) => {
            const label = TRACK_LABELS[ladder.track];
            return (
              <div key={ladder.track} className="track-ladder">
                <h3 id={`ladder-${ladder.track}`}>{label}</h3>
                {ladder.main ? (
                  <>
                    <p>The main ladder: at each rung, the first move in ladder order (a step up to the nearest level first).</p>
                    <LadderChain chain={ladder.main} label={`${label}: main ladder from ${role.title}`} search={search} current />
                    <h4 id={`ladder-${ladder.track}-branches`}>Every branch on the {label.toLowerCase()}</h4>
                    <LadderTree
                      nodes={ladder.tree}
                      idPrefix={`up-${ladder.track}`}
                      direction="up"
                      search={search}
                      label={`${label}: every branch above ${role.title}`}
                    />
                  </>
                ) : (
                  <p>
                    No {label.toLowerCase()} move from {role.title} is on record.
                  </p>
                )}
              </div>
            );
          })}
        </section>

        <section id="below" className="paths-section" aria-labelledby="below-title">
          <h2 id="below-title">Where people come to {role.title} from</h2>
          <EarlierRungs path={path} search={search} />
          {path.below.some((n) => n.children.length > 0) ? (
            <>
              <h3 id="below-tree">Every route that leads here</h3>
              <details className="below-routes" open={countNodes(path.below) <= 12}>
                <summary>
                  All {countNodes(path.below)} steps on the routes to {role.title}, each earlier role with its own origins under it
                </summary>
                <LadderTree
                  nodes={path.below}
                  idPrefix="down"
                  direction="down"
                  search={search}
                  label={`Every route that leads to ${role.title}`}
                />
              </details>
            </>
          ) : null}
        </section>

        <SourceList sources={path.sources} />
      </article>
    </ProfileSourcesProvider>
  );
}

function countNodes(nodes: LadderTreeNode[]): number {
  return nodes.reduce((sum, n) => sum + 1 + countNodes(n.children), 0);
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary notFound={<RoleNotFoundSearch />} />;
}
