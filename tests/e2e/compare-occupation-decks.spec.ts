import { extractText } from "unpdf";
import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

/**
 * A counselor compares a tech role with an occupation (Software Engineer and Registered nurses) and wants something
 * to project and to hand out: the compare page links the slides and the one-page handout of the same comparison
 * (they were role-only, and the page said to print it instead).
 */
const COMPARE = "/compare?roles=software-engineer&occupations=29-1141";
const squeeze = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

test.describe("slides and a handout of a comparison with an occupation", () => {
  test("the compare page's Present link opens the deck with both items' figures, and Back returns to the comparison", async ({ page }) => {
    await page.goto(COMPARE);
    await waitForHydration(page);
    await expect(page.getByText("Slides and the printed handout are made for comparisons of curated roles")).toHaveCount(0);
    const payOnPage = await page.locator("table.compare-facts").first().textContent();
    await page.getByRole("link", { name: "Present this comparison to a class" }).click();
    await expect(page).toHaveURL(/\/present\?roles=software-engineer&occupations=29-1141$/);
    await waitForHydration(page);
    const slide = page.locator(".present-slides > .slide:not([hidden])");
    await expect(slide.getByRole("heading", { level: 2 })).toHaveText("Software Engineer vs Registered nurses");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/[?&]slide=3(&|$)/);
    await expect(slide.getByRole("heading", { level: 2 })).toHaveText("Pay");
    await expect(slide.locator(".big-figure__label")).toHaveText(["Software Engineer", "Registered nurses"]);
    // The medians the page shows, on the slide.
    for (const value of await slide.locator(".big-figure__value").allTextContents()) expect(payOnPage).toContain(value);
    await expect(slide.locator(".slide__footer .slide__citation")).toContainText(/^Source: .+\(.+\)/);
    await page.keyboard.press("ArrowRight");
    await expect(slide.locator(".bars__label")).toContainText([
      "Role: Software Engineer",
      "Occupation: Registered nurses",
      "All occupations",
    ]);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Back to the comparison" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=software-engineer&occupations=29-1141$/);
  });

  test("the notes window of the deck opens on the same address", async ({ page }) => {
    const response = await page.goto("/present/notes?roles=software-engineer&occupations=29-1141&slide=3");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Registered nurses").first()).toBeVisible();
  });

  test("the compare page's Handout link prints one Letter page with both items, the citation and the pinned QR address", async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(COMPARE);
    await page.getByRole("link", { name: "Print a one-page handout" }).click();
    await expect(page).toHaveURL(/\/compare\/handout\?roles=software-engineer&occupations=29-1141$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare: Software Engineer and Registered nurses");
    const address = (await page.locator(".handout-qr figcaption a").textContent()) ?? "";
    expect(address).toMatch(/compare\?roles=software-engineer&occupations=29-1141&vintage=\d{4}-\d{2}&data=v\d+-/);
    const figures = await page.locator(".handout-compare-table strong").allTextContents();
    expect(figures.length).toBeGreaterThanOrEqual(4);
    for (const format of ["Letter", "A4"] as const) {
      const { totalPages, text } = await extractText(new Uint8Array(await page.pdf({ format })), { mergePages: true });
      expect(totalPages, format).toBe(1);
      for (const figure of figures) expect(squeeze(text), `${figure} on ${format}`).toContain(squeeze(figure));
      expect(squeeze(text)).toContain(squeeze(address));
    }
    await expectNoAxeViolations(page);
  });
});
