import { db } from "@/lib/db";
import { findNearDuplicateClaims } from "@/lib/search/queries";
import { rankSuggestions, type SuggestionFacts } from "@/lib/suggestions/rules";

const factsSelect = {
  id: true,
  articleId: true,
  quote: true,
  subject: true,
  value: true,
  valueMax: true,
  qualifier: true,
  unit: true,
  status: true,
  speaker: { select: { name: true } },
  article: { select: { title: true, publishedAt: true, outlet: { select: { name: true } } } },
} as const;

/**
 * Candidate links for a claim, ranked, each with a reason: same-subject claims from other articles
 * (figures compared by the pure rules) and near-duplicates by wording (trigram). Claims already
 * linked to it are left out. A fixed number of queries, whatever the number of candidates.
 */
export async function suggestLinksFor(claimId: string, limit = 10) {
  const target = await db.claim.findUnique({ where: { id: claimId }, select: factsSelect });
  if (!target) return null;
  const [linked, similar, sameSubject] = await Promise.all([
    db.claimLink.findMany({ where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] }, select: { fromClaimId: true, toClaimId: true } }),
    findNearDuplicateClaims(claimId, 20),
    target.subject
      ? db.claim.findMany({ where: { subject: { equals: target.subject, mode: "insensitive" }, articleId: { not: target.articleId } }, select: factsSelect, take: 200 })
      : Promise.resolve([]),
  ]);
  const excluded = new Set([claimId, ...linked.flatMap((link) => [link.fromClaimId, link.toClaimId])]);
  const similarity = new Map(similar.map((hit) => [hit.id, hit.similarity]));
  const missing = similar.map((hit) => hit.id).filter((id) => !sameSubject.some((claim) => claim.id === id));
  const others = missing.length ? await db.claim.findMany({ where: { id: { in: missing } }, select: factsSelect }) : [];

  const toFacts = (claim: typeof target): SuggestionFacts & { claim: typeof target } => ({ ...claim, publishedAt: claim.article.publishedAt, similarity: similarity.get(claim.id), claim });
  const candidates = [...sameSubject, ...others].filter((claim) => !excluded.has(claim.id)).map(toFacts);
  return rankSuggestions(toFacts(target), candidates)
    .slice(0, limit)
    .map(({ candidate, kind, score, reason }) => ({
      kind,
      score: Math.round(score * 100) / 100,
      reason,
      claim: {
        id: candidate.claim.id,
        articleId: candidate.claim.articleId,
        quote: candidate.claim.quote,
        subject: candidate.claim.subject,
        status: candidate.claim.status,
        speaker: candidate.claim.speaker?.name ?? null,
        outlet: candidate.claim.article.outlet.name,
        publishedAt: candidate.claim.article.publishedAt?.toISOString() ?? null,
      },
    }));
}

export type LinkSuggestion = NonNullable<Awaited<ReturnType<typeof suggestLinksFor>>>[number];
