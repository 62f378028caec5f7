import type { ReactNode } from "react";
import { listTitles } from "~/features/compare/components/compare-quick-facts";
import { SourceRef } from "~/features/sources/components/sources-context";
import { formatCount, formatCountChange, formatDollars, formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import type { ComparisonHandout, ComparisonHandoutRole } from "~/features/handout/handout";
import { AI_LAYER_LABELS } from "~/features/roles/labels";
import { AiCaveat, BETA_MEANING, InlineNote, ResearchLayer } from "~/features/handout/components/ai-summary";
import { HandoutGrowthChart } from "~/features/handout/components/growth-chart";
import { HandoutSection } from "~/features/handout/components/handout-sheet";
import { EdgeText } from "~/features/handout/components/role-handout";

/**
 * The sections of a comparison's handout: quick facts side by side (which are also the chart's data table), the
 * growth chart, hot skills in common, where each role leads, and AI impact per role.
 */
export function ComparisonHandoutBody({ handout }: { handout: ComparisonHandout }) {
  const { roles, allOccupations: total, vintage } = handout;
  const period = formatVintage(vintage);
  const first = roles.find((r) => r.projection)?.projection;
  const baseYear = first?.baseYear ?? total?.baseYear ?? 0;
  const targetYear = first?.targetYear ?? total?.targetYear ?? 0;
  const wageYear = first?.wageYear ?? total?.wageYear ?? null;
  const entryYears = [...new Set(roles.map((r) => r.entryDataYear).filter((y): y is string => y !== null))];
  const roleBars = handout.growthBars.filter((b) => b.kind === "role");
  const top = Math.max(...roleBars.map((b) => b.changePercent));
  const fastest = roleBars.filter((b) => b.changePercent === top).map((b) => b.label);
  const growthSummary =
    fastest.length > 0
      ? `${listTitles(fastest)} ${fastest.length > 1 ? "grow" : "grows"} fastest (${formatPercentChange(top)})${
          total ? `; all occupations ${formatPercentChange(total.changePercent)}` : ""
        }.`
      : `BLS published no ${period} projection for these occupations.`;
  const row = (header: string, cell: (role: ComparisonHandoutRole) => ReactNode, totalCell: ReactNode) => (
    <tr>
      <th scope="row">{header}</th>
      {roles.map((role) => (
        <td key={role.slug}>{cell(role)}</td>
      ))}
      <td>{totalCell}</td>
    </tr>
  );
  const projected = (role: ComparisonHandoutRole, render: (p: NonNullable<ComparisonHandoutRole["projection"]>) => ReactNode) =>
    role.projection ? render(role.projection) : `No BLS projection for ${period}`;
  // Roles filed under one occupation usually get the same official note and exposure scores: print them once.
  const officialShownFor = new Map<string, string>();
  const researchShownFor = new Map<string, string>();

  return (
    <>
      <HandoutSection id="handout-facts" title="Quick facts">
        <table className="handout-table handout-compare-table">
          <caption className="visually-hidden">
            Quick facts side by side, BLS projections {period} (also the data of the growth chart)
          </caption>
          <thead>
            <tr>
              <td />
              {roles.map((role) => (
                <th key={role.slug} scope="col">
                  {role.title}
                </th>
              ))}
              <th scope="col">All occupations</th>
            </tr>
          </thead>
          <tbody>
            {row(
              "Occupation (SOC)",
              (role) => (
                <>
                  {role.occupation.title}, {role.occupation.socCode} <SourceRef id={role.occupation.sourceId} />
                </>
              ),
              "Total, 00-0000",
            )}
            {row(
              `Median pay${wageYear !== null ? `, ${formatWageYear(wageYear)}` : ""}`,
              (role) =>
                projected(role, (p) =>
                  p.medianAnnualWage !== null ? (
                    <>
                      <strong>{formatDollars(p.medianAnnualWage)}</strong> <SourceRef id={p.sourceId} />
                      {p.wageYear !== wageYear && p.wageYear !== null ? ` (${formatWageYear(p.wageYear)})` : null}
                      {role.otherWages.map((w) => (
                        <span key={`${w.sourceId}-${w.wageYear}`} className="handout-facts__detail">
                          Also published: {formatDollars(w.medianAnnualWage)} ({formatWageYear(w.wageYear)}) <SourceRef id={w.sourceId} />
                        </span>
                      ))}
                    </>
                  ) : (
                    "Not published"
                  ),
                ),
              total && total.medianAnnualWage !== null ? (
                <>
                  <strong>{formatDollars(total.medianAnnualWage)}</strong> <SourceRef id={total.sourceId} />
                </>
              ) : (
                "Not published"
              ),
            )}
            {row(
              `Growth, ${period}`,
              (role) =>
                projected(role, (p) => (
                  <>
                    <strong>{formatPercentChange(p.changePercent)}</strong> <SourceRef id={p.sourceId} />
                  </>
                )),
              total ? (
                <>
                  <strong>{formatPercentChange(total.changePercent)}</strong> <SourceRef id={total.sourceId} />
                </>
              ) : (
                "Not published"
              ),
            )}
            {row(
              `Job change, ${period}`,
              (role) => projected(role, (p) => (p.changeNumeric !== null ? formatCountChange(p.changeNumeric) : "Not published")),
              total?.changeNumeric != null ? formatCountChange(total.changeNumeric) : "Not published",
            )}
            {row(
              "Openings per year",
              (role) => projected(role, (p) => (p.annualOpenings !== null ? formatCount(p.annualOpenings) : "Not published")),
              total?.annualOpenings != null ? formatCount(total.annualOpenings) : "Not published",
            )}
            {row(
              `Jobs ${baseYear} → ${targetYear}`,
              (role) => projected(role, (p) => `${formatCount(p.employmentBase)} → ${formatCount(p.employmentProjected)}`),
              total ? `${formatCount(total.employmentBase)} → ${formatCount(total.employmentProjected)}` : "Not published",
            )}
            {row(
              `Education${entryYears.length === 1 ? `, ${formatVintage(entryYears[0]!)}` : ""}`,
              (role) => (
                <>
                  {role.entryEducation} <SourceRef id={role.entrySourceId} />
                  {entryYears.length > 1 && role.entryDataYear ? ` (${formatVintage(role.entryDataYear)})` : null}
                </>
              ),
              "—",
            )}
            {row("Work experience", (role) => role.workExperience, "—")}
          </tbody>
        </table>
        <p className="handout-more">
          {handout.sharedOccupations.length > 0
            ? `Statistics exist per occupation, not per job title: ${handout.sharedOccupations
                .map((o) => listTitles(o.roleSlugs.map((slug) => roles.find((r) => r.slug === slug)?.title ?? slug)))
                .join("; ")} share an occupation, so they show the same figures. `
            : ""}
          Openings per year are the {period} average and include jobs left by workers who retire or change occupation.
        </p>
      </HandoutSection>

      <div className="handout-columns">
        <HandoutGrowthChart
          title={`Projected growth, ${period}, against all occupations`}
          summary={growthSummary}
          bars={handout.growthBars}
          periodLabel={period}
          baseYear={baseYear}
          targetYear={targetYear}
          labels="beside"
          dataTable="Its figures are the growth row of the quick facts table."
        />
        <div className="handout-stack">
          <HandoutSection id="handout-skills" title="Hot skills in common">
            {handout.hotSkillsInCommon.length === 0 ? (
              <p>None of the skills these roles share carries an O*NET Hot Technology or In Demand mark.</p>
            ) : (
              <>
                <p className="handout-note">
                  Shared skills that O*NET{" "}
                  {handout.onetSourceId ? (
                    <>
                      <SourceRef id={handout.onetSourceId} />{" "}
                    </>
                  ) : null}
                  marks <em>Hot Technology</em> (frequent in postings across all occupations) or <em>In demand</em> (for one of their
                  occupations).
                </p>
                <table className="handout-table handout-skills">
                  <caption className="visually-hidden">Hot skills the roles have in common</caption>
                  <thead>
                    <tr>
                      <th scope="col">Skill</th>
                      <th scope="col">O*NET marks</th>
                      <th scope="col">Roles</th>
                    </tr>
                  </thead>
                  <tbody>
                    {handout.hotSkillsInCommon.map((skill) => (
                      <tr key={skill.slug}>
                        <th scope="row">{skill.name}</th>
                        <td>
                          {[
                            ...(skill.hotTechnology ? ["Hot Technology"] : []),
                            ...(skill.inDemandFor.length > 0 ? ["In demand"] : []),
                          ].join(", ")}
                        </td>
                        <td>{skill.roleCount === roles.length ? `All ${roles.length}` : `${skill.roleCount} of ${roles.length}`}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {handout.hotSkillsInCommonCount > handout.hotSkillsInCommon.length ? (
                  <p className="handout-more">
                    {handout.hotSkillsInCommon.length} of {handout.hotSkillsInCommonCount}; the comparison lists them all.
                  </p>
                ) : null}
              </>
            )}
          </HandoutSection>
        </div>
      </div>

      <HandoutSection id="handout-leads" title="Where each leads">
        <ul className="handout-list handout-list--plain">
          {roles.map((role) => (
            <li key={role.slug}>
              <strong>{role.title}</strong> →{" "}
              {role.leadsTo.length === 0
                ? "no moves on record"
                : role.leadsTo.map((edge, i) => (
                    <span key={edge.slug}>
                      {i > 0 ? "; " : ""}
                      <EdgeText edge={edge} brief />
                    </span>
                  ))}
              {role.leadsToCount > role.leadsTo.length ? `; ${role.leadsToCount - role.leadsTo.length} more in the comparison` : ""}
            </li>
          ))}
        </ul>
        <p className="handout-more">
          Years are typical time in the first role: estimates that vary widely with the person and the employer.
        </p>
      </HandoutSection>

      <HandoutSection id="handout-ai" title="AI impact" className="handout-section--ai">
        <AiCaveat />
        <ul className="handout-compare-ai">
          {roles.map((role) => {
            const officialKey = JSON.stringify(role.ai.official);
            const researchKey = JSON.stringify([role.ai.exposure, role.ai.research]);
            const officialAs = officialShownFor.get(officialKey);
            const researchAs = researchShownFor.get(researchKey);
            if (!officialAs) officialShownFor.set(officialKey, role.title);
            if (!researchAs) researchShownFor.set(researchKey, role.title);
            return (
              <li key={role.slug}>
                <strong>{role.title}.</strong> <em>{AI_LAYER_LABELS.official}:</em>{" "}
                {officialAs && role.ai.official ? (
                  `the same as for ${officialAs}.`
                ) : (
                  <InlineNote note={role.ai.official} empty="none on record." />
                )}{" "}
                <em>{AI_LAYER_LABELS.research}:</em>{" "}
                {researchAs && (role.ai.exposure || role.ai.research) ? (
                  `the same as for ${researchAs}.`
                ) : (
                  <ResearchLayer ai={role.ai} brief inline />
                )}{" "}
                <em>{AI_LAYER_LABELS.editorial}:</em> <InlineNote note={role.ai.editorial} empty="none written yet." />
              </li>
            );
          })}
        </ul>
        <p className="handout-more">{BETA_MEANING} Scores to two decimals, as the study reports them.</p>
      </HandoutSection>
    </>
  );
}
