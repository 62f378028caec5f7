import type { Page } from "@playwright/test";
import { extractText, extractTextItems } from "unpdf";
import { expect, expectNoAxeViolations, openAllDetails, test, waitForHydration } from "./fixtures";

const roleRows = (page: Page) => page.locator("section[aria-labelledby=explore-roles] tbody tr");
const occupationRows = (page: Page) => page.locator("section[aria-labelledby=explore-occupations] tbody tr");

test.describe("start from your skills (/explore/skills)", () => {
  test("a student adds Python, SQL and Excel one at a time without JavaScript and gets ranked careers to send on", async ({
    noScriptPage: page,
  }) => {
    await page.goto("/explore/skills");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start from your skills");
    const box = page.getByRole("combobox", { name: "Add a skill" });
    for (const name of ["Python", "SQL", "excel"]) {
      await box.fill(name);
      await page.getByRole("button", { name: "Add and show careers" }).click();
    }
    // A plain GET form: the period and careers fields come along, the skills in the order added.
    await expect(page).toHaveURL(/[?&]have=excel(&|$)/);
    expect(new URL(page.url()).searchParams.getAll("have")).toEqual(["Python", "SQL", "excel"]);
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "is read as" })).toContainText(
      "“excel” is read as Microsoft Excel.",
    );

    const picked = page.locator(".explore-picked li");
    await expect(picked).toHaveCount(3);
    await expect(picked.nth(2)).toContainText("Microsoft Excel · O*NET 30.1 technology");

    // Roles and occupations, best fit first, with their outlook and a source for each growth figure.
    await expect(roleRows(page).first().locator("th")).toContainText("Data Scientist");
    // innerText: each cell also holds its card label ("Fit"), shown only where rows become cards on a phone.
    await expect(roleRows(page).first().locator("td").first()).toHaveText("6 of 6", { useInnerText: true });
    // What "6 of 6" counts is said beside each table, not only in the formula at the foot (a helper's pass).
    await expect(page.locator("section[aria-labelledby=explore-roles]")).toContainText(
      "Fit: 2 points for each of your skills a role counts as core, 1 for each other one it needs, out of 6.",
    );
    await expect(
      page.locator("section[aria-labelledby=explore-roles]").getByRole("link", { name: "How the fit is worked out" }),
    ).toHaveAttribute("href", "#explore-formula");
    const scientists = occupationRows(page).filter({ hasText: "Data scientists" });
    await expect(scientists).toHaveCount(1);
    await expect(scientists.locator("td").nth(3)).toContainText("+33.5%");
    await expect(scientists.locator("td").nth(3).locator("a[href^='#source-']")).toHaveCount(1);
    // Each median with its OEWS spread, cited, and what the low end is not.
    await expect(scientists.locator("td").nth(5)).toContainText(/10th–90th percentile: \$[\d,]+ to \$[\d,]+ \(May 2024\) \[\d+\]/);
    await expect(roleRows(page).first().locator("td").last()).toContainText(/10th–90th percentile: \$[\d,]+ to \$[\d,]+/);
    await expect(page.locator("section[aria-labelledby=explore-roles]")).toContainText("The 10th percentile is not a starting salary.");

    // Learn next: skill pages; the formula with a worked example from this list.
    const learn = page.locator("ol.explore-learn li");
    expect(await learn.count()).toBeGreaterThan(0);
    await expect(learn.first().getByRole("link")).toHaveAttribute("href", /^\/skills\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { name: "How the fit is worked out" })).toBeVisible();
    await expect(page.locator(".explore-formula")).toContainText("Python 2 (asked for, in demand)");
    // Learn next's worked example adds up its first suggestion, which counts each career on the list once (a student's
    // pass: "Data Scientist (strong) … Data scientists (strong)", one career credited twice).
    const first = (await learn.first().getByRole("link").textContent())!;
    await expect(page.locator(".explore-formula")).toContainText(
      new RegExp(`For ${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, the first skill under Learn next: .* = \\d+ points\\.`),
    );
    await expect(page.locator("section[aria-labelledby=explore-learn]")).not.toContainText("Data scientists (strong)");

    // The link to send keeps the skills under their resolved names; removing one drops it from the address.
    await expect(page.getByRole("link", { name: "Link to this list" })).toHaveAttribute(
      "href",
      "/explore/skills?have=Python&have=SQL&have=Microsoft+Excel",
    );
    await page.getByRole("link", { name: "Remove SQL" }).click();
    await expect(page).toHaveURL(/\/explore\/skills\?have=Python&have=Microsoft\+Excel$/);
    await expect(picked).toHaveCount(2);
  });

  test("the pinned link keeps its data version through the form and the links, without JavaScript", async ({ noScriptPage: page }) => {
    await page.goto("/explore/skills?have=Python&have=SQL");
    const pinned = page.getByRole("link", { name: /^link pinned to data version v\d+-[0-9a-f]{8}$/ });
    // A pinned address names its period, the latest here (ADR 008): the latest is another once BLS's next period loads.
    await expect(pinned).toHaveAttribute("href", /^\/explore\/skills\?have=Python&have=SQL&vintage=2024-34&data=v\d+-[0-9a-f]{8}$/);
    const tag = new URL((await pinned.getAttribute("href"))!, page.url()).searchParams.get("data")!;
    await pinned.click();
    // Pinned to the current version: the same figures, no banner; the address keeps the tag as skills are added.
    await expect(page.getByTestId("data-pin-banner")).toHaveCount(0);
    await page.getByRole("combobox", { name: "Add a skill" }).fill("Linux");
    await page.getByRole("button", { name: "Add and show careers" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]data=${tag}(&|$)`));
    expect(new URL(page.url()).searchParams.getAll("have")).toEqual(["Python", "SQL", "Linux"]);
    await expect(page.getByRole("link", { name: "Link to this list" })).toHaveAttribute(
      "href",
      `/explore/skills?have=Python&have=SQL&have=Linux&vintage=2024-34&data=${tag}`,
    );
    await expect(page.getByRole("link", { name: "Remove SQL" })).toHaveAttribute(
      "href",
      `/explore/skills?have=Python&have=Linux&vintage=2024-34&data=${tag}`,
    );
  });

  test("a typo gets a 'did you mean' that adds the skill, and the page passes axe with JavaScript on", async ({ page }) => {
    await page.goto("/explore/skills?have=SQL&have=pyhton");
    await waitForHydration(page);
    // The notice, not the copy buttons' (empty) live regions of "Cite this page".
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "We know no skill" })).toContainText(
      "We know no skill called “pyhton”. Did you mean Python?",
    );
    // With the notice shown (its live region once made the list a status and its items orphans: aria-allowed-role).
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Python", exact: true }).first().click();
    await expect(page).toHaveURL(/\?have=SQL&have=Python$/);
    await expect(page.locator(".explore-picked li")).toHaveCount(2);
    await expectNoAxeViolations(page);

    // With JavaScript the form goes to the view's one address: no empty fields, the default period left out.
    await page.getByRole("combobox", { name: "Add a skill" }).fill("Linux");
    await page.getByRole("button", { name: "Add and show careers" }).click();
    await expect(page).toHaveURL(/\/explore\/skills\?have=SQL&have=Python&have=Linux$/);
    await expect(page.locator(".explore-picked li")).toHaveCount(3);
    // Added, the skill is a chip; the box is empty for the next one (a helper's pass found "Linux" still in it).
    await expect(page.getByRole("combobox", { name: "Add a skill" })).toHaveValue("");
  });

  // A student's pass with JavaScript on: after "Python" and Enter the focus went to the page's body, so each skill meant
  // clicking the box again; and with Python chosen, "Did you mean Python?" led to ?have=Python&have=Python.
  test("with JavaScript, the box keeps the focus after each name, the addition is read out, and no link adds a skill twice", async ({
    page,
  }) => {
    await page.goto("/explore/skills");
    await waitForHydration(page);
    const box = page.getByRole("combobox", { name: "Add a skill" });
    const said = page.locator(".explore-form [role=status]");
    await expect(said).toHaveText("");
    await box.fill("Python");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/explore\/skills\?have=Python$/);
    await expect(page.locator(".explore-picked li")).toHaveCount(1);
    await expect(box).toBeFocused();
    await expect(box).toHaveValue("");
    await expect(said).toHaveText("Added Python. Your skills: Python.");
    // The next name straight away, without clicking the box; with the button the box has the focus back too.
    await page.keyboard.type("SQL");
    await page.getByRole("button", { name: "Add and show careers" }).click();
    await expect(page).toHaveURL(/\?have=Python&have=SQL$/);
    await expect(box).toBeFocused();
    await expect(said).toHaveText("Added SQL. Your skills: Python and SQL.");
    // A typo stays in the box, focused, to be corrected; its suggestion is already picked, and its link says so and adds
    // nothing twice.
    await page.keyboard.type("pyhton");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?have=Python&have=SQL&have=pyhton$/);
    await expect(box).toBeFocused();
    await expect(box).toHaveValue("pyhton");
    await expect(said).toHaveText("No skill called “pyhton” is known; Python is already on your list.");
    const notice = page.getByRole("main").getByRole("status").filter({ hasText: "We know no skill" });
    await expect(notice).toContainText("We know no skill called “pyhton”. Did you mean Python, already on your list?");
    await expect(notice.getByRole("link", { name: "Python", exact: true })).toHaveAttribute("href", "/explore/skills?have=Python&have=SQL");
    await notice.getByRole("link", { name: "Python", exact: true }).click();
    await expect(page).toHaveURL(/\/explore\/skills\?have=Python&have=SQL$/);
    await expect(page.locator(".explore-picked li")).toHaveCount(2);
    // A link that changed the address (the typo gone from it) empties the box.
    await expect(box).toHaveValue("");
    await expectNoAxeViolations(page);
  });

  // A keyboard pass (2026-12-06): Enter on "Remove SQL" removed the link with the focus, which fell to the page's body.
  test("with JavaScript, a Remove link leaves the focus on the next skill's Remove link, the previous one's, then the box", async ({
    page,
  }) => {
    await page.goto("/explore/skills?have=Python&have=SQL&have=Excel");
    await waitForHydration(page);
    const remove = page.locator(".explore-picked").getByRole("link", { name: /^Remove / });
    await expect(remove).toHaveCount(3);
    const names = await remove.evaluateAll((links) => links.map((a) => a.getAttribute("aria-label")!));
    await remove.nth(1).focus();
    await page.keyboard.press("Enter");
    await expect(remove).toHaveCount(2);
    await expect(page).toHaveURL(/\?have=Python&have=/);
    await expect(page.getByRole("link", { name: names[2]!, exact: true })).toBeFocused();
    // The last one's Remove link: the focus goes back to the one before.
    await page.keyboard.press("Enter");
    await expect(remove).toHaveCount(1);
    await expect(page.getByRole("link", { name: names[0]!, exact: true })).toBeFocused();
    // None left: the box, to add another.
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/explore\/skills$/);
    await expect(page.getByRole("combobox", { name: "Add a skill" })).toBeFocused();
  });

  test("with two typos, each 'did you mean' keeps the other one to fix, and one link takes both", async ({ noScriptPage: page }) => {
    // A tester's pass: taking "Python" went to ?have=SQL&have=Python, and "exel" with its suggestion was gone.
    await page.goto("/explore/skills?have=pyhton&have=sql&have=exel");
    const notices = page.getByRole("main").getByRole("status").filter({ hasText: "We know no skill" });
    await notices.getByRole("link", { name: "Python", exact: true }).click();
    await expect(page).toHaveURL(/\/explore\/skills\?have=Python&have=sql&have=exel$/);
    await expect(notices).toContainText("We know no skill called “exel”. Did you mean Microsoft Excel?");
    await expect(page.locator(".explore-picked li")).toHaveCount(2);

    await page.goto("/explore/skills?have=pyhton&have=sql&have=exel");
    await notices.getByRole("link", { name: "Use all 2 suggestions" }).click();
    await expect(page).toHaveURL(/\/explore\/skills\?have=Python&have=sql&have=Microsoft\+Excel$/);
    await expect(page.locator(".explore-picked li")).toHaveCount(3);
    await expect(page.getByText("We know no skill")).toHaveCount(0);
  });

  test("answers a bad address with a 400 that names the problem", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/explore/skills?scope=everything");
    const response = await page.goto("/explore/skills?scope=everything");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("main")).toContainText("“scope”");
  });
});

test.describe("start from what you like (/explore/interests)", () => {
  test("a student ticks two areas without JavaScript and gets tech careers first, with the scores that matched", async ({
    noScriptPage: page,
  }) => {
    await page.goto("/explore/interests");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start from what you like");
    await expect(page.getByRole("link", { name: "Interest Profiler at My Next Move" })).toHaveAttribute(
      "href",
      "https://www.mynextmove.org/explore/ip",
    );
    await expect(page.locator(".interest-areas > div")).toHaveCount(6);
    // Each area opens (a <details>, no script needed) to O*NET's words and its basic interest areas with examples.
    await page.getByText("Investigative in O*NET’s words, with its").click();
    const investigative = page.locator(".interest-onet[open]");
    await expect(investigative).toContainText("“Work involves studying and researching non-living objects");
    await expect(investigative.locator(".interest-basic dt").filter({ hasText: "Mathematics/Statistics" })).toContainText(
      "(also under Conventional)",
    );
    await page.getByRole("checkbox", { name: /^Investigative/ }).check();
    await page.getByRole("checkbox", { name: /^Conventional/ }).check();
    await page.getByRole("button", { name: "Show careers" }).click();
    await expect(page).toHaveURL(/\/explore\/interests\?like=investigative&like=conventional/);
    await expect(page.getByRole("checkbox", { name: /^Investigative/ })).toBeChecked();
    const tech = page.locator("section[aria-labelledby=interest-tech] tbody tr");
    const scientists = tech.filter({ has: page.getByRole("link", { name: "Data Scientists", exact: true }) });
    await expect(scientists).toHaveCount(1);
    // The cell also holds its card label ("O*NET interest code"), shown only on a phone; this list is laid out late, so
    // its innerText is empty until scrolled to: the text ends with the code, O*NET's own (no third letter here).
    await expect(scientists.locator("td").nth(0)).toHaveText(/(^|code)IC$/);
    await expect(scientists.locator("td").nth(1)).toContainText("Investigative 6.99");
    // Each score with O*NET's release and its source, as the growth and pay beside it (a student's pass: "Artistic 7.00"
    // was the one figure of its row without either).
    await expect(scientists.locator("td").nth(1).locator(".interest-source")).toHaveText(/^O\*NET 30\.1 \(December 2025\) \[\d+\]$/);
    await expect(scientists.locator("td").nth(4)).toContainText(/10th–90th percentile: \$[\d,]+ to \$[\d,]+ \(May 2024\) \[\d+\]/);
    await expect(page.locator("section[aria-labelledby=interest-tech]")).toContainText("The 10th percentile is not a starting salary.");
    await expect(
      page.locator("section[aria-labelledby=interest-roles] tbody tr").filter({ hasText: "Data Scientist" }).first(),
    ).toBeVisible();
    await page.getByRole("navigation", { name: "Start from you" }).getByRole("link", { name: "From your skills" }).click();
    await expect(page).toHaveURL(/\/explore\/skills$/);
  });

  // A student's pass: Social found no tech role at all, though its own description says "In tech: supporting users,
  // training and teaching"; Artistic listed Data Scientist for "Artistic 2.59" and Back-End Developer for "Artistic 3.07".
  test("an area matches only where O*NET's code has it, and with no tech role matching, the closest are named as such", async ({
    noScriptPage: page,
  }) => {
    await page.goto("/explore/interests?like=social");
    const roles = page.locator("section[aria-labelledby=interest-roles]");
    await expect(roles.locator("table")).toHaveCount(0);
    await expect(roles).toContainText("None of our curated tech roles has Social in its O*NET interest code.");
    await expect(roles).toContainText(
      /Closest, though not matches: the occupations our roles are filed under that score highest on Social \(O\*NET 30\.1 \(December 2025\) \[\d+\]\)\./,
    );
    const closest = roles.locator(".interest-closest li");
    await expect(closest).toHaveCount(3);
    await expect(closest.first()).toHaveText(
      "IT Support Specialist (O*NET: Computer User Support Specialists): Social 3.32; its O*NET code CRI",
    );
    await closest.first().getByRole("link", { name: "IT Support Specialist" }).click();
    await expect(page).toHaveURL(/\/roles\/it-support-specialist$/);

    await page.goto("/explore/interests?like=artistic");
    const artistic = page.locator("section[aria-labelledby=interest-roles] tbody tr");
    await expect(artistic).toHaveCount(2);
    await expect(artistic.filter({ hasText: "Data Scientist" })).toHaveCount(0);
    await expect(artistic.filter({ hasText: "Back-End Developer" })).toHaveCount(0);
    await expect(artistic.filter({ hasText: "Technical Writer" })).toHaveCount(1);
    // The page states the rule it applies.
    await expect(page.getByRole("main")).toContainText("A career matches when one of your areas is in its O*NET interest code");
  });

  // A tester's pass at 390×844: Investigative, Artistic, Conventional, then Social stayed ticked, and the list used the
  // first three in the form's order, dropping Conventional (ticked third) without saying so.
  test("on a phone with JavaScript, a fourth area cannot be ticked, and the note saying why is read out", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/explore/interests");
    await waitForHydration(page);
    const box = (name: string) => page.getByRole("checkbox", { name: new RegExp(`^${name}:`) });
    const note = page.locator("#interest-limit");
    await expect(note).toHaveAttribute("aria-live", "polite");
    for (const name of ["Investigative", "Artistic", "Conventional"]) await box(name).check();
    const full = "3 areas ticked, the most. To pick another, untick one first.";
    await expect(note).toHaveText(full);
    await expect(note).toBeVisible();
    // Marked, not taken away: each other box stays focusable and is described by the note.
    for (const name of ["Realistic", "Social", "Enterprising"]) {
      await expect(box(name)).toBeDisabled(); // aria-disabled="true"
      await expect(box(name)).toHaveAccessibleDescription(full);
    }
    await expect(box("Conventional")).toBeEnabled();
    // By keyboard, and by a tap on the dimmed box: neither ticks it, and the note names it.
    await box("Social").focus();
    await page.keyboard.press("Space");
    await expect(box("Social")).not.toBeChecked();
    await expect(note).toHaveText("Social is not ticked: 3 areas is the most. Untick one of them first.");
    await box("Realistic").click({ force: true });
    await expect(box("Realistic")).not.toBeChecked();
    await expect(note).toHaveText("Realistic is not ticked: 3 areas is the most. Untick one of them first.");
    await expectNoAxeViolations(page);
    // Unticking one frees the others; the list then uses exactly the three ticked.
    await box("Artistic").uncheck();
    await expect(box("Social")).toBeEnabled();
    await expect(note).toHaveText("");
    await box("Social").check();
    await page.getByRole("button", { name: "Show careers" }).click();
    // The form sends its period too (the newest, as the page shows it).
    await expect(page).toHaveURL(/\/explore\/interests\?like=investigative&like=social&like=conventional(&vintage=\d{4}-\d{2})?$/);
    for (const name of ["Investigative", "Social", "Conventional"]) await expect(box(name)).toBeChecked();
    await expect(box("Artistic")).toBeDisabled();
    await expect(page.getByText("You ticked")).toHaveCount(0);
  });

  // A screen reader pass (2026-12-06): "Show careers" changed the list without a page load, and nothing said so.
  test("with JavaScript, Show careers says in a status line how many careers of each kind match", async ({ page }) => {
    await page.goto("/explore/interests");
    await waitForHydration(page);
    const said = page.locator("p[role=status].visually-hidden");
    await expect(said).toHaveText("");
    await page.getByRole("checkbox", { name: /^Artistic:/ }).check();
    await page.getByRole("button", { name: "Show careers" }).click();
    await expect(page).toHaveURL(/\?like=artistic/);
    // The line's count of tech roles is the list's: read the line first, then wait for the table to show as many rows
    // (counting rows as soon as the address changed raced the new list's render, and once counted the old, empty one).
    await expect(said).toHaveText(/^Artistic: \d+ tech roles?, [\d,]+ tech occupations? and [\d,]+ other occupations? match\.$/);
    const roles = Number(/^Artistic: (\d+)/.exec((await said.textContent()) ?? "")?.[1]);
    expect(roles, "artistic matches some tech roles (else this proves nothing)").toBeGreaterThan(0);
    await expect(page.locator("section[aria-labelledby=interest-roles] tbody tr")).toHaveCount(roles);
    await page.getByRole("checkbox", { name: /^Social:/ }).check();
    await page.getByRole("button", { name: "Show careers" }).click();
    await expect(said).toHaveText(/^Artistic or Social: /);
  });

  test("without JavaScript, four areas ticked: the list says which three it used and which it left out", async ({ noScriptPage: page }) => {
    await page.goto("/explore/interests");
    for (const name of ["Investigative", "Artistic", "Conventional", "Social"])
      await page.getByRole("checkbox", { name: new RegExp(`^${name}:`) }).check();
    await page.getByRole("button", { name: "Show careers" }).click();
    // The form sends its boxes in its own order: the page cannot know Conventional was ticked third, and says so.
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "You ticked" })).toHaveText(
      "You ticked 4 areas; careers are matched on up to 3. These careers use the first 3 in the list of areas, Investigative, " +
        "Artistic and Social, and leave out Conventional. To use Conventional instead, untick one of the 3 ticked above, tick " +
        "Conventional and show careers again.",
    );
    await expect(page.getByRole("checkbox", { name: /^Conventional:/ })).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^Social:/ })).toBeChecked();
    // Nothing is marked unavailable where nothing stops a tick.
    await expect(page.getByRole("checkbox", { name: /^Conventional:/ })).toBeEnabled();
  });

  test("passes axe with JavaScript on, areas and results", async ({ page }) => {
    await page.goto("/explore/interests");
    await waitForHydration(page);
    await openAllDetails(page);
    await expectNoAxeViolations(page);
    await page.goto("/explore/interests?like=artistic");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });
});

test.describe("presenting an explorer result to a class", () => {
  test("the skills list becomes slides with the same careers and figures, and leads back to the list", async ({ page }) => {
    await page.goto("/explore/skills?have=Python&have=SQL&have=Microsoft+Excel");
    await waitForHydration(page);
    await expect(roleRows(page).first().locator("th")).toContainText("Data Scientist");
    await page.getByRole("link", { name: "Present this list to a class" }).click();
    await expect(page).toHaveURL(/\/present\?explore=skills&have=Python&have=SQL&have=Microsoft%20Excel$/);
    await waitForHydration(page);
    const slide = page.locator(".present-slides > .slide:not([hidden])");
    await expect(slide.getByRole("heading", { level: 2 })).toHaveText("Careers that use your skills");
    await page.keyboard.press("ArrowRight");
    await expect(slide.getByRole("heading", { level: 2 })).toHaveText("How the fit is worked out");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/&slide=3$/);
    await expect(slide.getByRole("heading", { level: 2 })).toHaveText("Tech roles that fit best");
    await expect(slide.locator(".slide__column").first().getByRole("heading")).toHaveText("Data Scientist");
    await expect(slide.locator(".slide__citation")).toContainText("Source:");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Back to the list" }).click();
    await expect(page).toHaveURL(/\/explore\/skills\?have=Python&have=SQL&have=Microsoft\+Excel$/);
  });

  test("the interests list's slides work without JavaScript, every slide with its footer", async ({ noScriptPage: page }) => {
    await page.goto("/explore/interests?like=investigative&like=conventional");
    await page.getByRole("link", { name: "Present this list to a class" }).click();
    await expect(page).toHaveURL(/\/present\?explore=interests&like=investigative&like=conventional$/);
    const slides = page.locator(".present-slides > .slide");
    expect(await slides.count()).toBeGreaterThanOrEqual(6);
    await expect(slides.first().getByRole("heading", { level: 2 })).toHaveText("Careers that fit your interests");
    for (let i = 0; i < (await slides.count()); i++) await expect(slides.nth(i).locator(".slide__citation")).toContainText("Source:");
    await expect(page.locator(".present-slides")).toContainText("The interest areas picked");
    // Each picked area as O*NET describes it, with its basic interest areas.
    await expect(page.locator(".present-slides")).toContainText("Investigative, in O*NET's words");
    await expect(page.locator(".present-slides")).toContainText("Basic interest areas under it: Physical Science, Life Science");
  });

  test("the growth slide draws one bar per BLS line, roles and occupations named apart, fastest first, and passes axe", async ({
    page,
  }) => {
    // What would break: Machine Learning Engineer and Research Scientist as two +19.7% bars (one BLS line), bars in
    // list order, and a footer naming pay on a slide that shows none.
    await page.goto("/present?explore=interests&like=investigative&slide=6");
    await waitForHydration(page);
    const slide = page.locator(".present-slides > .slide:not([hidden])");
    await expect(slide.getByRole("heading", { level: 2 })).toHaveText("How fast these careers grow, 2024–34");
    const rows = slide.locator(".bars__row");
    const shared = rows.filter({ hasText: "Research Scientist" });
    await expect(shared).toHaveCount(1);
    await expect(shared.locator(".bars__label")).toHaveText(
      "Roles: Machine Learning Engineer and Research Scientist BLS: Computer and information research scientists",
    );
    await expect(shared.locator(".bars__value")).toHaveText("+19.7%");
    await expect(rows.filter({ hasText: "Machine Learning Engineer" })).toHaveCount(1);
    const values = (await slide.locator(".bars__row:not(.bars__row--emphasis) .bars__value").allTextContents()).map((t) =>
      Number(t.replace("−", "-").replace(/[+%]/g, "")),
    );
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await expect(rows.last().locator(".bars__label")).toHaveText("All occupations");
    await expect(slide.locator(".slide__citation")).not.toContainText("pay");
    await expectNoAxeViolations(page);
  });
});

test.describe("hot and in-demand technologies (/technologies)", () => {
  test("the list leads to a technology's page, which passes axe", async ({ page }) => {
    await page.goto("/technologies");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hot and in-demand technologies");
    await page.getByRole("link", { name: "Python", exact: true }).click();
    await expect(page).toHaveURL(/\/technologies\/python$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Python");
    await expect(
      page.locator("section[aria-labelledby=technology-occupations] tbody tr").filter({ hasText: "Data scientists" }),
    ).toHaveCount(1);
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });
});

test.describe("printing an explorer result", () => {
  for (const [name, path, role] of [
    ["skills", "/explore/skills?have=Python&have=SQL&have=Microsoft+Excel", "Data Scientist"],
    ["interests", "/explore/interests?like=investigative&like=conventional", "Data Scientist"],
    // Three areas: each row's areas wrap more (a helper's pass: these printed on two pages).
    // (UX/UI Designer first: Data Scientist's O*NET code, IC, has neither Artistic nor Social; ADR 019.)
    ["interests (three areas)", "/explore/interests?like=investigative&like=artistic&like=social", "UX/UI Designer"],
    ["interests (three other areas)", "/explore/interests?like=realistic&like=investigative&like=conventional", "Tech roles"],
  ] as const) {
    test(`the ${name} result prints on one Letter page with its web address, each median with its year and source`, async ({ page }) => {
      await page.goto(path);
      // The first career's median as paper must show it: its May year and its source number after it (on screen they
      // sit on the line under it; paper has no tooltip, and the explorers' printout leaves the caption out).
      const median = await page
        .locator(".explore-table tbody tr")
        .first()
        .locator("td.num")
        .last()
        .evaluate((cell) => {
          const date = cell.querySelector(".median-year__date")?.textContent;
          const source = cell.querySelector(".median-year a[href^='#source-']")?.textContent;
          // The figure is the cell's first text after its card label (shown only on a phone).
          const figure = [...cell.childNodes].find((node) => !(node instanceof Element && node.classList.contains("card-label")));
          return `${figure?.textContent} (${date}) ${source}`;
        });
      expect(median).toMatch(/^\$[\d,]+ \(May \d{4}\) \[\d+\]$/);
      if (path.includes("interests")) {
        // Each interest score keeps its source number on paper, after the scores (the release is the printed source's).
        await page.emulateMedia({ media: "print" });
        const matched = page.locator(".explore-table tbody tr").first().locator(".interest-source");
        await expect(matched).toBeVisible();
        await expect(matched.locator("a[href^='#source-']")).toHaveText(/^\[\d+\]$/);
        await expect(matched.locator(".interest-source__release")).toBeHidden();
        await page.emulateMedia({ media: null });
      }
      const { totalPages, text } = await extractText(new Uint8Array(await page.pdf({ format: "Letter" })), { mergePages: true });
      expect(totalPages).toBe(1);
      const squeezed = text.replace(/\s+/g, " ");
      expect(squeezed).toContain(`This list on the web, with every career and source: http://127.0.0.1:`);
      expect(squeezed).toContain(role);
      expect(squeezed).toContain(median);
      expect(squeezed).not.toContain("Add and show careers");
      // The counts say how many rows paper keeps, not how many the screen shows (a helper's pass: "the best 20 are
      // shown" above three printed rows).
      expect(squeezed).not.toMatch(/the best \d+ are shown/);
      expect(squeezed).toContain("the best 3 are printed");
      // A counselor's pass: the roles printed three of 25 without saying so, and the screen's "Include every occupation"
      // link was printed as words.
      const roles = await page.locator("section:is([aria-labelledby=explore-roles], [aria-labelledby=interest-roles]) tbody tr").count();
      expect(roles, "more roles than paper keeps (else this proves nothing)").toBeGreaterThan(3);
      expect(squeezed).toMatch(new RegExp(`Tech roles[a-z ]*: the best 3 of ${roles} are printed`));
      expect(squeezed).not.toContain("Include every occupation");
      // The interests chosen are on paper too (a counselor's pass: the printout did not say what it was for).
      if (path.includes("like=investigative&like=artistic"))
        expect(squeezed).toContain("Start from what you like: Investigative, Artistic");
    });
  }

  // A tester's pass: a twelve-skill list's printed address did not wrap; it ran off the right edge ("…&have=Amazon+Web+S")
  // and Chromium printed the whole sheet at ~70% to fit it.
  for (const [name, path] of [
    [
      "skills (twelve)",
      "/explore/skills?have=Python&have=SQL&have=Microsoft+Excel&have=JavaScript&have=HTML&have=Figma&have=Linux&have=Git&have=Docker&have=AWS&have=Java&have=C%2B%2B",
    ],
    ["interests (three areas, pinned)", "/explore/interests?like=investigative&like=artistic&like=conventional"],
  ] as const) {
    test(`the ${name} printout wraps its web address within the paper and keeps its type size`, async ({ page }) => {
      await page.goto(path);
      if (path.includes("interests")) {
        // The longest address an interests list has: three areas and a data pin.
        await page.getByRole("link", { name: /^link pinned to data version / }).click();
        await expect(page).toHaveURL(/[?&]data=v\d+-[0-9a-f]{8}$/);
      }
      // The printed address is the list's own, pinned where the page is (the pinned page's address itself).
      const address = path.includes("interests")
        ? page.url()
        : new URL((await page.getByRole("link", { name: "Link to this list" }).getAttribute("href"))!, page.url()).href;
      if (path.includes("skills")) expect(address.length, "longer than a printed line (else this proves nothing)").toBeGreaterThan(200);

      // Laid out for paper at the printable width (Letter less app.css's side margins, as print.spec.ts measures).
      await page.setViewportSize({ width: 725, height: 900 });
      await page.emulateMedia({ media: "print" });
      const printed = await page.locator(".explore-print .breakable-address").evaluate((span) => ({
        text: span.textContent,
        right: Math.max(...[...span.getClientRects()].map((r) => r.right)),
        lines: new Set([...span.getClientRects()].map((r) => Math.round(r.top))).size,
        pageWidth: document.documentElement.scrollWidth,
      }));
      expect(printed.text).toBe(address);
      expect(printed.pageWidth).toBeLessThanOrEqual(725);
      expect(printed.right).toBeLessThanOrEqual(725);
      if (path.includes("skills")) expect(printed.lines).toBeGreaterThan(1);
      await page.emulateMedia({ media: null });

      // On Letter paper: the whole address, and the heading at its print size (16pt, explore.css), not shrunk to fit.
      const pdf = await page.pdf({ format: "Letter" });
      // Each read gets its own copy: pdf.js may hand the bytes to its worker.
      const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
      expect(text.replace(/\s+/g, "")).toContain(address);
      const { items } = await extractTextItems(new Uint8Array(pdf));
      const heading = items[0]!.find((item) => item.str.startsWith("Start from"));
      expect(heading?.fontSize).toBeCloseTo(16, 0);
      const letterWidth = 612; // points
      for (const item of items.flat()) expect(item.x + item.width, `"${item.str}" inside the page`).toBeLessThanOrEqual(letterWidth);
    });
  }
});
