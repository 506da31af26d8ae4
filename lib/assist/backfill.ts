import { claimFacts, FACTS_ENGINE_VERSION } from "@/lib/assist/claim-facts";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { applySubjectMerges } from "@/lib/subjects/mutations";
import type { Prisma } from "@/lib/generated/prisma/client";

const BATCH = 500;

const backfillSelect = {
  id: true,
  start: true,
  end: true,
  kind: true,
  subject: true,
  value: true,
  valueMax: true,
  qualifier: true,
  unit: true,
  place: true,
  speaker: { select: { name: true } },
  article: { select: { body: true } },
} satisfies Prisma.ClaimSelect;
type BackfillRow = Prisma.ClaimGetPayload<{ select: typeof backfillSelect }>;

/**
 * Derives facts for claims whose facts are missing or came from an older engine: claims marked
 * before the engine existed, or after its rules changed. Keyset batches by id, one UPDATE per
 * batch; each batch commits on its own, so an interrupted run resumes where it stopped. Derived
 * facts are not an editor's change, so the claim's version and updatedAt are left alone; the run
 * itself is audited once.
 */
export async function backfillClaimFacts(onProgress?: (done: number) => void): Promise<{ updated: number }> {
  let updated = 0;
  let after: string | null = null;
  for (;;) {
    const batch: BackfillRow[] = await db.claim.findMany({
      where: { factsVersion: { lt: FACTS_ENGINE_VERSION }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: backfillSelect,
    });
    if (batch.length === 0) break;
    const ids: string[] = [];
    const facts: string[] = [];
    const keys: (string | null)[] = [];
    const derived = batch.map((claim) => claimFacts(claim.article.body, claim, { ...claim, speaker: claim.speaker?.name ?? null }));
    const merges = await applySubjectMerges(db, derived.map((d) => d.subjectKey));
    batch.forEach((claim, index) => {
      const { facts: claimFactsJson, subjectKey } = derived[index]!;
      ids.push(claim.id);
      facts.push(JSON.stringify(claimFactsJson));
      keys.push(subjectKey ? (merges.get(subjectKey) ?? subjectKey) : null);
    });
    await db.$executeRaw`
      UPDATE "Claim" AS c SET "facts" = v.facts, "subjectKey" = v.key, "factsVersion" = ${FACTS_ENGINE_VERSION}
      FROM unnest(${ids}::uuid[], ${facts}::jsonb[], ${keys}::text[]) AS v(id, facts, key)
      WHERE c."id" = v.id`;
    updated += batch.length;
    after = batch.at(-1)?.id ?? null;
    onProgress?.(updated);
  }
  if (updated > 0) {
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: null, action: "assist.facts_backfill", entityType: "Claim", entityId: "*", after: { updated, engineVersion: FACTS_ENGINE_VERSION } }),
    );
  }
  return { updated };
}
