"use server";

import { revalidatePath } from "next/cache";
import { invalidInput, runAction, type ActionResult } from "@/lib/actions/result";
import { requireUser } from "@/lib/auth/session";
import { acceptCandidate, dismissCandidate, restoreCandidate } from "@/lib/candidates/mutations";
import { readerClaim, type ReaderClaim } from "@/lib/claims/reader";
import { candidateSpanSchema, type CandidateSpan } from "@/lib/validation/candidates";
import { uuidParam } from "@/lib/validation/fields";

// The role check (editors and up) is the first thing each lib/candidates/mutations.ts function does.

type Parsed = { ok: true; articleId: string; span: CandidateSpan } | { ok: false; failure: ActionResult<never> };

function parse(articleId: string, span: unknown): Parsed {
  const id = uuidParam.safeParse(articleId);
  if (!id.success) return { ok: false, failure: { ok: false, message: "That article id is not valid." } };
  const parsedSpan = candidateSpanSchema.safeParse(span);
  if (!parsedSpan.success) return { ok: false, failure: invalidInput(parsedSpan.error) };
  return { ok: true, articleId: id.data, span: parsedSpan.data };
}

async function decide<Data>(articleId: string, span: unknown, work: (input: { articleId: string; span: CandidateSpan }) => Promise<Data>, message: string): Promise<ActionResult<Data>> {
  const parsed = parse(articleId, span);
  if (!parsed.ok) return parsed.failure;
  const result = await runAction(() => work(parsed), message);
  if (result.ok) revalidatePath(`/articles/${parsed.articleId}`);
  return result;
}

export async function acceptCandidateAction(articleId: string, span: unknown): Promise<ActionResult<ReaderClaim>> {
  const user = await requireUser();
  return decide(articleId, span, async (input) => readerClaim(await acceptCandidate(user, input.articleId, input.span)), "Claim saved from the candidate.");
}

export async function dismissCandidateAction(articleId: string, span: unknown): Promise<ActionResult> {
  const user = await requireUser();
  return decide(articleId, span, (input) => dismissCandidate(user, input.articleId, input.span), "Candidate dismissed.");
}

export async function restoreCandidateAction(articleId: string, span: unknown): Promise<ActionResult> {
  const user = await requireUser();
  return decide(articleId, span, (input) => restoreCandidate(user, input.articleId, input.span), "Candidate restored.");
}
