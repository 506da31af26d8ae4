import { candidateItem, withoutClaimed, type CandidateItem } from "@/lib/candidates/rules";
import { db } from "@/lib/db";

/** A candidate's proposed fields, as listed and as accepted into a claim. */
export const candidateSelect = {
  start: true,
  end: true,
  quote: true,
  kind: true,
  value: true,
  valueMax: true,
  qualifier: true,
  unit: true,
  speakerName: true,
  speaker: { select: { name: true } },
  subject: true,
  score: true,
  reason: true,
} as const;

/**
 * The open candidates of an article in text order, minus any a claim now overlaps; null when the
 * article does not exist. Three independent reads, each on an index ((articleId, state, start),
 * (articleId, start) and the primary key), run side by side with no transaction: a claim marked
 * between them at worst leaves one candidate visible until the next read.
 */
export async function listOpenCandidates(articleId: string): Promise<CandidateItem[] | null> {
  const [article, candidates, claims] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: { id: true } }),
    db.claimCandidate.findMany({ where: { articleId, state: "OPEN" }, orderBy: [{ start: "asc" }, { end: "asc" }], select: candidateSelect }),
    db.claim.findMany({ where: { articleId }, orderBy: { start: "asc" }, select: { start: true, end: true } }),
  ]);
  if (!article) return null;
  return withoutClaimed(candidates, claims).map(candidateItem);
}
