/**
 * Parsers for the number formats publishers use. Each throws a ValueError describing what was expected;
 * callers add the file, line and field.
 */
import { ValueError } from "./errors";

const THOUSANDS_NUMBER = /^(-?)((?:\d{1,3}(?:,\d{3})+)|\d+)(?:\.(\d+))?$/;

/**
 * BLS publishes employment, change and openings in thousands ("1,594.5", "1,693.80", "-0.5").
 * Returns persons, computed digit by digit so that no floating-point error can creep in.
 */
export function thousandsToPersons(cell: string): number {
  const match = THOUSANDS_NUMBER.exec(cell.trim());
  if (!match) throw new ValueError("expected a number of thousands such as 1,594.5");
  const [, sign = "", whole = "", fraction = ""] = match;
  if (fraction.length > 3 && /[1-9]/.test(fraction.slice(3))) {
    throw new ValueError("more than three decimals of a thousand is not a whole number of persons");
  }
  const persons = Number(whole.replaceAll(",", "")) * 1000 + Number(fraction.slice(0, 3).padEnd(3, "0"));
  if (!Number.isSafeInteger(persons)) throw new ValueError("number is too large");
  return sign === "-" && persons !== 0 ? -persons : persons;
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A percent change as published ("25.7", "-0.7"); returned as written, after checking it is a number. */
export function percentCell(cell: string): string {
  const value = cell.trim();
  if (!DECIMAL.test(value)) throw new ValueError("expected a percent change such as 25.7 or -0.7");
  return value;
}

/** BLS prints percent changes with one decimal; a spreadsheet re-save may have dropped a trailing zero. */
export function oneDecimalPercent(published: string): string {
  const decimals = published.split(".")[1]?.length ?? 0;
  return decimals <= 1 ? Number(published).toFixed(1) : published;
}

export type PublishedWage =
  | { readonly kind: "exact"; readonly dollars: number }
  | { readonly kind: "at_least"; readonly dollars: number }
  | { readonly kind: "not_available" };

const DOLLARS = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;

/** BLS median annual wage cells: "132,270", "N/A", or a top-coded ">=239,200". */
export function blsWageCell(cell: string): PublishedWage {
  const value = cell.trim();
  if (value === "N/A") return { kind: "not_available" };
  const topCoded = /^>=\s*(.+)$/.exec(value);
  const digits = topCoded ? (topCoded[1] ?? "") : value;
  if (!DOLLARS.test(digits)) throw new ValueError('expected whole dollars such as 132,270, "N/A" or ">=239,200"');
  const dollars = Number(digits.replaceAll(",", ""));
  if (dollars <= 0) throw new ValueError("a wage must be positive");
  return topCoded ? { kind: "at_least", dollars } : { kind: "exact", dollars };
}

/** Comma-grouped whole numbers written in prose ("377,500"). */
export function groupedInteger(text: string): number {
  if (!DOLLARS.test(text)) throw new ValueError(`expected a whole number such as 377,500, got ${JSON.stringify(text)}`);
  return Number(text.replaceAll(",", ""));
}

/** Plain whole numbers as stored in our reference CSV ("1594500"); returned as written. */
export function plainInteger(cell: string): string {
  if (!/^\d+$/.test(cell)) throw new ValueError("expected a whole number written without separators, such as 1594500");
  return cell;
}

/** A BLS SOC code cell: "15-1252", or the data tool's Excel text trick ="15-1252" (already unquoted by the CSV reader). */
export function socCodeCell(cell: string): string {
  const match = /^(?:="(\d{2}-\d{4})"|(\d{2}-\d{4}))$/.exec(cell.trim());
  const code = match?.[1] ?? match?.[2];
  if (code === undefined) throw new ValueError('expected a SOC code such as 15-1252 or ="15-1252"');
  return code;
}

/** A non-empty text cell, trimmed. */
export function textCell(cell: string): string {
  const value = cell.trim();
  if (value === "") throw new ValueError("must not be empty");
  return value;
}

/** A value from a closed list (BLS education, experience categories...). */
export function oneOf<T extends string>(allowed: readonly T[]): (cell: string) => T {
  return (cell) => {
    const value = cell.trim();
    if (!(allowed as readonly string[]).includes(value)) {
      throw new ValueError(`expected one of: ${allowed.join("; ")}`);
    }
    return value as T;
  };
}

/** Compares two published decimals numerically ("10" and "10.0" are the same figure). */
export function sameDecimal(left: string, right: string): boolean {
  return Number(left) === Number(right);
}

const STORED_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A number a spreadsheet stored as the binary double nearest to what the publisher typed: BLS's workbooks hold
 * 309.39999999999998 for a published 309.4 (Excel writes 17 significant digits). Returns the published value
 * with `decimals` decimals ("309.4"), and proves it is the published one: the candidate must convert back to the
 * very same double. A cell holding a value with more decimals than that (0.05 where one decimal is published)
 * is refused, never rounded.
 */
export function publishedDecimal(stored: string, decimals: number): string {
  const value = stored.trim();
  if (!STORED_NUMBER.test(value)) throw new ValueError(`expected a number, not ${JSON.stringify(stored)}`);
  const double = Number(value);
  const candidate = double.toFixed(decimals);
  if (Number(candidate) !== double) {
    throw new ValueError(`${value} is not a number with ${decimals} decimal${decimals === 1 ? "" : "s"} as stored by a spreadsheet`);
  }
  // -0.0 and 0.0 are the same published figure.
  return /^-0(?:\.0+)?$/.test(candidate) ? candidate.slice(1) : candidate;
}
