// The claim status workflow as pure rules: which status changes exist, who may make each one, and
// what must accompany it. No I/O, so the route handler, the server action and the buttons on the
// claim page all ask the same function, and the full role × status matrix is unit-tested.
//
// Who-may rules defer to lib/permissions.ts wherever it already states them (submitting, the
// two-person rule for verdicts), so each rule is written down once.
import { ClaimStatus } from "@/lib/generated/prisma/enums";
import { canOnClaim, hasRole, type Actor, type ClaimFacts } from "@/lib/permissions";

export const VERDICT_STATUSES: readonly ClaimStatus[] = ["VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"];

export type WorkflowAction = "submit" | "send_back" | "dispute" | "give_verdict" | "reopen";

export type TransitionRequest = { target: ClaimStatus; rationale?: string | null };

/** `sourceCount`: how many sources the claim has; a rating verdict rests on at least one. */
export type TransitionContext = { actor: Actor; claim: ClaimFacts; hasOpenContradiction: boolean; sourceCount: number };

export type RefusalCode = "forbidden" | "bad_request" | "conflict" | "evidence_required";

export type TransitionDecision =
  | { ok: true; action: WorkflowAction; requiresRationale: boolean }
  | { ok: false; code: RefusalCode; message: string };

/**
 * Verdicts that rate the claim against evidence. Unverifiable says the evidence could not be found,
 * so it is the one verdict that can stand without a source.
 */
export const VERDICTS_NEEDING_SOURCE: readonly ClaimStatus[] = ["VERIFIED", "FALSE", "MISLEADING"];

export const SOURCE_REQUIRED_MESSAGE = "Attach at least one source first: a verdict of verified, false or misleading must rest on evidence. (Unverifiable needs none.)";

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  DISPUTED: "Disputed",
  VERIFIED: "Verified",
  FALSE: "False",
  MISLEADING: "Misleading",
  UNVERIFIABLE: "Unverifiable",
};

/** A verdict or a reopening is what later readers of the audit trail need explained. */
export const MIN_RATIONALE_LENGTH = 10;

const RATIONALE_REQUIRED: Record<WorkflowAction, boolean> = {
  submit: false,
  send_back: false,
  dispute: false,
  give_verdict: true,
  reopen: true,
};

const ALL_STATUSES: readonly ClaimStatus[] = Object.values(ClaimStatus);

// Same set as isFinalStatus in lib/permissions.ts; a unit test keeps the two in step.
const isVerdict = (status: ClaimStatus): boolean => VERDICT_STATUSES.includes(status);

/** The workflow's edges; a pair that maps to nothing is not a step in the workflow for anyone. */
function actionFor(from: ClaimStatus, to: ClaimStatus): WorkflowAction | null {
  if (to === "IN_REVIEW" && (from === "DRAFT" || from === "DISPUTED")) return "submit";
  if (to === "DRAFT" && from === "IN_REVIEW") return "send_back";
  if (to === "DISPUTED" && (from === "DRAFT" || from === "IN_REVIEW")) return "dispute";
  if (isVerdict(to) && (from === "IN_REVIEW" || from === "DISPUTED")) return "give_verdict";
  if (to === "IN_REVIEW" && isVerdict(from)) return "reopen";
  return null;
}

function quoted(status: ClaimStatus): string {
  return `“${STATUS_LABEL[status]}”`;
}

/** Why sources and links can't change while a verdict stands (409 in the API). */
export function evidenceFrozenMessage(status: ClaimStatus, what: "sources" | "links"): string {
  return `This claim has the verdict ${quoted(status)}, which rests on its current ${what}: reopen it first to change them.`;
}

function noSuchStep(from: ClaimStatus, to: ClaimStatus): string {
  if (from === "DRAFT" && isVerdict(to)) {
    return `A draft can’t be marked ${quoted(to)} directly: submit it for review first.`;
  }
  if (isVerdict(from)) {
    return `This claim already has the verdict ${quoted(from)}. To change it to ${quoted(to)}, reopen it for review first.`;
  }
  return `A claim can’t go from ${quoted(from)} to ${quoted(to)}.`;
}

const deny = (code: RefusalCode, message: string): TransitionDecision => ({ ok: false, code, message });

/** Explains a refused verdict; the decision itself is canOnClaim's, this only says why. */
function verdictRefusal(actor: Actor, claim: ClaimFacts): string {
  if (!hasRole(actor, "REVIEWER")) return "Only a reviewer or an admin can give a verdict on a claim.";
  // The same wording for admins: the rule holds for every role.
  if (claim.createdById === actor.id) {
    return "You created this claim, so you can’t give its verdict: another reviewer must do it (two-person rule).";
  }
  // A reviewer is refused a verdict only on their own work, and it is not their creation.
  return "You last edited this claim, so you can’t give its verdict: another reviewer must do it (two-person rule).";
}

