import type { LinkKind } from "@/lib/generated/prisma/enums";

// Pure rules for claim links. Contradicts and duplicate are symmetric: A contradicts B is the same
// fact as B contradicts A, so they are stored once, ordered, and a second attempt either way is a
// duplicate. Supports and updates have a direction ("B updates A": B's later figure supersedes A's).

export const SYMMETRIC_KINDS: ReadonlySet<LinkKind> = new Set<LinkKind>(["CONTRADICTS", "DUPLICATE"]);

export function isSymmetric(kind: LinkKind): boolean {
  return SYMMETRIC_KINDS.has(kind);
}

/** The stored orientation of a link: symmetric kinds always go from the smaller id to the larger. */
export function orientLink(fromClaimId: string, toClaimId: string, kind: LinkKind): { fromClaimId: string; toClaimId: string } {
  if (isSymmetric(kind) && fromClaimId > toClaimId) return { fromClaimId: toClaimId, toClaimId: fromClaimId };
  return { fromClaimId, toClaimId };
}

export const LINK_LABEL: Record<LinkKind, { outgoing: string; incoming: string }> = {
  CONTRADICTS: { outgoing: "Contradicts", incoming: "Contradicts" },
  DUPLICATE: { outgoing: "Duplicate of", incoming: "Duplicate of" },
  SUPPORTS: { outgoing: "Supports", incoming: "Supported by" },
  UPDATES: { outgoing: "Updates (supersedes)", incoming: "Superseded by" },
};

/** How the link reads from one claim's point of view. */
export function linkLabelFor(claimId: string, link: { fromClaimId: string; kind: LinkKind }): string {
  return link.fromClaimId === claimId ? LINK_LABEL[link.kind].outgoing : LINK_LABEL[link.kind].incoming;
}

/**
 * "Contradicted after the verdict": a contradicting link was made to this claim while it had a
 * verdict, and nobody has answered it yet (by reopening the claim or reviewing the link). The
 * link records which claim's verdict it challenges; the other claim's own verdict does not
 * settle it.
 */
export function isContradictedAfterVerdict(claim: { id: string; status: string }, links: { challengesVerdictOfId: string | null }[]): boolean {
  return FINAL.has(claim.status) && links.some((link) => link.challengesVerdictOfId === claim.id);
}

const FINAL: ReadonlySet<string> = new Set(["VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"]);
