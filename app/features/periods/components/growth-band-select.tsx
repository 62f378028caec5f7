import { FilterSelect } from "~/ui/filter-select";
import { noGrowthBandsText, periodLabelOf, type GrowthBand, type LoadedPeriods, type ProjectionVintage } from "~/features/periods/periods";

/**
 * The `band` field of a GET filter form: the shown period's growth bands. A period without a verified band table
 * gets the field disabled (a disabled field is not sent, with or without JavaScript) and a line saying which periods
 * have bands, rather than no field at all: the form answered a band and an earlier period with a 400.
 */
export function GrowthBandSelect({
  label,
  bands,
  value,
  periods,
  vintage,
}: {
  label: string;
  bands: readonly GrowthBand[];
  value: number | undefined;
  periods: LoadedPeriods;
  vintage: ProjectionVintage;
}) {
  const fieldLabel = `${label}, ${periodLabelOf(periods, vintage)}`;
  if (bands.length > 0) {
    return (
      <FilterSelect name="band" label={fieldLabel} value={value} any="Any growth" options={bands.map((b) => [String(b.rank), b.label])} />
    );
  }
  return (
    <FilterSelect
      name="band"
      label={fieldLabel}
      value={undefined}
      any="No growth bands for this period"
      options={[]}
      disabled
      hint={{ id: "band-filter-hint", text: noGrowthBandsText(periods, vintage) }}
    />
  );
}
