import { Link } from "react-router";
import { formatCount, formatPercentChange, formatWageYear } from "~/lib/format";
import { BandLabel } from "~/features/periods/components/band-label";
import { medianPayText, medianSpread, PAY_SPREAD_LABEL, paySpreadText, type MedianPay, type PayPercentiles } from "~/features/pay/pay";
import { CardLabel } from "~/ui/card-label";
import { SourceRef } from "~/features/sources/components/sources-context";

/** An occupation's figures for one period, as the career lists show them beside each row. */
export interface OutlookFigures {
  changePercent: number | null;
  annualOpenings: number | null;
  /** The projection line's source: BLS publishes the growth, the openings and the May median together. */
  projectionSourceId: string | null;
  /**
   * The median the list shows (listedLineMedian): the line's own; where BLS prints none, its base year's OEWS top code
   * or, published by the hour only, the hourly median ("$23.33 an hour"), with that survey's source and May year.
   */
  median: MedianPay | null;
  /** The period's verbal growth band, where one is published. */
  band?: { label: string; minPercent: number | null; maxPercent: number | null } | null;
  /** The OEWS survey the median comes from, for its 10th-90th percentile spread (lists that show it). */
  pay?: PayPercentiles | null;
}

/** Column heads for OutlookCells. */
export function OutlookHeaderCells({ vintage }: { vintage: string }) {
  return (
    <>
      <th scope="col" className="num">
        Growth, {vintage}
      </th>
      <th scope="col" className="num">
        Openings a year
      </th>
      <th scope="col" className="num">
        Median pay
      </th>
    </>
  );
}

/**
 * Growth (with its source and band; the period is in its head), openings (with its source) and median pay (with its
 * May year and source): three table cells. The median's year line (`median-year`) is the one a list's print stylesheet
 * may set inline but must not hide: paper has no tooltip, and the explorers' printout drops the caption. Each source
 * is a SourceRef, named "Source 2: …" for a screen reader, numbered by the page's ProfileSourcesProvider.
 */
export function OutlookCells({
  figures,
  cardLabels,
}: {
  figures: OutlookFigures;
  /** The period, for each cell's own label where the table's rows become cards on a phone (the explorers). */
  cardLabels?: { vintage: string };
}) {
  const { changePercent, annualOpenings, projectionSourceId, band, median, pay } = figures;
  const spread = medianSpread(median, pay);
  return (
    <>
      <td className="num">
        {cardLabels ? <CardLabel>Growth, {cardLabels.vintage}</CardLabel> : null}
        {changePercent !== null ? (
          <>
            {formatPercentChange(changePercent)} {projectionSourceId ? <SourceRef id={projectionSourceId} /> : null}
            {band ? <BandLabel band={band} changePercent={changePercent} /> : null}
          </>
        ) : (
          "not published"
        )}
      </td>
      <td className="num">
        {cardLabels ? <CardLabel>Openings a year</CardLabel> : null}
        {annualOpenings !== null ? (
          <>
            {formatCount(annualOpenings)} {projectionSourceId ? <SourceRef id={projectionSourceId} /> : null}
          </>
        ) : (
          "not published"
        )}
      </td>
      <td className="num">
        {cardLabels ? <CardLabel>Median pay</CardLabel> : null}
        {median ? (
          <>
            {medianPayText(median)}
            <span className="figure-year median-year">
              <span className="median-year__date">{formatWageYear(median.wageYear)}</span> <SourceRef id={median.sourceId} />
            </span>
            {spread ? <SpreadLine pay={spread} /> : null}
          </>
        ) : (
          "not published"
        )}
      </td>
    </>
  );
}

/** "10th–90th percentile: $52,190 to $162,090 (May 2024) [3]" under a list's median, cited by the list's source numbers. */
function SpreadLine({ pay }: { pay: PayPercentiles }) {
  const spread = paySpreadText(pay);
  if (!spread) return null;
  return (
    <span className="pay-spread">
      {PAY_SPREAD_LABEL}: {spread} ({formatWageYear(pay.wageYear)}) <SourceRef id={pay.sourceId} />
    </span>
  );
}

/** A row's heading cell for a BLS occupation: its title linking to its page, its SOC code, and whether it is tech. */
export function OccupationRowHeader({ occupation }: { occupation: { socCode: string; title: string; tech: boolean } }) {
  return (
    <th scope="row">
      <Link to={`/occupations/${occupation.socCode}`} className="role-title">
        {occupation.title}
      </Link>
      <span className="role-summary">
        SOC {occupation.socCode}
        {occupation.tech ? " · tech" : null}
      </span>
    </th>
  );
}
