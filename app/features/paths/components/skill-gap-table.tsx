import { LADDER_AXES, LADDER_AXIS_LABELS, type GapSkill, type SkillGap } from "~/features/paths/skill-gap";

/** One line that says what the gap is made of, for readers who skip the table. */
function gapSummary(gap: SkillGap): string {
  const skills = gap.groups.flatMap((g) => g.skills);
  const added = skills.filter((s) => s.change === "add").length;
  const deepened = skills.length - added;
  const parts = [added > 0 ? `${added} to add` : null, deepened > 0 ? `${deepened} to deepen` : null].filter(Boolean).join(" and ");
  const most = Math.max(...gap.groups.map((g) => g.skills.length));
  const largest = gap.groups.filter((g) => g.skills.length === most).map((g) => LADDER_AXIS_LABELS[g.axis].label.toLowerCase());
  const where =
    gap.groups.length === 1
      ? `All on the ${largest[0]} axis.`
      : largest.length === gap.groups.length
        ? `Spread evenly over ${gap.groups.length} axes.`
        : largest.length === 1
          ? `Most are on the ${largest[0]} axis.`
          : `Most are on the ${largest.slice(0, -1).join(", ")} and ${largest[largest.length - 1]} axes.`;
  return `${gap.total} ${gap.total === 1 ? "skill" : "skills"}: ${parts}. ${where}`;
}

function GapList({ skills }: { skills: GapSkill[] }) {
  if (skills.length === 0) return <span className="gap-none">—</span>;
  return (
    <ul className="gap-list">
      {skills.map((s) => (
        <li key={s.slug}>
          {s.name}
          {s.change === "deepen" ? <span className="gap-tag gap-tag--deepen"> deepen</span> : null}
          {s.namedForStep ? <span className="gap-tag gap-tag--step"> step skill</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The skill gap for one step as a table: a row per ladder axis (all five, so the shape of the step shows), core
 * skills before useful ones. Marks are words ("deepen", "step skill"), never colour alone.
 */
export function SkillGapTable({ gap, fromTitle, toTitle }: { gap: SkillGap; fromTitle: string; toTitle: string }) {
  if (gap.total === 0) {
    return (
      <p className="gap-empty">
        {fromTitle} already lists every skill {toTitle} needs, at the same level of need, and the step names no extra skill.
      </p>
    );
  }
  return (
    <>
      <p className="gap-summary">{gapSummary(gap)}</p>
      <div className="table-scroll">
        <table className="data-table gap-table">
          <caption>
            Skills to add or deepen to move from {fromTitle} to {toTitle}, by ladder axis
          </caption>
          <thead>
            <tr>
              <th scope="col">Axis</th>
              <th scope="col">Core for {toTitle}</th>
              <th scope="col">Useful</th>
            </tr>
          </thead>
          <tbody>
            {LADDER_AXES.map((axis) => {
              const skills = gap.groups.find((g) => g.axis === axis)?.skills ?? [];
              const core = skills.filter((s) => s.nextImportance === "core" || (s.nextImportance === null && s.namedForStep));
              const useful = skills.filter((s) => !core.includes(s));
              return (
                <tr key={axis}>
                  <th scope="row">
                    {LADDER_AXIS_LABELS[axis].label}
                    <span className="gap-axis-covers">{LADDER_AXIS_LABELS[axis].covers}</span>
                  </th>
                  <td>
                    <GapList skills={core} />
                  </td>
                  <td>
                    <GapList skills={useful} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** What the marks in the gap tables mean (shown once, above the first table). */
export function SkillGapLegend() {
  return (
    <div className="gap-legend">
      <p>How to read the skill gaps:</p>
      <ul>
        <li>A skill is listed when the next role needs it and the role you are in does not list it, or when the step itself names it.</li>
        <li>
          <span className="gap-tag gap-tag--deepen">deepen</span>: you already list it, but the next role needs more of it (core there,
          useful here) or the step names it as one to grow.
        </li>
        <li>
          <span className="gap-tag gap-tag--step">step skill</span>: our sources name it as a skill usually gained on the way to the next
          role; a step skill the next role does not list counts as core.
        </li>
      </ul>
    </div>
  );
}
