import { Fragment, type ReactNode } from "react";

/** A number as written here: "$50,000", "1252", "1299.04", "90th" (commas only between groups of three digits). */
const NUMBER = String.raw`\$?\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?`;

/**
 * A range or a code written with a dash between numbers: a period ("2024–34"), a range ("4–8 years", "$50,000–$80,000",
 * "10th–90th percentile"), a SOC or O*NET code ("15-1212", "15-1299.04", "00-0000"; in a list, "15-1252,15-1254", each
 * code alone). Browsers may break a line after an en dash or a hyphen.
 */
const RANGE = new RegExp(`(${NUMBER}[–-]${NUMBER})`);

/**
 * `text` with each range and code kept on one line (a span that does not wrap), the text itself unchanged. A counselor's
 * pass found "Openings each year, 2024– / 34 average" on a slide at 1280×720 and "SOC 15- / 1212" on a printed
 * comparison.
 */
export function Unbroken({ text }: { text: string }): ReactNode {
  const parts = text.split(RANGE);
  if (parts.length === 1) return text;
  // split with a capturing group: the ranges are at the odd indexes.
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="unbroken">
        {part}
      </span>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}
