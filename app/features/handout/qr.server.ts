/** QR codes for the printed handouts, generated locally with the `qrcode` package (no network, no image service). */
import QRCode from "qrcode";
import type { QrCodeSvg } from "~/features/handout/handout";

export type { QrCodeSvg };

/** Four modules of light margin on every side, as the QR standard asks, so scanners find the code. */
export const QR_QUIET_ZONE = 4;

/**
 * Encodes `text` (a URL) with error-correction level M (about 15% of the symbol can be damaged or folded and it
 * still scans): the usual choice for print.
 */
export function createQrCodeSvg(text: string): QrCodeSvg {
  const { modules, version } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col++;
      const run = col - start;
      runs.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${run}v1h-${run}z`);
    }
  }
  return { text, viewBoxSize: size + 2 * QR_QUIET_ZONE, path: runs.join(""), version };
}
