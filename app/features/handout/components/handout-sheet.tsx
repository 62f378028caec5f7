import type { ReactNode } from "react";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import type { SourceCitation } from "~/features/sources/citations";
import type { QrCodeSvg } from "~/features/handout/handout";
import { HandoutSources } from "~/features/handout/components/handout-sources";
import { PrintActions } from "~/features/handout/components/print-actions";
import { HandoutQrCode } from "~/features/handout/components/qr-code";
import { printTypeStyle, ROLE_HANDOUT_PRINT, type HandoutPrintType } from "~/features/handout/print-type";

/**
 * One printable page: a header with the title, the handout's sections, and a footer with the citation, the
 * numbered sources the sheet cites (its own numbering: only what it prints) and the QR code back to the pinned page.
 */
export function HandoutSheet({
  kicker,
  title,
  lede,
  qr,
  qrDescription,
  backHref,
  backLabel,
  citation,
  sources,
  printType = ROLE_HANDOUT_PRINT,
  children,
}: {
  kicker: string;
  title: string;
  lede: ReactNode;
  qr: QrCodeSvg;
  qrDescription: string;
  backHref: string;
  backLabel: string;
  citation: string;
  sources: SourceCitation[];
  /** How its text prints: as large as the sheet's content leaves room for on one page (print-type.ts). */
  printType?: HandoutPrintType;
  children: ReactNode;
}) {
  return (
    <ProfileSourcesProvider sources={sources}>
      <PrintActions backHref={backHref} backLabel={backLabel} />
      <article
        className={printType.tight ? "handout handout--tight" : "handout"}
        style={printTypeStyle(printType)}
        aria-labelledby="handout-title"
      >
        <header className="handout-header">
          <p className="handout-kicker">{kicker}</p>
          <h1 id="handout-title">{title}</h1>
          <div className="handout-lede">{lede}</div>
        </header>
        {children}
        <footer className="handout-footer">
          <div className="handout-footer__text">
            <p className="handout-citation">{citation}</p>
            <HandoutSources sources={sources} />
          </div>
          <HandoutQrCode qr={qr} description={qrDescription} />
        </footer>
      </article>
    </ProfileSourcesProvider>
  );
}

/** A titled block of the sheet (an h2 with a stable id). */
export function HandoutSection({ id, title, className, children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section className={`handout-section${className ? ` ${className}` : ""}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
