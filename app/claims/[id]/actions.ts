"use server";

import { revalidatePath } from "next/cache";
import { invalidInput, runAction, type ActionResult } from "@/lib/actions/result";
import { assignClaim, unassignClaim } from "@/lib/assignments/mutations";
import { requireUser } from "@/lib/auth/session";
import { changeClaimStatus } from "@/lib/claims/status";
import { addComment } from "@/lib/comments/mutations";
import { publishClaim, unpublishClaim } from "@/lib/claims/publish";
import { createLink, deleteLink, reviewLink } from "@/lib/links/mutations";
import { searchClaimsForLinking } from "@/lib/links/queries";
import { addSource, removeSource, updateSource } from "@/lib/sources/mutations";
import { assignmentSchema, claimSearchSchema, commentSchema, createLinkSchema, sourceSchema, statusChangeSchema } from "@/lib/validation/evidence";
import { uuidParam } from "@/lib/validation/fields";

// Every action re-checks the session and hands the user to lib/, where the role rules are applied.

function claimPath(claimId: string): string {
  return `/claims/${claimId}`;
}

function validId(value: string): string | null {
  const parsed = uuidParam.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const BAD_ID: ActionResult<never> = { ok: false, message: "That id is not valid." };

export async function changeStatusAction(claimId: string, input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const id = validId(claimId);
  const parsed = statusChangeSchema.safeParse(input);
  if (!id) return BAD_ID;
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => {
    await changeClaimStatus(user, id, parsed.data);
  }, "Status changed.");
  revalidatePath(claimPath(id));
  return result;
}

export async function addSourceAction(claimId: string, input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const id = validId(claimId);
  const parsed = sourceSchema.safeParse(input);
  if (!id) return BAD_ID;
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => {
    await addSource(user, id, parsed.data);
  }, "Source added.");
  revalidatePath(claimPath(id));
  return result;
}

export async function updateSourceAction(claimId: string, sourceId: string, input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const id = validId(sourceId);
  const parsed = sourceSchema.safeParse(input);
  if (!id) return BAD_ID;
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => {
    await updateSource(user, id, parsed.data);
  }, "Source saved.");
  revalidatePath(claimPath(claimId));
  return result;
}

export async function removeSourceAction(sourceId: string): Promise<ActionResult> {
  const user = await requireUser();
  const id = validId(sourceId);
  if (!id) return BAD_ID;
  const result = await runAction(() => removeSource(user, id), "Source removed.");
  if (!result.ok) return result;
  revalidatePath(claimPath(result.data.claimId));
  return { ok: true, data: undefined, message: result.message };
}

export async function createLinkAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = createLinkSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => {
    await createLink(user, parsed.data);
  }, "Claims linked.");
  revalidatePath(claimPath(parsed.data.fromClaimId));
  revalidatePath(claimPath(parsed.data.toClaimId));
  return result;
}

export async function deleteLinkAction(linkId: string): Promise<ActionResult> {
  const user = await requireUser();
  const id = validId(linkId);
  if (!id) return BAD_ID;
  const result = await runAction(() => deleteLink(user, id), "Link removed.");
  if (!result.ok) return result;
  revalidatePath(claimPath(result.data.fromClaimId));
  revalidatePath(claimPath(result.data.toClaimId));
  return { ok: true, data: undefined, message: result.message };
}

export type ClaimSearchHit = { id: string; quote: string; subject: string | null; speaker: string | null; outlet: string; articleTitle: string; status: string };

export async function searchClaimsAction(input: unknown): Promise<ActionResult<ClaimSearchHit[]>> {
  await requireUser();
  const parsed = claimSearchSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runAction(async () =>
    (await searchClaimsForLinking(parsed.data.q, parsed.data.excludeClaimId)).map((claim) => ({
      id: claim.id,
      quote: claim.quote,
      subject: claim.subject,
      speaker: claim.speaker?.name ?? null,
      outlet: claim.article.outlet.name,
      articleTitle: claim.article.title,
      status: claim.status,
    })),
  );
}

export async function assignAction(claimId: string, input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const id = validId(claimId);
  const parsed = assignmentSchema.safeParse(input);
  if (!id) return BAD_ID;
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => {
    await assignClaim(user, id, parsed.data.assigneeId);
  }, "Assigned.");
  revalidatePath(claimPath(id));
  return result;
}

export async function unassignAction(claimId: string, assignmentId: string): Promise<ActionResult> {
  const user = await requireUser();
  const id = validId(assignmentId);
  if (!id) return BAD_ID;
  const result = await runAction(async () => {
    await unassignClaim(user, id);
  }, "Removed.");
  revalidatePath(claimPath(claimId));
  return result;
}

export async function addCommentAction(claimId: string, input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const id = validId(claimId);
  const parsed = commentSchema.safeParse(input);
  if (!id) return BAD_ID;
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => {
    await addComment(user, id, parsed.data.body);
  }, "Comment added.");
  revalidatePath(claimPath(id));
  return result;
}

export async function setPublishedAction(claimId: string, publish: boolean): Promise<ActionResult> {
  const user = await requireUser();
  const id = validId(claimId);
  if (!id) return BAD_ID;
  const result = await runAction(async () => {
    await (publish ? publishClaim(user, id) : unpublishClaim(user, id));
  }, publish ? "Published." : "Taken down.");
  revalidatePath(claimPath(id));
  revalidatePath(`/fact-checks/${id}`);
  return result;
}

export async function reviewLinkAction(claimId: string, linkId: string): Promise<ActionResult> {
  const user = await requireUser();
  const id = validId(linkId);
  if (!id) return BAD_ID;
  const result = await runAction(async () => {
    await reviewLink(user, id);
  }, "The verdict stands; the contradiction is marked as reviewed.");
  revalidatePath(claimPath(claimId));
  revalidatePath("/contradictions");
  return result;
}
