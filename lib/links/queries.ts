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
    select: { id: true, kind: true, note: true, fromClaimId: true, toClaimId: true, createdAt: true, fromClaim: { select: otherClaimSelect }, toClaim: { select: otherClaimSelect } },
  });
  return links.map((link) => ({
    id: link.id,
    kind: link.kind,
    note: link.note,
    fromClaimId: link.fromClaimId,
    createdAt: link.createdAt,
    other: link.fromClaimId === claimId ? link.toClaim : link.fromClaim,
  }));
}

/** Link-picker search across all articles: quote, subject, speaker (or alias) and outlet. */
export function searchClaimsForLinking(q: string, excludeClaimId?: string) {
  return db.claim.findMany({
    where: {
      ...(excludeClaimId ? { id: { not: excludeClaimId } } : {}),
      OR: [
        { quote: { contains: q, mode: "insensitive" } },
        { subject: { contains: q, mode: "insensitive" } },
        { speaker: { aliases: { some: { alias: { contains: q, mode: "insensitive" } } } } },
        { article: { outlet: { name: { contains: q, mode: "insensitive" } } } },
      ],
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 12,
    select: otherClaimSelect,
  });
}
