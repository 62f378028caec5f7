import { useId } from "react";
import { BreakableAddress } from "~/ui/breakable-address";
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
          <BreakableAddress address={printedUrl(qr.text)} />
        </a>
      </figcaption>
    </figure>
  );
}
