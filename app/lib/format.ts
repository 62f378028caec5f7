/** Formatting of published figures. Figures are shown as published: no rounding beyond the source's own. */

/**
 * A whole number with en-US digit grouping ("1,234,567"), rounding halves away from zero as Intl.NumberFormat
 * does. Not Intl itself: building the first NumberFormat of a page loads locale data, 10-15 ms of the browser's
 * main thread while the page starts (tests/unit/format.test.ts checks that both agree).
 */
export function formatCount(value: number): string {
  const whole = Math.round(Math.abs(value));
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return value < 0 && whole !== 0 ? `-${grouped}` : grouped;
}

/** "+15.8%" / "-6.0%" with the source's one decimal; whole-number sources ("16") stay whole. */
export function formatPercentChange(value: number, decimals = 1): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${Math.abs(value).toFixed(decimals)}%`;
}

export function formatDollars(value: number): string {
  return `$${formatCount(value)}`;
}

/** Signed count, e.g. "+267,600". */
export function formatCountChange(value: number): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${formatCount(Math.abs(value))}`;
}

/** "2024-34" -> "2024–34" (en dash), the way BLS writes a projection period. */
export function formatVintage(vintage: string): string {
  return vintage.replace("-", "–");
}

/** OEWS median wages are May figures: 2024 -> "May 2024". */
export function formatWageYear(year: number): string {
  return `May ${year}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * "2025-08-28" -> "August 28, 2025". Dates are calendar dates, read in UTC so that server and browser agree;
 * text that is not a date comes back as given. Not Intl.DateTimeFormat, for the reason given at formatCount.
 */
export function formatCalendarDate(isoDate: string): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
