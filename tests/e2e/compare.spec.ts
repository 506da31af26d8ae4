import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { db, disconnectDb } from "@/lib/db";
import { DEMO_SUBJECTS } from "@/lib/demo/content";
import { seedDemoData } from "@/lib/demo/seed";
import { describeFigure } from "@/lib/claims/describe";
import { parseCsv } from "../support/csv";
import { userFactory } from "../support/factories";
import { SCREENSHOT_DIR, screenshot, signIn } from "./helpers";

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
  // One marker per distinct figure of an outlet and speaker on one day (the chart is drawn from an aggregate).
  const withSpeakers = await db.claim.findMany({ where: { subject, value: { not: null } }, include: { speaker: true, article: { include: { outlet: true } } } });
  const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";
  const figures = new Set(withSpeakers.map((claim) => [claim.article.outlet.name, claim.speaker?.name, claim.value, claim.valueMax, claim.qualifier, day(claim.occurredAt), day(claim.article.publishedAt)].join("|")));
  const marks = chart.locator("[data-figure]");
  await expect(marks).toHaveCount(figures.size);
  // A legend names each outlet once; the marks are reachable by keyboard and their tooltip quotes the claim.
  const outlets = new Set(withSpeakers.map((claim) => claim.article.outlet.name));
  const legend = chart.getByRole("list", { name: "Legend: outlets" });
  await expect(legend.getByRole("listitem")).toHaveCount(outlets.size);
  for (const outlet of outlets) await expect(legend.getByRole("listitem").filter({ hasText: outlet })).toHaveCount(1);
  await marks.first().focus();
  const tooltip = chart.getByRole("tooltip");
  await expect(tooltip).toBeVisible();
  const quoted = (await tooltip.locator("q").textContent()) ?? "";
  expect(withSpeakers.some((claim) => claim.quote === quoted)).toBe(true);
  // Marks by speaker: the legend lists the speakers instead.
  await chart.getByRole("radio", { name: "Speaker" }).check();
  await expect(chart.getByRole("list", { name: "Legend: speakers" })).toBeVisible();
  await chart.getByRole("radio", { name: "Outlet" }).check();
  // Contradicted figures carry a red ring, and the page counts contradictions in words.
  await expect(chart.locator('circle[stroke="#b42318"]').first()).toBeAttached();
  await expect(page.locator("main")).not.toContainText("(s)");
  await expect(page.getByText(/\b1 contradiction\b|\b\d+ contradictions\b/).first()).toBeVisible();
  await expect(table.locator("tr.contradicted").first()).toBeVisible();
  await page.mouse.move(0, 0);
  await screenshot(page, "compare");

  // Export: an SVG document with the legend drawn in, and a PNG picture.
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), chart.getByRole("button", { name: "Download SVG" }).click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
  const svg = (await readFile(await svgDownload.path())).toString("utf8");
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain(subject);
  for (const outlet of outlets) expect(svg).toContain(outlet);
  expect(svg).not.toContain('display="none"');
  const [pngDownload] = await Promise.all([page.waitForEvent("download"), chart.getByRole("button", { name: "Download PNG" }).click()]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = await readFile(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The picture is the chart at twice its size, not an empty canvas.
  expect(png.readUInt32BE(16)).toBeGreaterThan(500);
  expect(png.byteLength).toBeGreaterThan(5_000);
  await pngDownload.saveAs(`${SCREENSHOT_DIR}/compare-export.png`);

  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.querySelector("figure")!.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, "compare-phone");
});

