import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createClaim } from "@/lib/claims/mutations";
import { db, disconnectDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { createClaimSchema } from "@/lib/validation/claims";
import { articleFactory, outletFactory, userFactory } from "../support/factories";
import { screenshot, signIn } from "./helpers";

test.afterAll(disconnectDb);

/** A claim marked by quote and kind only, as another tool would send it. */
async function markedByQuote(outletName: string, body: string, quote: string, author: Actor) {
  const outlet = await outletFactory(`${outletName} ${randomUUID().slice(0, 4)}`);
  const article = await articleFactory({ outletId: outlet.id, body, title: `${outletName} report` });
  await db.article.update({ where: { id: article.id }, data: { publishedAt: new Date("2026-04-02") } });
  const start = body.indexOf(quote);
  return { claim: await createClaim(author, createClaimSchema.parse({ articleId: article.id, start, end: start + quote.length, quote, kind: "QUANTITY" })), outlet };
}

test("a claim shows another outlet's contradicting figure with its reason, linked in one action", async ({ page }) => {
  const editor = await userFactory("EDITOR", { name: "Esme Editor" });
  // A made-up word keeps this test's subject apart from every other test's claims.
  const noun = `v${randomUUID().replace(/[^a-f]/g, "").slice(0, 5).padEnd(5, "e")}rians`;
  const ministry = await markedByQuote("Defence Ministry", `The ministry has confirmed only the deaths of six ${noun} since March.`, `the deaths of six ${noun} since March`, editor);
  const wire = await markedByQuote("Harbour Wire", `Records seen by the agency show that 31 ${noun} were killed since March.`, `31 ${noun} were killed since March`, editor);

  await signIn(page, editor.email);
  await page.goto(`/claims/${ministry.claim.id}`);
  const figure = page.getByRole("definition").filter({ hasText: "derived" }).first();
  await expect(figure).toBeVisible();

  const suggestion = page.getByRole("listitem").filter({ hasText: `31 ${noun} were killed since March` });
  await expect(suggestion).toContainText(wire.outlet.name);
  await expect(suggestion).toContainText(/6 against 31|31 against 6/);
  await expect(suggestion).toContainText("cannot both be right");
  await screenshot(page, "claim-suggestion");

  await suggestion.getByRole("button", { name: /Link as “contradicts”/ }).click();
  const links = page.getByRole("region", { name: /Linked claims/ });
  await expect(links.getByRole("link", { name: `31 ${noun} were killed since March` })).toBeVisible();
  await expect(page.getByRole("button", { name: /Link as “contradicts”/ })).toHaveCount(0);
  const stored = await db.claimLink.findMany({ where: { OR: [{ fromClaimId: ministry.claim.id }, { toClaimId: ministry.claim.id }] } });
  expect(stored.map((link) => link.kind)).toEqual(["CONTRADICTS"]);
});
