import { expect, test, type Page } from "@playwright/test";
import { changeClaimStatus } from "@/lib/claims/status";
import { createClaim } from "@/lib/claims/mutations";
import { disconnectDb } from "@/lib/db";
import { addSource } from "@/lib/sources/mutations";
import { createClaimSchema } from "@/lib/validation/claims";
import { articleFactory, outletFactory, userFactory } from "../support/factories";
import { screenshot, signIn } from "./helpers";

test.afterAll(disconnectDb);

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

async function atBothWidths(page: Page, name: string) {
  for (const [label, size] of [["390", PHONE], ["1440", DESKTOP]] as const) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${label}`);
  }
}

test("a reviewer publishes a verdict and a logged-out reader sees it with its ClaimReview", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const editor = await userFactory("EDITOR", { name: "Esme Editor" });
  const reviewer = await userFactory("REVIEWER", { name: "Rita Reviewer" });
  const tag = crypto.randomUUID().slice(0, 6);
  const outlet = await outletFactory(`Harbour Ledger ${tag}`);
  const body = `MARROWBY — The harbour master said “at least 40 boats ${tag}” were damaged in the storm. Internal staffing notes are not part of this text.`;
  const article = await articleFactory({ outletId: outlet.id, body, title: `Storm damages boats in Marrowby ${tag}` });
  const quote = `at least 40 boats ${tag}`;
  const start = body.indexOf(quote);
  const claim = await createClaim(editor, createClaimSchema.parse({ articleId: article.id, start, end: start + quote.length, kind: "QUANTITY", speaker: "Harbour master of Marrowby", note: "INTERNAL: call the harbour office back" }));
  await changeClaimStatus(editor, claim.id, { status: "IN_REVIEW" });

  await signIn(page, reviewer.email);
  await page.goto(`/claims/${claim.id}`);
  // No source yet: the rating verdicts are there but disabled, with the reason.
  await expect(page.getByRole("button", { name: "Verdict: Verified" })).toBeDisabled();
  await expect(page.getByText("Attach at least one source first")).toBeVisible();
  await expect(page.getByRole("button", { name: "Verdict: Unverifiable" })).toBeEnabled();

  await addSource(editor, claim.id, { url: "https://harbour.example/reports/storm", title: "Harbour office damage report", publisher: "Marrowby harbour office", kind: "OFFICIAL", accessedAt: new Date("2026-02-20"), archiveUrl: null, note: "INTERNAL: second copy in the shared drive" });
  await page.reload();
  await page.getByLabel("Rationale or reason").fill("The harbour office's damage report lists 43 boats, so “at least 40” holds.");
  await page.getByRole("button", { name: "Verdict: Verified" }).click();
  await expect(page.getByRole("region", { name: "Verdict" })).toContainText("lists 43 boats");

  await page.getByRole("button", { name: "Publish this fact-check" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  const publicLink = page.getByRole("link", { name: "public page" });
  await expect(publicLink).toHaveAttribute("href", `/fact-checks/${claim.id}`);

  // A fresh browser context: no session at all.
  const reader = await browser.newContext();
  const anonymous = await reader.newPage();
  const response = await anonymous.goto(`/fact-checks/${claim.id}`);
  expect(response?.status()).toBe(200);
  await expect(anonymous).toHaveURL(new RegExp(`/fact-checks/${claim.id}$`));
  await expect(anonymous.getByRole("heading", { level: 1 })).toContainText(quote);
  await expect(anonymous.getByRole("heading", { name: /Our verdict: Verified/ })).toBeVisible();
  await expect(anonymous.getByText("lists 43 boats")).toBeVisible();
  await expect(anonymous.getByText("Harbour master of Marrowby")).toBeVisible();
  await expect(anonymous.getByRole("link", { name: "Harbour office damage report" })).toBeVisible();
  await expect(anonymous.getByText("MARROWBY — The harbour master said")).toBeVisible();
  // Nothing internal: the claim's note, the source's note, people on the team.
  const text = (await anonymous.locator("body").textContent()) ?? "";
  expect(text).not.toContain("INTERNAL");
  expect(text).not.toContain("Esme Editor");
  expect(text).not.toContain("Rita Reviewer");

  const jsonLd = await anonymous.locator('script[type="application/ld+json"]').textContent();
  const review = JSON.parse(jsonLd ?? "null") as { "@type": string; url: string; claimReviewed: string; creativeWorkStatus: string; reviewRating: { alternateName: string; ratingValue: number; ratingExplanation: string } };
  expect(review["@type"]).toBe("ClaimReview");
  expect(review.claimReviewed).toBe(quote);
  expect(review.reviewRating.alternateName).toBe("Verified");
  expect(review.reviewRating.ratingValue).toBe(5);
  expect(review.reviewRating.ratingExplanation).toBe("The harbour office's damage report lists 43 boats, so “at least 40” holds.");
  expect(review.url).toMatch(new RegExp(`/fact-checks/${claim.id}$`));
  expect(review.creativeWorkStatus).toBe("Published");
  await atBothWidths(anonymous, "fact-check-public");

  // Taking it down: the public page is gone for the anonymous reader.
  await page.getByRole("button", { name: "Take down the public page" }).click();
  await expect(page.getByText("Not published.")).toBeVisible();
  expect((await anonymous.goto(`/fact-checks/${claim.id}`))?.status()).toBe(404);
  await reader.close();
});

test("editors correct an article's details, preview an import and see what was sent back", async ({ page }) => {
  test.setTimeout(120_000);
  const editor = await userFactory("EDITOR", { name: "Esme Editor" });
  const reviewer = await userFactory("REVIEWER", { name: "Rita Reviewer" });
  const tag = crypto.randomUUID().slice(0, 6);

  // Import preview: a blog's masthead is not taken as the headline.
  await signIn(page, editor.email);
  await page.goto("/articles/import");
  await page.getByRole("tab", { name: "Upload a file" }).click();
  const text = `Marta's Weblog ${tag}\n\nI also write a column in Portuguese at\n\nFerry evacuated after engine fire off Tessel Point ${tag}\n\nFebruary 14, 2026\n\nThe ferry was evacuated in the night and the crew was safe, the harbour master said. It was the second fire in a month and the port is closed for the day.\n`;
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: `ferry-${tag}.txt`, mimeType: "text/plain", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: "Check before importing" })).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveValue(`Ferry evacuated after engine fire off Tessel Point ${tag}`);
  await expect(page.getByLabel("Outlet", { exact: true })).toHaveValue(`Marta's Weblog ${tag}`);
  await expect(page.getByLabel("Published")).toHaveValue("2026-02-14");
  await expect(page.getByLabel("Language")).toHaveValue("en");
  await expect(page.getByLabel(/Kind of new outlet/)).toHaveValue("BLOG");
  await atBothWidths(page, "import-preview");
  await page.getByLabel("Headline").fill(`Ferry evacuated off Tessel Point ${tag}`);
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ferry evacuated off Tessel Point ${tag}`);
  await expect(page.getByRole("status").filter({ hasText: "Article imported" })).toBeVisible();

  // Correcting the details afterwards.
  await page.getByText("Correct the article’s details").click();
  await page.getByLabel("Headline").fill(`Ferry evacuated after engine fire ${tag}`);
  await page.getByLabel("Author").fill("Marta Reis");
  await page.getByRole("button", { name: "Save corrections" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Details corrected." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ferry evacuated after engine fire ${tag}`);
  await atBothWidths(page, "article-metadata-form");

  // A claim sent back with a reason shows in the editor's queue.
  const article = await articleFactory({ body: `Officials said 12 ${tag} homes flooded.`, title: `Flood ${tag}` });
  const figure = `12 ${tag} homes`;
  const at = article.body.indexOf(figure);
  const claim = await createClaim(editor, createClaimSchema.parse({ articleId: article.id, start: at, end: at + figure.length, kind: "QUANTITY" }));
  const draft = await createClaim(editor, createClaimSchema.parse({ articleId: article.id, start: 0, end: 9, kind: "ATTRIBUTION" }));
  await changeClaimStatus(editor, claim.id, { status: "IN_REVIEW" });
  await changeClaimStatus(reviewer, claim.id, { status: "DRAFT", note: "Say which officials: the council or the water board." });
  await page.goto("/queue");
  const sentBack = page.getByRole("list", { name: "Claims sent back to me" });
  await expect(sentBack).toContainText(`12 ${tag} homes`);
  await expect(sentBack).toContainText("sent back by Rita Reviewer");
  await expect(sentBack).toContainText("Say which officials: the council or the water board.");
  await expect(page.getByRole("table", { name: "My draft claims" })).toContainText(draft.quote);
  await atBothWidths(page, "queue");
});
