import { claimFacts } from "@/lib/assist/claim-facts";
import { rankRelations, type MatchClaim } from "@/lib/assist/match";
import { readStoredFacts } from "@/lib/assist/stored";
import { relatedSubjectKeys } from "@/lib/assist/subject-key";
import { db } from "@/lib/db";

/** How many claims sharing a subject key are compared; the newest first, so a huge subject stays fast. */
const CANDIDATE_POOL = 300;

const candidateSelect = {
  id: true,
  articleId: true,
  start: true,
  quote: true,
  subject: true,
  status: true,
  facts: true,
  subjectKey: true,
  createdAt: true,
  speaker: { select: { name: true } },
  article: { select: { publishedAt: true, outlet: { select: { name: true } } } },
} as const;

type CandidateRow = {
  id: string;
  articleId: string;
  start: number;
  facts: unknown;
  subjectKey: string | null;
  article: { publishedAt: Date | null; outlet: { name: string } };
};

function toMatch(row: CandidateRow): MatchClaim | null {
  const stored = readStoredFacts(row.facts);
  if (!stored) return null;
  // The column holds the key after editors' subject merges; the JSON keeps the claim's own.
  const facts = { ...stored, subjectKey: row.subjectKey };
  return { id: row.id, articleId: row.articleId, start: row.start, publishedAt: row.article.publishedAt, outlet: row.article.outlet.name, facts };
}

/**
 * Candidate links for a claim, ranked, each with a reason. Claims are compared only with claims
 * about the same thing — same subject key, an indexed lookup — in other articles and its own;
 * the figures and statements are then compared by the pure rules in lib/assist/match.ts. Claims
 * already linked to it are left out. Three queries, no transaction, whatever the table's size.
 */
export async function suggestLinksFor(claimId: string, limit = 10) {
  const target = await db.claim.findUnique({
    where: { id: claimId },
    select: { ...candidateSelect, kind: true, end: true, value: true, valueMax: true, qualifier: true, unit: true, place: true },
  });
  if (!target) return null;
  let targetMatch = toMatch(target);
  if (!targetMatch) {
    // Facts not derived yet (a claim from before the engine, until the backfill reaches it): derive them now, without writing.
    const article = await db.article.findUniqueOrThrow({ where: { id: target.articleId }, select: { body: true } });
    const { facts } = claimFacts(article.body, target, {
      kind: target.kind,
      subject: target.subject,
      speaker: target.speaker?.name ?? null,
      value: target.value,
      valueMax: target.valueMax,
      qualifier: target.qualifier,
      unit: target.unit,
      place: target.place,
    });
    targetMatch = { id: target.id, articleId: target.articleId, start: target.start, publishedAt: target.article.publishedAt, outlet: target.article.outlet.name, facts };
  }
  const key = targetMatch.facts.subjectKey;
  if (!key) return [];
  // One indexed read per related key (a claim's own key, its base, its base at its place), each
  // walking the (subjectKey, createdAt, id) index newest first; an IN list would sort every match.
  const [linked, ...byKey] = await Promise.all([
    db.claimLink.findMany({ where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] }, select: { fromClaimId: true, toClaimId: true } }),
    ...relatedSubjectKeys(key, targetMatch.facts.place).map((subjectKey) =>
      db.claim.findMany({ where: { subjectKey, id: { not: claimId } }, orderBy: { createdAt: "desc" }, take: CANDIDATE_POOL, select: candidateSelect }),
    ),
  ]);
  const sameSubject = byKey
    .flat()
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, CANDIDATE_POOL);
  const excluded = new Set(linked.flatMap((link) => [link.fromClaimId, link.toClaimId]));
  const rows = new Map(sameSubject.map((row) => [row.id, row]));
  const others = sameSubject.filter((row) => !excluded.has(row.id)).flatMap((row) => toMatch(row) ?? []);
  return rankRelations(targetMatch, others)
    .slice(0, limit)
    .map(({ other, kind, score, reason }) => {
      const row = rows.get(other.id)!;
      return {
        kind,
        score: Math.round(score * 100) / 100,
        reason,
        claim: {
          id: row.id,
          articleId: row.articleId,
          quote: row.quote,
          subject: row.subject,
          status: row.status,
          speaker: row.speaker?.name ?? null,
          outlet: row.article.outlet.name,
          publishedAt: row.article.publishedAt?.toISOString() ?? null,
        },
      };
    });
}

export type LinkSuggestion = NonNullable<Awaited<ReturnType<typeof suggestLinksFor>>>[number];
