import { FilterSelect } from "~/ui/filter-select";
import type { LoadedPeriods } from "~/features/periods/periods";

/** The `vintage` field of a GET filter form: every loaded projection period, the one shown selected. */
export function PeriodSelect({ periods, vintage }: { periods: LoadedPeriods; vintage: string }) {
  return (
    <FilterSelect name="vintage" label="Projection period" value={vintage} options={periods.options.map((p) => [p.vintage, p.label])} />
  );
}
