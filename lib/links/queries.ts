import { db } from "@/lib/db";

const otherClaimSelect = {
  id: true,
  articleId: true,
  quote: true,
  status: true,
  subject: true,
  speaker: { select: { name: true } },
  article: { select: { title: true, outlet: { select: { name: true } } } },
} as const;

/** Links on either end of a claim, each with the claim at the other end, in one query. */
export async function listLinksOfClaim(claimId: string) {
  const links = await db.claimLink.findMany({
    where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, note: true, fromClaimId: true, toClaimId: true, createdAt: true, challengesVerdictOfId: true, fromClaim: { select: otherClaimSelect }, toClaim: { select: otherClaimSelect } },
  });
  return links.map((link) => ({
    id: link.id,
    kind: link.kind,
    note: link.note,
    fromClaimId: link.fromClaimId,
    createdAt: link.createdAt,
    challengesVerdictOfId: link.challengesVerdictOfId,
    other: link.fromClaimId === claimId ? link.toClaim : link.fromClaim,
  }));
}

/** Link-picker search (full text plus trigram similarity) lives with the rest of search. */
export { searchClaimsForLinking } from "@/lib/search/queries";
