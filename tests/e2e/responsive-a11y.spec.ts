import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { disconnectDb } from "@/lib/db";
import { userFactory } from "../support/factories";
import { mainPageVisits, SCREENSHOT_DIR, signIn, type PageVisit } from "./helpers";

test.afterAll(disconnectDb);

const SIZES = [
  { label: "390", viewport: { width: 390, height: 844 } },
  { label: "1440", viewport: { width: 1440, height: 900 } },
] as const;
const THEMES = ["light", "dark"] as const;
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function checkPage(page: Page, visit: PageVisit, shot: string): Promise<string[]> {
  const problems: string[] = [];
  const response = await page.goto(visit.path);
  expect(response?.status(), `${visit.path} answers`).toBeLessThan(400);
  await expect(page.getByRole("heading", { level: 1 }).first()).toContainText(visit.heading);
  // Lists stream in behind a skeleton; check the page as it ends up.
  await expect(page.locator(".skeleton")).toHaveCount(0);
  await page.waitForLoadState("networkidle");

  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  if (scrollWidth > innerWidth) problems.push(`${visit.path}: page is ${scrollWidth}px wide in a ${innerWidth}px window`);

  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  for (const violation of results.violations) {
    if (violation.impact !== "serious" && violation.impact !== "critical") continue;
    problems.push(`${visit.path}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(", ")}`);
  }
  await page.screenshot({ path: `${SCREENSHOT_DIR}/responsive/${shot}.png`, fullPage: true });
  return problems;
}

for (const theme of THEMES) {
  for (const size of SIZES) {
    test(`main pages fit a ${size.label} px screen with no serious accessibility finding (${theme} theme)`, async ({ browser }) => {
      test.setTimeout(300_000);
      const visits = await mainPageVisits();
      const admin = await userFactory("ADMIN");
      const context = await browser.newContext({ viewport: size.viewport, colorScheme: theme });
      const page = await context.newPage();
      const hydrationErrors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && /hydrat/i.test(message.text())) hydrationErrors.push(`${page.url()}: ${message.text()}`);
      });

      const problems: string[] = [];
      for (const visit of visits.filter((item) => !item.signedIn)) problems.push(...(await checkPage(page, visit, `${visit.name}-${size.label}-${theme}`)));
      await signIn(page, admin.email);
      for (const visit of visits.filter((item) => item.signedIn)) problems.push(...(await checkPage(page, visit, `${visit.name}-${size.label}-${theme}`)));
      await context.close();

      expect(problems, problems.join("\n")).toEqual([]);
      expect(hydrationErrors, hydrationErrors.join("\n")).toEqual([]);
    });
  }
}

test("on a phone the header folds into a menu button that opens, closes on Escape and returns focus", async ({ browser }) => {
  const editor = await userFactory("EDITOR");
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, editor.email);
  const menu = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Claims" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await nav.getByRole("link", { name: "Claims" }).focus();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  // Following a link closes the menu on the new page.
  await menu.click();
  await nav.getByRole("link", { name: "Speakers" }).click();
  await expect(page.getByRole("heading", { name: "Speakers", level: 1 })).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await context.close();
});

test("a chosen theme persists and is rendered by the server, so the page never paints the other one first", async ({ browser }) => {
  const viewer = await userFactory("VIEWER");
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  await signIn(page, viewer.email);
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();

  await page.getByLabel("Colour theme").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // Polled: the attribute can land a frame before the page's styles are recomputed for it.
  await expect.poll(background).not.toBe(light);

  // The server's HTML already carries the choice (no script has to run before the first paint).
  const response = await page.request.get("/claims");
  expect(await response.text()).toMatch(/<html[^>]*data-theme="dark"/);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByLabel("Colour theme")).toHaveValue("dark");

  await page.getByLabel("Colour theme").selectOption("system");
  await page.reload();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  await expect.poll(background).toBe(light);
  await context.close();
});

test("speakers: the add-alias form opens per row in a dialog, confirms with a toast and gives focus back", async ({ page }) => {
  const { db } = await import("@/lib/db");
  await mainPageVisits();
  const actor = await db.actor.findFirstOrThrow({ orderBy: { name: "asc" }, select: { name: true } });
  const editor = await userFactory("EDITOR");
  await signIn(page, editor.email);
  await page.goto("/speakers");
  // No form is open on the rows until asked for.
  await expect(page.getByRole("textbox", { name: `Another name for ${actor.name}` })).toHaveCount(0);

  const open = page.getByRole("button", { name: `Add alias for ${actor.name}` });
  await open.click();
  const dialog = page.getByRole("dialog", { name: `Another name for ${actor.name}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: `Another name for ${actor.name}` })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  const alias = `Alias ${crypto.randomUUID().slice(0, 6)}`;
  await open.click();
  await dialog.getByRole("textbox", { name: `Another name for ${actor.name}` }).fill(alias);
  await dialog.getByRole("button", { name: "Add alias" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText(alias);
  await expect(page.getByRole("row").filter({ hasText: actor.name }).first()).toContainText(alias);
  await expect(open).toBeFocused();
});
