import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Unbroken } from "~/ui/unbroken";

const html = (text: string) => renderToStaticMarkup(createElement(Unbroken, { text }));

// What would break: a counselor's pass found "2024– / 34" on slides and "SOC 15- / 1212" on a printed comparison, where
// the browser broke the line after the dash; each such range is now a span that does not wrap, its text unchanged.
describe("Unbroken", () => {
  it("keeps periods, ranges and codes on one line, and the text as it was", () => {
    expect(html("Openings each year, 2024–34 average")).toBe('Openings each year, <span class="unbroken">2024–34</span> average');
    expect(html("Engineering Manager: 4–8 years")).toBe('Engineering Manager: <span class="unbroken">4–8</span> years');
    expect(html("BLS occupation, SOC 15-1299.04")).toBe('BLS occupation, SOC <span class="unbroken">15-1299.04</span>');
    expect(html("$50,000–$80,000 a year")).toBe('<span class="unbroken">$50,000–$80,000</span> a year');
    expect(html("Total, all occupations (00-0000)")).toBe('Total, all occupations (<span class="unbroken">00-0000</span>)');
    // A review: ordinals, and a list of codes (each code alone, the list free to break after its commas).
    expect(html("Pay, 10th–90th percentile")).toBe('Pay, <span class="unbroken">10th–90th</span> percentile');
    expect(html("15-1252,15-1254")).toBe('<span class="unbroken">15-1252</span>,<span class="unbroken">15-1254</span>');
  });

  it("leaves text with no range alone, hyphenated words included", () => {
    expect(html("Back-End Developer")).toBe("Back-End Developer");
    expect(html("COVID-19 and year-end figures")).toBe("COVID-19 and year-end figures");
    expect(html("")).toBe("");
  });
});
