import { bandRoundingNote, type GrowthBand } from "~/features/periods/periods";

type BandRange = Pick<GrowthBand, "label" | "minPercent" | "maxPercent">;

/**
 * Why a change outside its band's printed range gets that band, in brackets after the label (" (−0.7% rounds to
 * −1%)"); nothing when the change is inside the range. `className` lets long tables leave it off paper.
 */
export function BandRoundingNote({ band, changePercent, className }: { band: BandRange; changePercent: number; className?: string }) {
  const rounding = bandRoundingNote(band, changePercent);
  if (!rounding) return null;
  const text = ` (${rounding})`;
  return className ? <span className={className}>{text}</span> : <>{text}</>;
}

/** A growth band's label in a table cell, with why a change outside its printed range gets it ("−0.7% rounds to −1%"). */
export function BandLabel({ band, changePercent }: { band: BandRange; changePercent: number }) {
  return (
    <span className="figure-year">
      {band.label}
      {/* Left off paper in long tables (their print stylesheets), where the label and the figure stand together. */}
      <BandRoundingNote band={band} changePercent={changePercent} className="band-rounding" />
    </span>
  );
}
