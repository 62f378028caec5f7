import type { ReactNode } from "react";
import { listTitles } from "~/lib/list-titles";
import { SourceRef } from "~/features/sources/components/sources-context";
import { formatCount, formatCountChange, formatDollars, formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import type { ComparisonHandout, ComparisonHandoutRole } from "~/features/handout/handout";
import { HandoutSection } from "~/features/handout/components/handout-sheet";
import { HOURLY_ONLY_NOTE, lowPercentilesNote, medianPayText, PAY_SPREAD_LABEL, paySpreadText } from "~/features/pay/pay";

type Projection = NonNullable<ComparisonHandoutRole["projection"]>;

/**
 * The comparison handout's quick facts, side by side: also the data table of its growth chart, since a printed
 * page cannot show a table on demand. A column names its year only where the roles' years differ.
 */
export function ComparisonFactsTable({ handout }: { handout: ComparisonHandout }) {
  const { roles, allOccupations: total, vintage } = handout;
  const period = formatVintage(vintage);
  const first = roles.find((r) => r.projection)?.projection;
  const baseYear = first?.baseYear ?? total?.baseYear ?? 0;
  const targetYear = first?.targetYear ?? total?.targetYear ?? 0;
  const wageYear = first?.wageYear ?? total?.wageYear ?? null;
  const spreadYears = [...new Set(roles.flatMap((r) => (r.pay && paySpreadText(r.pay) ? [r.pay.wageYear] : [])))];
  const entryYears = [...new Set(roles.map((r) => r.entryDataYear).filter((y): y is string => y !== null))];
  const row = (header: string, cell: (role: ComparisonHandoutRole) => ReactNode, totalCell: ReactNode) => (
    <tr>
      <th scope="row">{header}</th>
      {roles.map((role) => (
        <td key={role.slug}>{cell(role)}</td>
      ))}
      <td>{totalCell}</td>
    </tr>
  );
  const projected = (role: ComparisonHandoutRole, render: (p: Projection) => ReactNode) =>
    role.projection ? render(role.projection) : `No BLS projection for ${period}`;
  const sourced = (value: string, sourceId: string) => (
    <>
      <strong>{value}</strong> <SourceRef id={sourceId} />
    </>
  );
  // Every figure names its source, as on the role's handout: the counts, like the growth beside them, are the projection's.
  const cited = (value: string, sourceId: string) => (
    <>
      {value} <SourceRef id={sourceId} />
    </>
  );
  const entryYear = (role: ComparisonHandoutRole) =>
    entryYears.length > 1 && role.entryDataYear ? ` (${formatVintage(role.entryDataYear)})` : null;

  return (
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
            total ? cited("Total, 00-0000", total.sourceId) : "Total, 00-0000",
          )}
          {row(
            `Median pay${wageYear !== null ? `, ${formatWageYear(wageYear)}` : ""}`,
            (role) => projected(role, () => <RolePay role={role} wageYear={wageYear} />),
            total && total.medianAnnualWage !== null ? sourced(formatDollars(total.medianAnnualWage), total.sourceId) : "Not published",
          )}
          {spreadYears.length > 0
            ? row(
                `${PAY_SPREAD_LABEL}${spreadYears.length === 1 ? `, ${formatWageYear(spreadYears[0]!)}` : ""}`,
                (role) => <RoleSpread role={role} wageYear={spreadYears.length === 1 ? spreadYears[0]! : null} />,
                "—",
              )
            : null}
          {row(
            `Growth, ${period}`,
            (role) => projected(role, (p) => sourced(formatPercentChange(p.changePercent), p.sourceId)),
            total ? sourced(formatPercentChange(total.changePercent), total.sourceId) : "Not published",
          )}
          {row(
            `Job change, ${period}`,
            (role) =>
              projected(role, (p) => (p.changeNumeric !== null ? cited(formatCountChange(p.changeNumeric), p.sourceId) : "Not published")),
            total?.changeNumeric != null ? cited(formatCountChange(total.changeNumeric), total.sourceId) : "Not published",
          )}
          {row(
            "Openings per year",
            (role) =>
              projected(role, (p) => (p.annualOpenings !== null ? cited(formatCount(p.annualOpenings), p.sourceId) : "Not published")),
            total?.annualOpenings != null ? cited(formatCount(total.annualOpenings), total.sourceId) : "Not published",
          )}
          {row(
            `Jobs ${baseYear} → ${targetYear}`,
            (role) => projected(role, (p) => cited(`${formatCount(p.employmentBase)} → ${formatCount(p.employmentProjected)}`, p.sourceId)),
            total
              ? cited(`${formatCount(total.employmentBase)} → ${formatCount(total.employmentProjected)}`, total.sourceId)
              : "Not published",
          )}
          {row(
            `Education${entryYears.length === 1 ? `, ${formatVintage(entryYears[0]!)}` : ""}`,
            (role) => (
              <>
                {role.entryEducation} <SourceRef id={role.entrySourceId} />
                {entryYear(role)}
              </>
            ),
            "—",
          )}
          {row(
            `Work experience${entryYears.length === 1 ? `, ${formatVintage(entryYears[0]!)}` : ""}`,
            // Education and work experience come from one source (entrySourceId), as on the role's handout.
            (role) => (
              <>
                {role.workExperience} <SourceRef id={role.entrySourceId} />
                {entryYear(role)}
              </>
            ),
            "—",
          )}
        </tbody>
      </table>
      <p className="handout-more">
        {roles.some((r) => r.kind === "occupation") ? "An occupation’s figures are its own, and each" : "Each"} role&rsquo;s figures are its
        whole occupation&rsquo;s: every worker BLS counts in it, at every level of experience, not only the job title.{" "}
        {spreadYears.length > 0 ? `${lowPercentilesNote({ quarter: false }).lead} ` : ""}
        {handout.sharedOccupations.length > 0
          ? `${handout.sharedOccupations
              .map((o) => listTitles(o.roleSlugs.map((slug) => roles.find((r) => r.slug === slug)?.title ?? slug)))
              .join("; ")} share an occupation, so they show the same figures. `
          : ""}
        Openings per year are the {period} average and include jobs left by workers who retire or change occupation.
      </p>
    </HandoutSection>
  );
}