/** Returns the refusal for this actor, or null when they may take the action. */
function refusalFor(action: WorkflowAction, context: TransitionContext): string | null {
  const { actor, claim } = context;
  switch (action) {
    case "submit":
      return canOnClaim(actor, "claim.submit", claim) ? null : "Your role does not allow submitting claims for review.";
    case "send_back":
      if (hasRole(actor, "REVIEWER")) return null;
      // An editor may withdraw their own submission, but not pull someone else's out of review
      // (viewers never get this far: decideIgnoringRationale turns them away first).
      if (claim.createdById === actor.id) return null;
      return "Only the editor who created this claim, or a reviewer, can send it back to draft.";
    case "dispute":
      return hasRole(actor, "EDITOR") ? null : "Your role does not allow marking claims as disputed.";
    case "give_verdict":
      return canOnClaim(actor, "claim.finalise", claim) ? null : verdictRefusal(actor, claim);
    case "reopen":
      return hasRole(actor, "REVIEWER") ? null : "Only a reviewer or an admin can reopen a claim that has a verdict.";
  }
}

/** Everything except the rationale, which the buttons can't know yet but the final request must carry. */
function decideIgnoringRationale(context: TransitionContext, target: ClaimStatus): TransitionDecision {
  const { actor, claim } = context;
  // Viewers get "forbidden" before any workflow detail: nothing about the claim is theirs to change.
  if (!hasRole(actor, "EDITOR")) return deny("forbidden", "Viewers can read and export claims but can’t change their status.");
  if (target === claim.status) return deny("bad_request", `This claim is already ${quoted(target)}.`);
  const action = actionFor(claim.status, target);
  // "conflict" stays for stale versions (409 in the API); a step that doesn't exist is a bad request.
  if (!action) return deny("bad_request", noSuchStep(claim.status, target));
  const refusal = refusalFor(action, context);
  if (refusal) return deny("forbidden", refusal);
  // Only a verdict step leads to one of these targets.
  if (VERDICTS_NEEDING_SOURCE.includes(target) && context.sourceCount === 0) {
    return deny("evidence_required", SOURCE_REQUIRED_MESSAGE);
  }
  if (action === "dispute" && !context.hasOpenContradiction) {
    return deny(
      "bad_request",
      "This claim has no contradicting claim linked, so it can’t be marked disputed. Link the claim that contradicts it first.",
    );
  }
  return { ok: true, action, requiresRationale: RATIONALE_REQUIRED[action] };
}

export function hasSufficientRationale(rationale: string | null | undefined): boolean {
  // Counted in code points so a rationale in any script needs the same amount of writing.
  return Array.from((rationale ?? "").trim()).length >= MIN_RATIONALE_LENGTH;
}

export function decideTransition(context: TransitionContext, request: TransitionRequest): TransitionDecision {
  const decision = decideIgnoringRationale(context, request.target);
  if (!decision.ok || !decision.requiresRationale || hasSufficientRationale(request.rationale)) return decision;
  return deny(
    "bad_request",
    decision.action === "reopen"
      ? `Write the reason for reopening this claim (at least ${MIN_RATIONALE_LENGTH} characters): what new information or error prompts it.`
      : `Write the rationale for this verdict (at least ${MIN_RATIONALE_LENGTH} characters): what the evidence shows and why.`,
  );
}

function buttonLabel(action: WorkflowAction, context: TransitionContext, target: ClaimStatus): string {
  switch (action) {
    case "submit":
      return context.claim.status === "DISPUTED" ? "Return to review" : "Submit for review";
    case "send_back":
      return hasRole(context.actor, "REVIEWER") ? "Send back to draft" : "Withdraw to draft";
    case "dispute":
      return "Mark as disputed";
    case "give_verdict":
      return `Verdict: ${STATUS_LABEL[target]}`;
    case "reopen":
      return "Reopen for review";
  }
}

export type TransitionButton = { target: ClaimStatus; action: WorkflowAction; label: string; disabledReason?: string };

/**
 * The status buttons to show this user for this claim, in workflow order. A verdict the user may
 * give but the evidence does not yet allow is shown disabled, with the reason, so the reviewer
 * learns what is missing instead of wondering where the button went.
 */
export function availableTransitions(context: TransitionContext): TransitionButton[] {
  const buttons: TransitionButton[] = [];
  for (const target of ALL_STATUSES) {
    const decision = decideIgnoringRationale(context, target);
    if (decision.ok) buttons.push({ target, action: decision.action, label: buttonLabel(decision.action, context, target) });
    else if (decision.code === "evidence_required") buttons.push({ target, action: "give_verdict", label: buttonLabel("give_verdict", context, target), disabledReason: decision.message });
  }
  return buttons;
}
