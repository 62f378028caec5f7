import { Sourced, SourceRef } from "~/features/sources/components/sources-context";
import { lowPercentilesNote, PAY_SPREAD_LABEL, paySpreadText, type PayPercentiles } from "~/features/pay/pay";
import { formatWageYear } from "~/lib/format";

/**
 * "10th–90th percentile: $52,190 to $162,090 (May 2024) [2]": the spread of pay a median hides, as OEWS publishes it,
 * with its source and survey year. `plain` cites with the numbered link alone (handouts, table cells), not the hover note;
 * `inline` runs on in the surrounding sentence instead of taking a line of its own.
 * Nothing when OEWS publishes neither end of the spread.
 */
export function PaySpread({ pay, plain = false, inline = false }: { pay: PayPercentiles; plain?: boolean; inline?: boolean }) {
  const spread = paySpreadText(pay);
  if (!spread) return null;
  const year = formatWageYear(pay.wageYear);
  return (
    <span className={inline ? undefined : "pay-spread"}>
      {PAY_SPREAD_LABEL}:{" "}
      {plain ? (
        <>
          {spread} ({year}) <SourceRef id={pay.sourceId} />
        </>
      ) : (
        <>
          <Sourced sourceId={pay.sourceId} dataYear={year}>
            {spread}
          </Sourced>{" "}
          ({year})
        </>
      )}
    </span>
  );
}

/** Under a median in a fact card (profile, lesson): its spread, then what the low end is not. Nothing without a survey. */
export function PaySpreadDetail({ pay, className }: { pay: PayPercentiles | null; className: string }) {
  if (!pay || !paySpreadText(pay)) return null;
  return (
    <>
      <p className={className}>
        <PaySpread pay={pay} />
      </p>
      <NotAStartingSalary quarter={false} className={className} />
    </>
  );
}

/** The low percentiles, said in words: what the lowest-paid earn across all experience levels, not a starting salary. */
export function NotAStartingSalary({ quarter, className }: { quarter: boolean; className?: string }) {
  const note = lowPercentilesNote({ quarter });
  return (
    <p className={className}>
      <strong>{note.lead}</strong> {note.rest}
    </p>
  );
}
