import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { listOpenCandidates } from "@/lib/candidates/queries";
import { db, disconnectDb } from "@/lib/db";
import { importedArticleFactory, userFactory } from "../support/factories";
import { screenshot, signIn } from "./helpers";

test.afterAll(disconnectDb);

const STRIKE = readFileSync("tests/fixtures/articles/port-calvane-strike.txt", "utf8");

test("an editor works through an article's candidates with the keyboard; decided ones do not come back", async ({ page }) => {
  test.setTimeout(120_000);
  const editor = await userFactory("EDITOR", { name: "Kai Keyboard" });
  // A unique last line, so this run imports a new article rather than finding an earlier run's.
  const body = `${STRIKE.trimEnd()}\n\nFiled ${crypto.randomUUID()}.`;
  const article = await importedArticleFactory(editor, { title: "Port Calvane dockworkers strike over night shifts", body, outlet: `Harbour Gazette ${crypto.randomUUID().slice(0, 6)}` });
  const open = await db.claimCandidate.findMany({ where: { articleId: article.id, state: "OPEN" }, orderBy: [{ start: "asc" }, { end: "asc" }] });
  expect(open.length).toBeGreaterThanOrEqual(3);

  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, editor.email);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole("heading", { name: `Candidates (${open.length})` })).toBeVisible();
  const candidates = page.getByRole("list", { name: /^Candidates \(\d+\)$/ });
  await expect(candidates.getByRole("listitem")).toHaveCount(open.length);
  await expect(candidates.getByRole("listitem").filter({ hasText: "3,000" }).first()).toContainText("more than 3,000");
  // Every candidate is underlined in the text.
  const text = page.getByRole("region", { name: "Article text" });
  for (const candidate of open) await expect(text.locator(`[data-candidates~="${candidate.start}-${candidate.end}"]`).first()).toBeVisible();
  await screenshot(page, "candidates-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "candidates-phone");
  await page.setViewportSize({ width: 1440, height: 900 });

  // Keys typed into a field are text, not shortcuts.
  const markField = page.getByLabel("Text to mark as a claim");
  await markField.click();
  await page.keyboard.type("jax");
  await expect(markField).toHaveValue("jax");
  await expect(page.locator("[data-candidate-key][aria-current]")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: `Candidates (${open.length})` })).toBeVisible();
  await markField.fill("");
  await page.getByRole("heading", { name: "Claims (0)" }).click();

  const acceptButtons = page.getByRole("button", { name: /^Accept / });
  const focusedKey = () => page.evaluate(() => document.activeElement?.getAttribute("data-candidate-key") ?? null);
  const keyOf = (candidate: { start: number; end: number }) => `${candidate.start}-${candidate.end}`;
  const decided: string[] = [];

  // j selects the first candidate; a accepts it and shows the new claim, pre-filled.
  await page.keyboard.press("j");
  await expect(page.locator(`[data-candidate-key="${keyOf(open[0]!)}"]`)).toBeFocused();
  decided.push(keyOf(open[0]!));
  await page.keyboard.press("a");
  await expect(page.getByRole("status").filter({ hasText: "Candidate accepted" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Claims (1)" })).toBeVisible();
  const claimPanel = page.getByRole("region", { name: "Claim", exact: true });
  await expect(claimPanel).toContainText(open[0]!.quote);
  await expect(acceptButtons.first()).toBeEnabled();

  // Focus moved on to the next candidate: Enter accepts it.
  const second = await focusedKey();
  expect(second).not.toBeNull();
  decided.push(second!);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Claims (2)" })).toBeVisible();
  await expect(claimPanel).toContainText(open.find((candidate) => keyOf(candidate) === second)!.quote);
  await expect(acceptButtons.first()).toBeEnabled();

  // x dismisses the one now selected, with an undo offered.
  const third = await focusedKey();
  expect(third).not.toBeNull();
  decided.push(third!);
  await page.keyboard.press("x");
  await expect(page.getByRole("status").filter({ hasText: "Candidate dismissed" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
  await expect(page.locator(`[data-candidate-key="${third}"]`)).toHaveCount(0);

  // Undo brings it back; the mouse dismisses it again.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Candidate restored" })).toBeVisible();
  const restored = candidates.getByRole("listitem").filter({ has: page.locator(`[data-candidate-key="${third}"]`) });
  await expect(restored).toHaveCount(1);
  await restored.getByRole("button", { name: /^Dismiss / }).click();
  await expect(page.getByRole("status").filter({ hasText: "Candidate dismissed" })).toBeVisible();
  await expect(page.locator(`[data-candidate-key="${third}"]`)).toHaveCount(0);
  await screenshot(page, "candidates-after-decisions");

  // When the request fails (the server answers 500), the toast says so and the candidate is back in the list.
  const articleUrl = `**/articles/${article.id}`;
  const failing = candidates.getByRole("listitem").first();
  const failingKey = await failing.locator("[data-candidate-key]").getAttribute("data-candidate-key");
  await page.route(articleUrl, (route) => (route.request().method() === "POST" ? route.fulfill({ status: 500, contentType: "text/plain", body: "Internal Server Error" }) : route.fallback()));
  await failing.getByRole("button", { name: /^Accept / }).click();
  await expect(page.getByRole("status").filter({ hasText: "Could not save — try again" })).toBeVisible();
  await expect(page.locator(`[data-candidate-key="${failingKey}"]`)).toHaveCount(1);
  await page.unroute(articleUrl);

  // Reload: the accepted two are claims, and none of the three is offered again.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Claims (2)" })).toBeVisible();
  const remaining = (await listOpenCandidates(article.id)) ?? [];
  await expect(page.getByRole("heading", { name: `Candidates (${remaining.length})` })).toBeVisible();
  for (const key of decided) await expect(page.locator(`[data-candidate-key="${key}"]`)).toHaveCount(0);
  await expect(page.locator("[data-candidate-key]")).toHaveCount(remaining.length);

  const byKey = new Map(open.map((candidate) => [keyOf(candidate), candidate.id]));
  const states = await Promise.all(decided.map((key) => db.claimCandidate.findUniqueOrThrow({ where: { id: byKey.get(key)! }, include: { claim: true } })));
  expect(states.map((candidate) => candidate.state)).toEqual(["ACCEPTED", "ACCEPTED", "DISMISSED"]);
  for (const accepted of states.slice(0, 2)) {
    expect(accepted.claim?.quote).toBe(accepted.quote);
    expect([accepted.claim?.kind, accepted.claim?.value, accepted.claim?.qualifier, accepted.claim?.unit]).toEqual([accepted.kind, accepted.value, accepted.qualifier, accepted.unit]);
    expect(accepted.claim?.createdById).toBe(editor.id);
  }
  expect(await db.auditEvent.count({ where: { action: "candidate.dismiss", entityId: states[2]!.id, actorId: editor.id } })).toBe(2);
  expect(await db.auditEvent.count({ where: { action: "candidate.restore", entityId: states[2]!.id, actorId: editor.id } })).toBe(1);
});
