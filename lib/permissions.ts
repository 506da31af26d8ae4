// Pure rules: "may this user do X (to this record)?". No I/O, so the whole matrix is unit-tested.
// Queries repeat the ownership part in their `where` clauses; this module is the single statement
// of the rule.
import type { ClaimStatus, Role } from "@/lib/generated/prisma/enums";

export type Actor = { id: string; role: Role };

export type ClaimFacts = { createdById: string; updatedById: string; status: ClaimStatus };

export const ROLE_RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, REVIEWER: 2, ADMIN: 3 };

export const ROLE_LABEL: Record<Role, string> = {
  VIEWER: "Viewer",
  EDITOR: "Editor",
  REVIEWER: "Reviewer",
  ADMIN: "Admin",
};

export function hasRole(actor: Actor, minimum: Role): boolean {
  return ROLE_RANK[actor.role] >= ROLE_RANK[minimum];
}

/** Actions that need no particular record. */
export type GeneralAction =
  | "article.read"
  | "article.import"
  | "claim.create"
  | "export"
  | "users.manage"
  | "tokens.manage_own";

const MINIMUM_ROLE: Record<GeneralAction, Role> = {
  "article.read": "VIEWER",
  export: "VIEWER",
  "tokens.manage_own": "VIEWER",
  "article.import": "EDITOR",
  "claim.create": "EDITOR",
  "users.manage": "ADMIN",
};

export function can(actor: Actor, action: GeneralAction): boolean {
  return hasRole(actor, MINIMUM_ROLE[action]);
}

export type ClaimAction = "claim.edit" | "claim.delete" | "claim.submit" | "claim.finalise";

const FINAL_STATUSES: ReadonlySet<ClaimStatus> = new Set(["VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"]);

/** Two-person rule, for every role: nobody gives the verdict on a claim they created or last edited. */
export function isOwnWork(actor: Actor, claim: ClaimFacts): boolean {
  return claim.createdById === actor.id || claim.updatedById === actor.id;
}

export function canOnClaim(actor: Actor, action: ClaimAction, claim: ClaimFacts): boolean {
  // Admins included: a verdict the same person prepared and approved would be one person's word.
  if (action === "claim.finalise") return hasRole(actor, "REVIEWER") && !isOwnWork(actor, claim);
  if (actor.role === "ADMIN") return true;
  if (!hasRole(actor, "EDITOR")) return false;
  switch (action) {
    case "claim.edit":
      // A verdict judged these exact fields; changing them underneath it would make the verdict
      // describe something else, so the claim is reopened first (and that reopening is audited).
      return !isFinalStatus(claim.status);
    case "claim.submit":
      return true;
    case "claim.delete":
      // Only one's own drafts: once a claim has been submitted or reviewed it stays for the record.
      return claim.createdById === actor.id && claim.status === "DRAFT";
  }
}

export function isFinalStatus(status: ClaimStatus): boolean {
  return FINAL_STATUSES.has(status);
}
