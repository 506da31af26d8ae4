import { expect, test } from "@playwright/test";
import { createClaim } from "@/lib/claims/mutations";
import { db, disconnectDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { createClaimSchema } from "@/lib/validation/claims";
import { articleFactory, outletFactory, userFactory } from "../support/factories";
import { screenshot, signIn } from "./helpers";

test.afterAll(disconnectDb);

async function claimIn(outletName: string, body: string, quote: string, author: Actor) {
  const outlet = await outletFactory(`${outletName} ${crypto.randomUUID().slice(0, 4)}`);
  const article = await articleFactory({ outletId: outlet.id, body, title: `${outletName} report` });
  const start = body.indexOf(quote);
  return createClaim(author, createClaimSchema.parse({ articleId: article.id, start, end: start + quote.length, quote, kind: "QUANTITY", subject: "Soldiers killed at Hadra base" }));
}

test("evidence, a cross-outlet contradiction and a two-person review, all in the history", async ({ page }) => {
  test.setTimeout(120_000);
  const editor = await userFactory("EDITOR", { name: "Esme Editor" });
  const reviewer = await userFactory("REVIEWER", { name: "Rita Reviewer" });
  const tag = crypto.randomUUID().slice(0, 6);
  const ministry = await claimIn("Defence Ministry", `The ministry said five soldiers ${tag} died at Hadra.`, `five soldiers ${tag} died`, editor);
  const agency = await claimIn("Harbour Wire", `Sources told the agency that 21 soldiers ${tag} were killed.`, `21 soldiers ${tag} were killed`, editor);

  await signIn(page, editor.email);
  await page.goto(`/claims/${ministry.id}`);
  await expect(page.getByRole("heading", { name: `Claim: five soldiers ${tag} died` })).toBeVisible();

  // A source.
  await page.getByRole("button", { name: "Add a source" }).click();
  const sourceForm = page.getByRole("form", { name: "Add a source" });
  await sourceForm.getByLabel("Source URL").fill("not a link");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expect(sourceForm.getByText("Enter a full http:// or https:// address.")).toBeVisible();
  await sourceForm.getByLabel("Source URL").fill("https://mod.example/statements/hadra");
  await sourceForm.getByLabel("Source title").fill("Ministry statement on Hadra");
  await sourceForm.getByLabel("Source kind").selectOption("OFFICIAL");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Source added" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ministry statement on Hadra" })).toBeVisible();

  // A contradiction with the other outlet's claim, found through the picker.
  await page.getByLabel("Find a claim to link").fill(`21 soldiers ${tag}`);
  await page.getByRole("list", { name: "Matching claims" }).getByRole("button", { name: new RegExp(`21 soldiers ${tag}`) }).click();
  await page.getByLabel("This claim…").selectOption("CONTRADICTS");
  await page.getByRole("button", { name: "Link claims" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link created" })).toBeVisible();
  // A suggestion to link the same claim says "contradicts" too: the link itself starts with its kind.
  const links = page.getByRole("region", { name: /Linked claims/ });
  await expect(links.getByRole("listitem").filter({ hasText: /^Contradicts/ })).toContainText(`21 soldiers ${tag} were killed`);

  // The other claim shows the same link.
  await page.goto(`/claims/${agency.id}`);
  await expect(page.getByRole("region", { name: /Linked claims/ }).getByRole("listitem").filter({ hasText: /^Contradicts/ })).toContainText(`five soldiers ${tag} died`);

  // Submit for review; the same editor has no verdict buttons.
  await page.goto(`/claims/${ministry.id}`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("In review", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Verdict:/ })).toHaveCount(0);
  await expect(page.getByText("A reviewer gives the verdict")).toBeVisible();
  await screenshot(page, "claim-editor");

  // A reviewer gives the verdict with a rationale.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, reviewer.email);
  await page.goto(`/claims/${ministry.id}`);
  await page.getByRole("button", { name: "Verdict: False" }).click();
  await expect(page.getByText("Write the rationale")).toBeVisible();
  await page.getByLabel("Rationale").fill("Names of 21 soldiers were published by their families; the ministry figure is too low.");
  await page.getByRole("button", { name: "Verdict: False" }).click();
  await expect(page.getByRole("region", { name: "Verdict" })).toContainText("Names of 21 soldiers were published");

  // The history tells the whole story, with names and times.
  const history = page.getByRole("region", { name: "History" });
  const entries = history.getByRole("listitem");
  await expect(entries).toHaveCount(5);
  await expect(entries.nth(0)).toContainText("Esme Editor marked the claim");
  await expect(entries.nth(1)).toContainText("Esme Editor added the source “Ministry statement on Hadra” (official)");
  await expect(entries.nth(2)).toContainText(`Esme Editor linked a contradicting claim “21 soldiers ${tag} were killed”`);
  await expect(entries.nth(3)).toContainText("Esme Editor submitted it for review");
  await expect(entries.nth(4)).toContainText("Rita Reviewer gave the verdict false: Names of 21 soldiers");
  for (let index = 0; index < 5; index++) await expect(entries.nth(index).locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await screenshot(page, "claim-reviewed");

  // A comment whose request fails (the server answers 500) is kept in the field and the failure
  // is said in a toast; the retry posts it and says so.
  const note = "Family notices are in the regional paper's archive.";
  const commentField = page.getByLabel("Add a comment");
  await commentField.fill(note);
  const claimUrl = `**/claims/${ministry.id}`;
  await page.route(claimUrl, (route) => (route.request().method() === "POST" ? route.fulfill({ status: 500, contentType: "text/plain", body: "Internal Server Error" }) : route.fallback()));
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Could not save — try again" })).toBeVisible();
  await expect(commentField).toHaveValue(note);
  await page.unroute(claimUrl);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Comment posted" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Comments/ })).toContainText(note);
  await expect(commentField).toHaveValue("");

  const stored = await db.claim.findUniqueOrThrow({ where: { id: ministry.id } });
  expect(stored.status).toBe("FALSE");
  expect(stored.reviewedById).toBe(reviewer.id);
});
