import { expect, test } from "@playwright/test";
import { db, disconnectDb } from "@/lib/db";
import { userFactory } from "../support/factories";
import { screenshot, selectTextWithMouse, signIn } from "./helpers";

test.afterAll(disconnectDb);

const FIRST = "Regional governor Ilse Varga told reporters in Marrowby that at least 12 people had died when the Tessel burst its banks on Saturday night.";
const SECOND = "Hours later, the head of the valley’s fire service, Tomas Brell, said nearly 20 people were killed, most of them in the riverside district of Lower Fenwick.";
const SUBJECT = "Deaths in the Tessel Valley floods";

test("an editor imports an article, marks two claims with the mouse, edits one, and a stale tab gets a conflict", async ({ page, context }) => {
  test.setTimeout(120_000);
  const editor = await userFactory("EDITOR", { name: "Esme Editor" });
  await signIn(page, editor.email);

  // Import one of our fixture articles as a file.
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await page.getByRole("tab", { name: "Upload a file" }).click();
  await page.getByLabel("File", { exact: true }).setInputFiles("tests/fixtures/articles/tessel-valley-flood.txt");
  // The preview shows what was detected before anything is saved.
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByLabel("Headline")).toHaveValue("Officials disagree on Tessel Valley flood toll");
  await page.getByLabel("Outlet", { exact: true }).fill("Valley Courier");
  await expect(page.getByLabel("Kind of new outlet")).toBeVisible();
  await page.getByLabel("Kind of new outlet").selectOption("NEWSPAPER");
  await page.getByLabel("Published").fill("2026-03-10");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { name: "Officials disagree on Tessel Valley flood toll" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Article imported" })).toBeVisible();
  const articleUrl = page.url().replace(/\?.*$/, "");

  // First sentence: the figure is pre-filled from the quote.
  await selectTextWithMouse(page, "Article text", FIRST);
  await page.getByRole("button", { name: "Mark as claim" }).click();
  const panel = page.getByRole("region", { name: "New claim" });
  await expect(panel.getByLabel("Selected text")).toHaveText(FIRST);
  await expect(panel.getByLabel("Kind")).toHaveValue("QUANTITY");
  await expect(panel.getByLabel("Value")).toHaveValue("12");
  await expect(panel.getByLabel("Qualifier")).toHaveValue("AT_LEAST");
  await expect(panel.getByLabel("Unit")).toHaveValue("people");
  await panel.getByLabel("Subject").fill(SUBJECT);
  await panel.getByLabel("Speaker").fill("Ilse Varga");
  await screenshot(page, "claim-form");
  await panel.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();

  // Second sentence.
  await selectTextWithMouse(page, "Article text", SECOND);
  await page.getByRole("button", { name: "Mark as claim" }).click();
  await expect(panel.getByLabel("Selected text")).toHaveText(SECOND);
  await expect(panel.getByLabel("Value")).toHaveValue("20");
  await expect(panel.getByLabel("Qualifier")).toHaveValue("NEARLY");
  await panel.getByLabel("Subject").fill(SUBJECT);
  await panel.getByLabel("Speaker").fill("Tomas Brell");
  await panel.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();

  // Both are highlighted in the text and stored at exact offsets. (Playwright has no "mark" role query.)
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text.locator("mark").filter({ hasText: FIRST })).toHaveCount(1);
  await expect(text.locator("mark").filter({ hasText: SECOND })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Claims (2)" })).toBeVisible();
  const stored = await db.claim.findMany({ where: { createdById: editor.id }, include: { article: true, speaker: true }, orderBy: { start: "asc" } });
  expect(stored.map((claim) => claim.quote)).toEqual([FIRST, SECOND]);
  for (const claim of stored) expect(claim.article.body.slice(claim.start, claim.end)).toBe(claim.quote);
  expect(stored.map((claim) => [claim.value, claim.qualifier, claim.unit, claim.speaker?.name])).toEqual([
    [12, "AT_LEAST", "people", "Ilse Varga"],
    [20, "NEARLY", "people", "Tomas Brell"],
  ]);
  await screenshot(page, "reader");

  // Clicking a highlight opens its claim; edit it.
  await text.locator("mark").filter({ hasText: SECOND }).click();
  const detail = page.getByRole("region", { name: "Claim", exact: true });
  await expect(detail).toContainText("Tomas Brell");
  await detail.getByRole("button", { name: "Edit claim" }).click();
  const edit = page.getByRole("region", { name: "Edit claim" });
  await edit.getByLabel("Place").fill("Lower Fenwick");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Claim", exact: true })).toContainText("Lower Fenwick");

  // A second tab opens the same claim, then the first tab saves again: the second tab is stale.
  const secondId = stored[1]!.id;
  const stale = await context.newPage();
  await stale.goto(`${articleUrl}?claim=${secondId}`);
  await stale.getByRole("region", { name: "Claim", exact: true }).getByRole("button", { name: "Edit claim" }).click();
  await expect(stale.getByRole("region", { name: "Edit claim" }).getByLabel("Place")).toHaveValue("Lower Fenwick");

  await page.getByRole("region", { name: "Claim", exact: true }).getByRole("button", { name: "Edit claim" }).click();
  await page.getByRole("region", { name: "Edit claim" }).getByLabel("Note").fill("Fire service figure includes missing people.");
  await page.getByRole("region", { name: "Edit claim" }).getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();

  const staleForm = stale.getByRole("region", { name: "Edit claim" });
  await staleForm.getByLabel("Unit").fill("residents");
  await staleForm.getByRole("button", { name: "Save changes" }).click();
  const conflict = staleForm.getByRole("alert");
  await expect(conflict).toContainText("was changed by Esme Editor since you opened it");
  await expect(conflict).toContainText("people");
  await expect(staleForm.getByLabel("Unit")).toHaveValue("residents");
  // The other tab's note was not touched here, so it is taken over rather than erased.
  await expect(staleForm.getByLabel("Note")).toHaveValue("Fire service figure includes missing people.");
  await screenshot(stale, "claim-conflict");
  const unchanged = await db.claim.findUniqueOrThrow({ where: { id: secondId } });
  expect(unchanged.unit).toBe("people");
  expect(unchanged.version).toBe(3);

  await staleForm.getByRole("button", { name: "Save my changes on top" }).click();
  await expect(stale.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  const final = await db.claim.findUniqueOrThrow({ where: { id: secondId } });
  expect(final.unit).toBe("residents");
  expect(final.note).toBe("Fire service figure includes missing people.");
  expect(final.place).toBe("Lower Fenwick");
  expect(final.version).toBe(4);
});

test("a viewer reads articles and claims but cannot mark or import", async ({ page }) => {
  const viewer = await userFactory("VIEWER");
  await signIn(page, viewer.email);
  await expect(page.getByRole("link", { name: "Import", exact: true })).toHaveCount(0);
  const response = await page.goto("/articles/import");
  expect(response?.status()).toBe(403);
  await page.goto("/claims");
  await expect(page.getByRole("heading", { name: "Claims" })).toBeVisible();
});
