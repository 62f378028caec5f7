import { SourceRef } from "~/features/sources/components/sources-context";
import { HandoutSection } from "~/features/handout/components/handout-sheet";
import { formatCount, formatDollars, formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import type { LessonBundleView } from "~/features/lessons/lessons";
import { lowPercentilesNote, PAY_SPREAD_LABEL, paySpreadText } from "~/features/pay/pay";

/**
 * The lesson's one-page handout body: every role of the lesson in one table (its occupation, and that occupation's
 * median pay with its OEWS 10th–90th percentile spread, growth against all occupations, jobs and openings from the
 * lesson's data version and period, and the typical entry education), each figure with its numbered source and its year in the column or cell; then the
 * discussion questions. The lesson holds at most 8 roles and 12 questions (db/schema/lesson-limits.ts), so it all
 * fits one printed page, at the type size handout-print-type.ts chooses for it (tests/e2e/handout-type.spec.ts and
 * lessons-secret.spec.ts print the largest lesson the form allows).
 */
export function LessonHandoutBody({ lesson }: { lesson: LessonBundleView }) {
  const period = formatVintage(lesson.vintage);
  const first = lesson.roles.find((r) => r.figures)?.figures;
  const wageYear = first?.wageYear ?? null;
  return (
    <>
      <HandoutSection id="lesson-handout-roles" title="The roles in this lesson">
        <table className="handout-table lesson-handout-table">
          <caption className="visually-hidden">
            Key figures of each role's U.S. occupation: BLS employment projections {period}
            {wageYear !== null ? `, median pay ${formatWageYear(wageYear)}` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Role (its occupation, SOC code)</th>
              <th scope="col" className="num">
                Median pay{wageYear !== null ? `, ${formatWageYear(wageYear)}` : ""}
              </th>
              <th scope="col" className="num">
                Growth, {period}
              </th>
              <th scope="col" className="num">
                Jobs{first ? `, ${first.baseYear} → ${first.targetYear}` : ""}
              </th>
              <th scope="col" className="num">
                Openings a year
              </th>
              <th scope="col">Typical entry education</th>
            </tr>
          </thead>
          <tbody>
            {lesson.roles.map((role) => {
              const f = role.figures;
              return (
                <tr key={role.slug}>
                  <th scope="row">
                    <strong>{role.title ?? role.slug}</strong>
                    {f ? (
                      <>
                        {" "}
                        ({f.occupationTitle}, {f.socCode})
                      </>
                    ) : null}
                    {role.title === null ? " (no longer in Career Atlas)" : null}
                  </th>
                  {f ? (
                    <>
                      <td className="num" data-label={`Median pay${wageYear !== null ? `, ${formatWageYear(wageYear)}` : ""}`}>
                        {f.medianAnnualWage !== null && f.wageYear !== null ? (
                          <>
                            {formatDollars(f.medianAnnualWage)}
                            {f.wageYear !== wageYear ? ` (${formatWageYear(f.wageYear)})` : ""} <SourceRef id={f.sourceId} />
                            {f.pay && paySpreadText(f.pay) ? (
                              <span className="lesson-handout-table__detail">
                                {PAY_SPREAD_LABEL}: {paySpreadText(f.pay)}
                                {f.pay.wageYear !== wageYear ? ` (${formatWageYear(f.pay.wageYear)})` : ""}{" "}
                                <SourceRef id={f.pay.sourceId} />
                              </span>
                            ) : null}
                          </>
                        ) : (
                          "Not published"
                        )}
                      </td>
                      <td className="num" data-label={`Growth, ${period}`}>
                        {formatPercentChange(f.changePercent)} <SourceRef id={f.sourceId} />
                        {f.comparison ? (
                          <span className="lesson-handout-table__detail">
                            {" "}
                            all occupations {formatPercentChange(f.comparison.allOccupationsPercent)}{" "}
                            <SourceRef id={f.comparison.allOccupationsSourceId} />
                          </span>
                        ) : null}
                      </td>
                      <td className="num" data-label={`Jobs, ${f.baseYear} → ${f.targetYear}`}>
                        {formatCount(f.employmentBase)} → {formatCount(f.employmentProjected)} <SourceRef id={f.sourceId} />
                      </td>
                      <td className="num" data-label="Openings a year">
                        {f.annualOpenings !== null ? (
                          <>
                            {formatCount(f.annualOpenings)} <SourceRef id={f.sourceId} />
                          </>
                        ) : (
                          "Not published"
                        )}
                      </td>
                    </>
                  ) : (
                    <td colSpan={4}>BLS publishes no {period} projection for this role's occupation.</td>
                  )}
                  <td data-label="Typical entry education">
                    {role.entryEducation && role.entrySourceId ? (
                      <>
                        {role.entryEducation}
                        {role.entryDataYear ? ` (${formatVintage(role.entryDataYear)})` : ""} <SourceRef id={role.entrySourceId} />
                      </>
                    ) : (
                      "Not given"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="lesson-handout__caveat">
          Pay, growth, jobs and openings are those of the whole U.S. occupation each role belongs to, not of the role alone; openings are a
          yearly average over {period}.
          {lesson.roles.some((r) => r.figures?.pay && r.figures.medianAnnualWage !== null && paySpreadText(r.figures.pay))
            ? ` ${lowPercentilesNote({ quarter: false }).lead}`
            : null}
        </p>
      </HandoutSection>
      {lesson.questions.length > 0 ? (
        <HandoutSection id="lesson-handout-questions" title="Questions to discuss">
          <ol className="handout-list lesson-handout__questions">
            {lesson.questions.map((q, i) => (
              <li key={i}>
                {q.text}
                {q.roleTitle ? <> (about {q.roleTitle})</> : null}
              </li>
            ))}
          </ol>
        </HandoutSection>
      ) : null}
    </>
  );
}
