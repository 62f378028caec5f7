import { describe, expect, it } from "vitest";
import { indexAfterRemoval } from "~/lib/list-focus";

// A keyboard pass (2026-12-06): "Remove SQL" on the skills explorer took its own link away, and the focus fell to the
// page's body. Where the focus goes instead: the next item's control, the previous one's after the last, else none.
describe("the focus after an item is removed from a list", () => {
  it("goes to the item that took its place, or the new last one, or nowhere in the list when it is empty", () => {
    expect(indexAfterRemoval(1, 2)).toBe(1); // "Remove SQL" of Python, SQL, Excel: Excel's
    expect(indexAfterRemoval(0, 2)).toBe(0);
    expect(indexAfterRemoval(2, 2)).toBe(1); // the last one's: the one before
    expect(indexAfterRemoval(0, 0)).toBeNull(); // none left: the caller's box
  });
});
