import { draftCandidates, insertCandidates } from "@/lib/candidates/store";
import { db } from "@/lib/db";

export const BACKFILL_BATCH_SIZE = 50;

export type BackfillProgress = { articles: number; candidates: number; lastArticleId: string };

/**
 * Gives candidates to every article that has none: in batches, keyset-paged by id (uuid v7, so
 * roughly import order), skipping spans that claims already cover. Safe to re-run or interrupt:
 * an article that got candidates is no longer picked, and the unique (articleId, start, end)
 * index means even a race with an import or a second run cannot duplicate or revive a decided
 * candidate. An article the engine finds nothing in is looked at again on the next run, which
 * is cheap and lets a better engine find something.
 */
export async function backfillCandidates(options: { batchSize?: number; onBatch?: (progress: BackfillProgress) => void } = {}): Promise<{ articles: number; candidates: number }> {
  const batchSize = options.batchSize ?? BACKFILL_BATCH_SIZE;
  let cursor: string | undefined;
  let articles = 0;
  let candidates = 0;
  for (;;) {
    const batch = await db.article.findMany({
      where: { candidates: { none: {} }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, body: true, claims: { select: { start: true, end: true } } },
    });
    if (batch.length === 0) break;
    const drafts = batch.map((article) => ({ articleId: article.id, drafts: draftCandidates(article.body, article.claims, `article ${article.id}`) }));
    // One statement for the whole batch, so no transaction is needed around it.
    const inserted = await insertCandidates(db, drafts);
    cursor = batch[batch.length - 1]!.id;
    articles += batch.length;
    candidates += inserted;
    options.onBatch?.({ articles, candidates, lastArticleId: cursor });
  }
  return { articles, candidates };
}
