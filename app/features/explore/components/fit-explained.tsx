import type { LearnNextView, OccupationFit, RoleFit } from "~/features/explore/skills-explorer.server";
import { learnNextExampleText, type PickedSkill } from "~/features/explore/skill-fit";

/** One career's points, pick by pick: the worked example under the formula. */
function WorkedExample({ picks, career, strongWord }: { picks: PickedSkill[]; career: RoleFit | OccupationFit; strongWord: string }) {
  const { fit } = career;
  const parts = picks.map((pick, i) => {
    const points = fit.strong.includes(i) ? 2 : fit.matched.includes(i) ? 1 : 0;
    const why = points === 2 ? `asked for, ${strongWord}` : points === 1 ? "asked for" : "not asked for";
    return { name: pick.name, points, why };
  });
  return (
    <p>
      For <strong>{career.title}</strong>:{" "}
      {parts.map((p, i) => (
        <span key={p.name}>
          {i > 0 ? " + " : null}
          {p.name} {p.points} ({p.why})
        </span>
      ))}{" "}
      = {fit.points} of {fit.maxPoints} points.
    </p>
  );
}

function LearnNextExample({ skill }: { skill: LearnNextView }) {
  return (
    <p>
      For <strong>{skill.name}</strong>, the first skill under Learn next: {learnNextExampleText(skill)}
    </p>
  );
}

/** The fit formula in plain words (skill-fit.ts is the code), with a worked example from the student's own list. */
export function FitExplained({
  picks,
  topOccupation,
  topRole,
  firstToLearn,
}: {
  picks: PickedSkill[];
  topOccupation?: OccupationFit;
  topRole?: RoleFit;
  firstToLearn?: LearnNextView;
}) {
  return (
    <section aria-labelledby="explore-formula" className="explore-formula defer-layout">
      <h2 id="explore-formula">How the fit is worked out</h2>
      <ul>
        <li>
          Each of your skills a career asks for earns <strong>1 point</strong>, and <strong>1 more</strong> where the career marks it
          strong: for an occupation, O*NET 30.1 flags that technology <em>In Demand</em> for it (from employers&rsquo; job postings); for
          one of our tech roles, it is a <em>core</em> skill of the role.
        </li>
        <li>
          A career&rsquo;s fit is its points out of 2 for each skill you picked ({picks.length} skill{picks.length === 1 ? "" : "s"}:{" "}
          {2 * picks.length} points). Careers are listed by points, then by how many of your skills they ask for, then by projected growth,
          then A to Z.
        </li>
        <li>
          An occupation asks for a technology when O*NET lists it for one of the O*NET occupations filed under that BLS occupation. One of
          our skills (such as SQL) stands for the O*NET technologies it names.
        </li>
        <li>
          <em>Learn next</em> looks at the careers on your list projected to grow at least as fast as all occupations: the tech roles and
          the occupations shown above, each career once. One of our roles stands for the BLS occupation it is filed under, so that
          occupation is not counted again beside it. Each skill you do not have earns 2 points from every such career that marks it in
          demand, hot or core, and 1 from every other such career that asks for it. The three with the most points are shown.
        </li>
      </ul>
      <h3>Worked example</h3>
      {topOccupation ? <WorkedExample picks={picks} career={topOccupation} strongWord="in demand" /> : null}
      {topRole ? <WorkedExample picks={picks} career={topRole} strongWord="core" /> : null}
      {firstToLearn ? <LearnNextExample skill={firstToLearn} /> : null}
      <p className="muted">
        Fit says how much of what you already know a career uses; it says nothing about whether you would enjoy it or get hired. Growth,
        openings and pay are BLS&rsquo;s figures for the whole occupation, every level of experience included.
      </p>
    </section>
  );
}
