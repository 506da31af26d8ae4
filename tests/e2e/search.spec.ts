import { expect, test } from "@playwright/test";
import { createClaim } from "@/lib/claims/mutations";
import { disconnectDb } from "@/lib/db";
import { createClaimSchema } from "@/lib/validation/claims";
import { articleFactory, userFactory } from "../support/factories";
import { screenshot, signIn } from "./helpers";

test.afterAll(disconnectDb);

test("the header search finds claims and articles with highlighted matches", async ({ page }) => {
  const editor = await userFactory("EDITOR");
  const word = `quarantine${crypto.randomUUID().slice(0, 6)}`;
  const body = `Officials extended the ${word} zone around Tessel on Monday. Nearly 300 families were moved.`;
  const article = await articleFactory({ title: `Tessel ${word} widened`, body });
  const quote = `extended the ${word} zone`;
  const start = body.indexOf(quote);
  const claim = await createClaim(editor, createClaimSchema.parse({ articleId: article.id, start, end: start + quote.length, quote, kind: "EVENT", speaker: "Tessel District Office" }));

  await signIn(page, editor.email);
  await page.getByRole("search", { name: "Site search" }).getByLabel("Search articles and claims").fill(word);
  await page.getByRole("search", { name: "Site search" }).getByLabel("Search articles and claims").press("Enter");
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
  const claims = page.getByRole("region", { name: /^Claims \(\d+/ });
  await expect(claims.locator("mark", { hasText: word })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Articles \(\d+/ }).locator("mark", { hasText: word }).first()).toBeVisible();
  await screenshot(page, "search");
  await claims.getByRole("link").filter({ hasText: word }).first().click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}$`));

  await page.goto("/search?q=Tesel%20Distrct%20Ofice");
  await expect(page.getByRole("region", { name: /^Speakers/ }).getByRole("link", { name: /Tessel District Office/ })).toBeVisible();
});
