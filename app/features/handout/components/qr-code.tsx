import { Fragment, useId } from "react";
import { printedUrl, type QrCodeSvg } from "~/features/handout/handout";

/** The QR code back to the pinned page, drawn inline (no image request), with the address printed under it. */
export function HandoutQrCode({ qr, description }: { qr: QrCodeSvg; description: string }) {
  const titleId = useId();
  return (
    <figure className="handout-qr">
      <svg
        className="handout-qr__code"
        viewBox={`0 0 ${qr.viewBoxSize} ${qr.viewBoxSize}`}
        role="img"
        aria-labelledby={titleId}
        shapeRendering="crispEdges"
        data-qr-version={qr.version}
      >
        <title id={titleId}>{`QR code: ${description}`}</title>
        <rect width={qr.viewBoxSize} height={qr.viewBoxSize} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <figcaption>
        Scan, or go to{" "}
        <a href={qr.text}>
          {urlParts(printedUrl(qr.text)).map((part, i) => (
            <Fragment key={i}>
              {i > 0 ? <wbr /> : null}
              {part}
            </Fragment>
          ))}
        </a>
      </figcaption>
    </figure>
  );
}

/**
 * The printed address in the pieces a line may break between: after each "/", "?", "&" and ",", so a line breaks
 * there before it splits a word: a lesson code stays whole (a helper's pass printed "…/lessons/mt9a521g" with "04" on
 * the next line). A piece may still break after a hyphen ("back-end-developer"): kept whole, a four-role comparison's
 * address ran off a phone's screen and out of the printed caption.
 */
export function urlParts(address: string): string[] {
  return address.split(/(?<=[/?&,])/);
}
