import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createClaim } from "@/lib/claims/mutations";
import { db, disconnectDb } from "@/lib/db";
import { createClaimSchema } from "@/lib/validation/claims";
import { articleFactory, outletFactory, userFactory } from "../support/factories";
import { screenshot, signIn } from "./helpers";

test.afterAll(disconnectDb);

/** Two subjects an editor decides are one: typed differently by two outlets' editors. */
async function twoSubjects() {
  const tag = randomUUID().slice(0, 6);
  const author = await userFactory("EDITOR");
  const subjects = [`Harbour ferry contract ${tag}`, `Ferry tender for the harbour ${tag}`];
  const claims = [];
  for (const [index, subject] of subjects.entries()) {
    const outlet = await outletFactory(`Subject Courier ${tag} ${index}`);
    // The tag keeps each body unique: identical bodies are one article (re-import detection).
    const body = index === 0 ? `The council signed ferry contract ${tag} on Monday, officials said.` : `Ferry tender ${tag} was awarded last week, the mayor told reporters.`;
    const article = await articleFactory({ outletId: outlet.id, body });
    claims.push(await createClaim(author, createClaimSchema.parse({ articleId: article.id, start: 0, end: body.length, kind: "OTHER", subject })));
  }
  return { subjects: subjects as [string, string], claims };
}

test("an editor merges one subject into another from its compare page, and splits it off again", async ({ page }) => {
  const { subjects, claims } = await twoSubjects();
  const editor = await userFactory("EDITOR");
  await signIn(page, editor.email);
  await page.goto(`/compare?${new URLSearchParams({ subject: subjects[0] })}`);
  await expect(page.getByRole("heading", { name: subjects[0] })).toBeVisible();

  await page.getByRole("button", { name: "Merge into another subject…" }).click();
  const into = page.getByLabel(`Merge “${subjects[0]}” into`);
  await expect(into).toBeFocused();
  // A subject nobody reported is refused with a message, and nothing moves.
  await into.fill("A subject no outlet reported");
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByText("Pick a subject from the suggestions: it must already have claims.")).toBeVisible();

  await into.fill(subjects[1]);
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByRole("heading", { name: subjects[1] })).toBeVisible();
  await expect(page.getByText("2 claims from 2 outlets")).toBeVisible();
  const toasts = page.getByRole("status", { name: "Notifications" });
  const mergedToast = toasts.getByText(`Merged “${subjects[0]}”: 1 claim moved.`);
  await expect(mergedToast).toBeVisible();
  expect(await db.auditEvent.count({ where: { entityType: "Subject", action: "subject.merge", actorId: editor.id } })).toBe(1);

  // Undo in the toast splits the subject off again and returns to it.
  await toasts.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("heading", { name: subjects[0] })).toBeVisible();
  await expect(toasts).toContainText(`Merge undone: “${subjects[0]}” has its own claims again.`);
  await expect(page.getByText("1 claim from 1 outlet")).toBeVisible();
  expect(await db.auditEvent.count({ where: { entityType: "Subject", action: "subject.split", actorId: editor.id } })).toBe(1);

  // Merged again, and split off from the merged subject's list this time.
  await page.getByRole("button", { name: "Merge into another subject…" }).click();
  await page.getByLabel(`Merge “${subjects[0]}” into`).fill(subjects[1]);
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByRole("heading", { name: subjects[1] })).toBeVisible();
  for (const claim of claims) await expect(page.getByRole("link", { name: claim.quote, exact: true })).toBeVisible();
  const merged = page.getByRole("region", { name: "Merged into this subject" });
  await expect(merged.getByRole("link", { name: subjects[0] })).toBeVisible();
  await screenshot(page, "compare-merged");

  await merged.getByRole("button", { name: `Split off ${subjects[0]}` }).click();
  await expect(toasts.getByText(`Split off “${subjects[0]}”: 1 claim has its own subject again.`)).toBeVisible();
  await expect(page.getByText("1 claim from 1 outlet")).toBeVisible();
  await expect(page.getByRole("link", { name: claims[0]!.quote, exact: true })).toHaveCount(0);
  expect(await db.auditEvent.count({ where: { entityType: "Subject", action: "subject.split", actorId: editor.id } })).toBe(2);
});

test("a viewer sees the comparison but no merge controls", async ({ page }) => {
  const { subjects } = await twoSubjects();
  const viewer = await userFactory("VIEWER");
  await signIn(page, viewer.email);
  await page.goto(`/compare?${new URLSearchParams({ subject: subjects[0] })}`);
  await expect(page.getByRole("heading", { name: subjects[0] })).toBeVisible();
  await expect(page.getByRole("button", { name: "Merge into another subject…" })).toHaveCount(0);
});
