import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { db, disconnectDb } from "@/lib/db";
import { DEMO_SUBJECTS } from "@/lib/demo/content";
import { seedDemoData } from "@/lib/demo/seed";
import { describeFigure } from "@/lib/claims/describe";
import { parseCsv } from "../support/csv";
import { userFactory } from "../support/factories";
import { screenshot, signIn } from "./helpers";

test.beforeAll(async () => {
  // The comparison is about the demo newsroom's multi-outlet subject; loading it is idempotent.
  await seedDemoData();
});
test.afterAll(disconnectDb);

test("the comparison page shows every figure on a subject from three outlets, with a chart", async ({ page }) => {
  const subject = DEMO_SUBJECTS.kellinDeaths;
  const claims = await db.claim.findMany({ where: { subject }, include: { article: { include: { outlet: true } } } });
  expect(new Set(claims.map((claim) => claim.article.outlet.name)).size).toBeGreaterThanOrEqual(3);

  const viewer = await userFactory("VIEWER");
  await signIn(page, viewer.email);
  await page.getByRole("link", { name: "Compare" }).click();
  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();

  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(claims.length + 1);
  for (const claim of claims) {
    const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: claim.quote, exact: true }) });
    await expect(row).toContainText(claim.article.outlet.name);
    if (claim.value !== null) await expect(row).toContainText(describeFigure({ ...claim, unit: null }));
  }
  const chart = page.getByRole("figure", { name: "Chart of the reported figures" });
  await expect(chart).toBeVisible();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  // One marker per distinct figure of an outlet (the chart is drawn from an aggregate).
  const figures = new Set(claims.filter((claim) => claim.value !== null).map((claim) => [claim.article.outlet.name, claim.value, claim.valueMax, claim.qualifier].join("|")));
  await expect(chart.locator("circle")).toHaveCount(figures.size);
  await expect(table.locator("tr.contradicted").first()).toBeVisible();
  await page.mouse.move(0, 0);
  await screenshot(page, "compare");
});

test("the contradictions board opens the side-by-side view", async ({ page }) => {
  const viewer = await userFactory("VIEWER");
  await signIn(page, viewer.email);
  await page.getByRole("link", { name: "Contradictions" }).click();
  await expect(page.getByRole("heading", { name: "Contradictions" })).toBeVisible();
  await screenshot(page, "contradictions");
  const firstRow = page.getByRole("row").nth(1);
  const quotes = await firstRow.locator("q").allTextContents();
  expect(quotes).toHaveLength(2);
  await firstRow.getByRole("link", { name: "Side by side" }).click();
  await expect(page.getByRole("region", { name: "First claim" }).getByLabel("Quote in context")).toContainText(quotes[0]!);
  await expect(page.getByRole("region", { name: "Second claim" }).getByLabel("Quote in context")).toContainText(quotes[1]!);
  await screenshot(page, "side-by-side");
});

test("export downloads a CSV whose rows match the claims list filters", async ({ page }) => {
  const viewer = await userFactory("VIEWER");
  await signIn(page, viewer.email);
  await page.getByRole("link", { name: "Claims", exact: true }).click();
  await page.getByLabel("Status").selectOption("DRAFT");
  await page.getByLabel("Outlet").selectOption("Meridian Wire");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=DRAFT/);
  const exportForm = page.getByRole("form", { name: "Export these claims" });
  await exportForm.getByLabel("Format").selectOption("csv");
  const [download] = await Promise.all([page.waitForEvent("download"), exportForm.getByRole("button", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^claimdesk-claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = parseCsv(text);
  const column = (name: string) => header!.indexOf(name);
  const expected = await db.claim.findMany({ where: { status: "DRAFT", article: { outlet: { name: "Meridian Wire" } } }, select: { id: true } });
  expect(rows.length).toBe(expected.length);
  expect(rows.map((row) => row[column("claim_id")]).sort()).toEqual(expected.map((claim) => claim.id).sort());
  for (const row of rows) {
    expect(row[column("status")]).toBe("DRAFT");
    expect(row[column("outlet")]).toBe("Meridian Wire");
  }
  await screenshot(page, "claims-export");
});
