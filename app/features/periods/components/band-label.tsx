import { bandRoundingNote, splitBandLabel, type GrowthBand } from "~/features/periods/periods";

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

/**
 * A growth band's label in a table cell, with why a change outside its printed range gets it ("−0.7% rounds to −1%").
 * Its last word and range are one `band-tail`, which a print stylesheet keeps on one line (the occupation finder's: the
 * label took five or six lines of its Growth column on paper, two now).
 */
export function BandLabel({ band, changePercent }: { band: BandRange; changePercent: number }) {
  const { lead, tail } = splitBandLabel(band.label);
  return (
    <span className="figure-year">
      {lead}
      {lead && tail ? " " : null}
      {tail ? <span className="band-tail">{tail}</span> : null}
      {/* Left off paper in long tables (their print stylesheets), where the label and the figure stand together. */}
      <BandRoundingNote band={band} changePercent={changePercent} className="band-rounding" />
    </span>
  );
}
