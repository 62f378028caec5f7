import { Sourced } from "~/features/sources/components/sources-context";
import { formatYearRange, type StepSummary } from "~/features/paths/career-ladder";

/** Typical years for a step ("3–6 years"), with its source on hover, focus or tap and the numbered source link. */
export function StepYears({ step }: { step: Pick<StepSummary, "typicalYearsMin" | "typicalYearsMax" | "sourceId"> }) {
  return (
    <Sourced sourceId={step.sourceId} dataYear="an estimate, not tied to a year">
      {formatYearRange(step.typicalYearsMin, step.typicalYearsMax)}
    </Sourced>
  );
}