test("the contradictions board opens the side-by-side view", async ({ page }) => {
  const viewer = await userFactory("VIEWER");
  await signIn(page, viewer.email);
  await page.getByRole("link", { name: "Contradictions" }).click();
  await expect(page.getByRole("heading", { name: "Contradictions" })).toBeVisible();
  const firstRow = page.getByRole("row").nth(1);
  // The list streams in after the heading (its loading rows show first): wait for both quotes.
  await expect(firstRow.locator("q")).toHaveCount(2);
  await screenshot(page, "contradictions");
  const quotes = await firstRow.locator("q").allTextContents();
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

test("a slow export shows claims and bytes received with Cancel, then saves the server's file; a refused date range shows at its field", async ({ page }) => {
  const viewer = await userFactory("VIEWER");
  await signIn(page, viewer.email);
  await page.goto("/claims");
  const exportForm = page.getByRole("form", { name: "Export these claims" });
  await exportForm.getByLabel("Format").selectOption("json");
  const downloads: string[] = [];
  page.on("download", (download) => downloads.push(download.suggestedFilename()));

  // A slow connection (the browser's own throttling): the body arrives over several seconds.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: 2 * 1024, uploadThroughput: -1 });
  await exportForm.getByRole("button", { name: "Download" }).click();
  const progress = page.getByRole("group", { name: "Export progress" });
  await expect(progress.getByRole("progressbar", { name: "Exporting claims" })).toBeVisible();
  // Counts read from the stream as it arrives.
  await expect(progress).toContainText(/[1-9][\d,]* claims? · [\d.,]+ (bytes|KB) received/);
  await screenshot(page, "claims-export-progress");
  await progress.getByRole("button", { name: "Cancel export" }).click();
  const toasts = page.getByRole("status", { name: "Notifications" });
  await expect(toasts.getByText("Export cancelled; nothing was saved.")).toBeVisible();
  await expect(progress).toHaveCount(0);
  await expect(exportForm.getByRole("button", { name: "Download" })).toBeEnabled();
  expect(downloads).toEqual([]);

  // At full speed the same export is saved under the server's name, complete.
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const [download] = await Promise.all([page.waitForEvent("download"), exportForm.getByRole("button", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^claimdesk-claims-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse((await readFile(await download.path())).toString("utf8")) as { claims: { id: string }[] };
  expect(file.claims.length).toBe(await db.claim.count());
  await expect(toasts.getByText(`Downloaded ${download.suggestedFilename()} (${file.claims.length.toLocaleString("en-US")} claims).`)).toBeVisible();

  // A range that ends before it starts is refused by the server; the page says why, at the field.
  await exportForm.getByLabel("Published from").fill("2025-06-01");
  await exportForm.getByLabel("Published to").fill("2025-01-01");
  await exportForm.getByRole("button", { name: "Download" }).click();
  await expect(exportForm.getByRole("alert")).toHaveText("“Published to” must not be before “Published from”.");
  await expect(exportForm.getByLabel("Published to")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/claims$/);
  expect(downloads).toHaveLength(1);
});

test.describe("in the reader's locale and time zone", () => {
  test.use({ locale: "en-US", timezoneId: "America/Los_Angeles" });

  test("the chart's tooltip dates are the UTC publication days, written the reader's way", async ({ page }) => {
    const subject = DEMO_SUBJECTS.kellinDeaths;
    const claims = await db.claim.findMany({ where: { subject, value: { not: null } }, include: { article: true } });
    const us = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    const published = new Set(claims.flatMap((claim) => (claim.article.publishedAt ? [`published ${us.format(claim.article.publishedAt)}`] : [])));
    expect(published.size).toBeGreaterThan(0);

    const viewer = await userFactory("VIEWER");
    await signIn(page, viewer.email);
    await page.goto(`/compare?${new URLSearchParams({ subject })}`);
    const chart = page.getByRole("figure", { name: "Chart of the reported figures" });
    const marks = chart.locator("[data-figure]");
    await expect(marks.first()).toBeVisible();
    const seen: string[] = [];
    for (let index = 0; index < (await marks.count()); index++) {
      await marks.nth(index).focus();
      const text = (await chart.getByRole("tooltip").textContent()) ?? "";
      const match = /published [A-Z][a-z]{2} \d{1,2}, \d{4}/.exec(text);
      if (match) seen.push(match[0]);
    }
    expect(seen.length).toBeGreaterThan(0);
    for (const date of seen) expect(published).toContain(date);
  });
});

test("the long lists send each row's values once, not a second element tree (decision 030)", async ({ page }) => {
  const viewer = await userFactory("VIEWER");
  await signIn(page, viewer.email);
  const comparison = `/compare?${new URLSearchParams({ subject: DEMO_SUBJECTS.kellinDeaths })}`;
  for (const path of ["/claims", "/contradictions", comparison]) {
    const html = await (await page.request.get(path)).text();
    const payload = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).filter((script) => script.includes("__next_f")).join("");
    const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, "");
    // The rows are in the HTML and their values in the payload...
    expect(markup, path).toContain('class="quote-cell"');
    expect(payload, path).toContain("statusLabel");
    // ...but the cells themselves are not serialised again for hydration.
    expect(payload, path).not.toContain("quote-cell");
  }
});
