import { Fragment } from "react";

/**
 * The printed address in the pieces a line may break between: after each "/", "?", "&" and ",", so a line breaks
 * there before it splits a word: a lesson code stays whole (a helper's pass printed "…/lessons/mt9a521g" with "04" on
 * the next line). A piece may still break after a hyphen ("back-end-developer"): kept whole, a four-role comparison's
 * address ran off a phone's screen and out of the printed caption.
 */
export function urlParts(address: string): string[] {
  return address.split(/(?<=[/?&,])/);
}

/**
 * An address printed as text (under a handout's QR code, under an explorer's printed list): a line breaks after a "/",
 * "?", "&" or "," first (urlParts), and inside a piece only where the piece is wider than the line
 * (`.breakable-address`, app.css). Without both, an address is one word that cannot wrap: an explorer's list of twelve
 * skills ran off the right edge of the paper, and Chromium printed the whole sheet at ~70% to fit it.
 */
export function BreakableAddress({ address }: { address: string }) {
  return (
    <span className="breakable-address">
      {urlParts(address).map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
