/** Formatting of published figures. Figures are shown as published: no rounding beyond the source's own. */
const integerFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** "+15.8%" / "-6.0%" with the source's one decimal; whole-number sources ("16") stay whole. */
export function formatPercentChange(value: number, decimals = 1): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${Math.abs(value).toFixed(decimals)}%`;
}

export function formatDollars(value: number): string {
  return `$${integerFormat.format(value)}`;
}

export function formatCount(value: number): string {
  return integerFormat.format(value);
}

/** Signed count, e.g. "+267,600". */
export function formatCountChange(value: number): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${integerFormat.format(Math.abs(value))}`;
}

/** "2024-34" -> "2024–34" (en dash), the way BLS writes a projection period. */
export function formatVintage(vintage: string): string {
  return vintage.replace("-", "–");
}

/** OEWS median wages are May figures: 2024 -> "May 2024". */
export function formatWageYear(year: number): string {
  return `May ${year}`;
}
