import { bandRoundingNote, type GrowthBand } from "~/features/periods/periods";

/** A growth band's label in a table cell, with why a change outside its printed range gets it ("−0.7% rounds to −1%"). */
export function BandLabel({
  band,
  changePercent,
}: {
  band: Pick<GrowthBand, "label" | "minPercent" | "maxPercent">;
  changePercent: number;
}) {
  const rounding = bandRoundingNote(band, changePercent);
  return (
    <span className="figure-year">
      {band.label}
      {/* Left off paper in long tables (their print stylesheets), where the label and the figure stand together. */}
      {rounding ? <span className="band-rounding"> ({rounding})</span> : null}
    </span>
  );
}
