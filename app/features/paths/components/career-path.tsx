import { Link } from "react-router";
import { LadderChain } from "~/features/paths/components/ladder-chain";
import { LadderTree } from "~/features/paths/components/ladder-tree";
import { EarlierRungs, NextRungs } from "~/features/paths/components/next-rungs";
import { RungFigures } from "~/features/paths/components/rung-figures";
import type { getCareerPath } from "~/features/paths/queries.server";
import type { LadderTreeNode } from "~/features/paths/career-ladder";
import { PeriodSwitch } from "~/features/periods/components/period-switch";
import { withPeriod, type LoadedPeriods } from "~/features/periods/periods";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { SourceList } from "~/features/sources/components/source-list";
import { formatVintage } from "~/lib/format";
import { CLUSTER_LABELS, LEVEL_LABELS, TRACK_LABELS } from "~/features/roles/labels";

type CareerPathView = NonNullable<Awaited<ReturnType<typeof getCareerPath>>>;

/**
 * /paths/<role>: where a role leads, rung by rung, with each rung's figures and the skills to add on the way.
 * `periods` are the loaded projection periods the figures can be shown for.
 */
export function CareerPath({ path, periods }: { path: CareerPathView; periods: LoadedPeriods }) {
  const { role, vintage } = path;
  // Every link keeps the period (left out for the newest).
  const search = withPeriod("", { vintage, latest: periods.latest });
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
          <PeriodSwitch periods={periods} path={`/paths/${role.slug}`} vintage={vintage} label="BLS projection period for the figures:" />
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
              {formatVintage(vintage)}, each of the whole occupation a role is filed under, every level of experience included: a step up
              can show a lower median when the next role&rsquo;s occupation pays less on the whole. The 10th percentile is not a starting
              salary either: it is what the lowest-paid tenth of all workers in the occupation earn.
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