/** The 10th to 90th percentile of a role's occupation, from its median's survey; its May year only when the row names none. */
function RoleSpread({ role, wageYear }: { role: ComparisonHandoutRole; wageYear: number | null }) {
  const spread = role.pay ? paySpreadText(role.pay) : null;
  // None under an hourly median (its percentiles are hourly: on the occupation's page), nor where there is no median.
  if (!role.pay || !spread) return role.median?.per === "year" ? "Not published" : "—";
  return (
    <>
      {spread}
      {wageYear === null ? ` (${formatWageYear(role.pay.wageYear)})` : null} <SourceRef id={role.pay.sourceId} />
    </>
  );
}

/**
 * A role's median pay as the compare page shows it (an hourly-only one by the hour, said so); its May year only when it
 * differs from the row's, and every other release's figure.
 */
function RolePay({ role, wageYear }: { role: ComparisonHandoutRole; wageYear: number | null }) {
  const { median } = role;
  if (!median) return "Not published";
  return (
    <>
      <strong>{medianPayText(median)}</strong> <SourceRef id={median.sourceId} />
      {median.wageYear !== wageYear ? ` (${formatWageYear(median.wageYear)})` : null}
      {median.per === "hour" ? <span className="handout-facts__detail">{HOURLY_ONLY_NOTE}</span> : null}
      {role.otherWages.map((w) => (
        <span key={`${w.sourceId}-${w.wageYear}`} className="handout-facts__detail">
          Also published: {formatDollars(w.medianAnnualWage)} ({formatWageYear(w.wageYear)}) <SourceRef id={w.sourceId} />
        </span>
      ))}
    </>
  );
}
