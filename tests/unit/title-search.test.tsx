import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it, vi } from "vitest";

// The combobox's markup once the page's script runs (the server's HTML is a plain search form).
vi.mock("~/lib/use-hydrated", () => ({ useHydrated: () => true }));
const { TitleSearch } = await import("~/features/search/components/title-search");

function render(): string {
  const Stub = createRoutesStub([{ path: "*", Component: () => createElement(TitleSearch) }]);
  return renderToStaticMarkup(createElement(Stub, { initialEntries: ["/roles"] }));
}

describe("the header's title search", () => {
  // A keyboard pass (2026-12-06): Tab from the box with suggestions showing went into the list (Chromium makes a
  // scrolling box a Tab stop), the list closed as the box lost the focus, and the focus fell to the page's body instead
  // of the Search button. If the list lost tabindex="-1", Tab would stop on it again.
  it("keeps its scrolling list of suggestions out of the Tab order, reached only by the arrow keys from the box", () => {
    const html = render();
    const list = /<ul [^>]*role="listbox"[^>]*>/.exec(html)?.[0];
    expect(list).toBeDefined();
    expect(list).toContain('tabindex="-1"');
    expect(html).toMatch(/<input [^>]*role="combobox"[^>]*aria-controls="[^"]+"/);
  });
});
