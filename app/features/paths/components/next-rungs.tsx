import { Link } from "react-router";
import type { CareerPath, NextRung, StepSummary } from "~/features/paths/career-ladder";
import { LEVEL_LABELS, TRACK_LABELS } from "~/features/roles/labels";
import type { RoleLevel } from "~db/schema/enums";
import { RungFigures } from "~/features/paths/components/rung-figures";
import { SkillGapLegend, SkillGapTable } from "~/features/paths/components/skill-gap-table";
import { StepYears } from "~/features/paths/components/step-years";

/** "Step up: Mid level → Senior", "Sideways move: both Mid level": the level change, in words. */
function MoveKind({ direction, from, to }: { direction: StepSummary["direction"]; from: RoleLevel; to: RoleLevel }) {
  if (direction === "up") {
    return (
      <>
        <span className="move-tag move-tag--up">Step up</span> {LEVEL_LABELS[from]} → {LEVEL_LABELS[to]}
      </>
    );
  }
  if (direction === "same") {
    return (
      <>
        <span className="move-tag move-tag--same">Sideways move</span> both {LEVEL_LABELS[from]}
      </>
    );
  }
  return (
    <>
      <span className="move-tag move-tag--down">Step down</span> {LEVEL_LABELS[from]} → {LEVEL_LABELS[to]}
    </>
  );
}

/** Every move from the role, each with the years it usually takes, the next role's figures and the skill gap. */
export function NextRungs({ path, search }: { path: CareerPath; search: string }) {
  const { role } = path;
  if (path.next.length === 0) {
    return (
      <div className="next-rungs-empty">
        <p className="notice">
          We have no move on record from {role.title}: in our data it is the top of its ladders. Below is where people come to it from
          {path.related.length > 0 ? ", and other moves from those roles" : ""}.
        </p>
        {path.related.length > 0 ? (
          <>
            <h3 id="related-moves">Related moves</h3>
            <p>Other roles people move to from the roles that lead to {role.title}:</p>
            <ul className="related-moves">
              {path.related.map((r) => (
                <li key={r.role.slug}>
                  <Link to={`/paths/${r.role.slug}${search}`}>{r.role.title}</Link>{" "}
                  <span className="muted">
                    from {r.via.title}, {TRACK_LABELS[r.step.track].toLowerCase()}, typically after <StepYears step={r.step} />
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    );
  }
  return (
    <>
      <SkillGapLegend />
      <ol className="next-rungs">
        {path.next.map((next) => (
          <NextRungCard key={next.role.slug} next={next} from={role} vintage={path.vintage} search={search} />
        ))}
      </ol>
    </>
  );
}

function NextRungCard({
  next,
  from,
  vintage,
  search,
}: {
  next: NextRung;
  from: CareerPath["role"];
  vintage: CareerPath["vintage"];
  search: string;
}) {
  const { role, step, gap } = next;
  const headingId = `next-${role.slug}`;
  return (
    <li className="next-rung">
      <h3 id={headingId} className="next-rung__title">
        {from.title} → {role.title}
      </h3>
      <p className="next-rung__move">
        <MoveKind direction={step.direction} from={from.level} to={role.level} /> · {TRACK_LABELS[step.track]} · typically after{" "}
        <StepYears step={step} /> as {from.title}
      </p>
      {step.note ? <p className="next-rung__note">{step.note}</p> : null}
      <RungFigures role={role} vintage={vintage} />
      <h4 className="next-rung__gap-title">Skill gap to {role.title}</h4>
      <SkillGapTable gap={gap} fromTitle={from.title} toTitle={role.title} />
      <p className="next-rung__links">
        <Link to={`/paths/${role.slug}${search}`}>Next rungs from {role.title}</Link>
        <Link to={`/roles/${role.slug}${search}`}>{role.title}: full role profile</Link>
      </p>
    </li>
  );
}

/** The moves into the role: a table of the earlier rungs, with their years and sources. */
export function EarlierRungs({ path, search }: { path: CareerPath; search: string }) {
  if (path.earlier.length === 0) {
    return <p>We have no move into {path.role.title} on record: in our data it is where ladders start.</p>;
  }
  return (
    <div className="table-scroll">
      <table className="data-table earlier-table">
        <caption>Roles that lead to {path.role.title}</caption>
        <thead>
          <tr>
            <th scope="col">Earlier role</th>
            <th scope="col">Move</th>
            <th scope="col">Track</th>
            <th scope="col" className="num">
              Typical years there first
            </th>
          </tr>
        </thead>
        <tbody>
          {path.earlier.map((e) => (
            <tr key={e.role.slug}>
              <th scope="row">
                <Link to={`/paths/${e.role.slug}${search}`}>{e.role.title}</Link>
              </th>
              <td>
                <MoveKind direction={e.step.direction} from={e.role.level} to={path.role.level} />
              </td>
              <td>{TRACK_LABELS[e.step.track]}</td>
              <td className="num">
                <StepYears step={e.step} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
