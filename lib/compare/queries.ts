import { db } from "@/lib/db";

/** Subjects worth comparing: those with claims, with how many claims and outlets report on them. */
export async function listComparableSubjects() {
  const rows = await db.$queryRaw<{ subject: string; claims: bigint; outlets: bigint; contradictions: bigint }[]>`
    SELECT c."subject" AS subject,
           COUNT(*) AS claims,
           COUNT(DISTINCT a."outletId") AS outlets,
           COUNT(DISTINCT l."id") AS contradictions
    FROM "Claim" c
    JOIN "Article" a ON a."id" = c."articleId"
    LEFT JOIN "ClaimLink" l ON l."kind" = 'CONTRADICTS' AND (l."fromClaimId" = c."id" OR l."toClaimId" = c."id")
    WHERE c."subject" IS NOT NULL
    GROUP BY c."subject"
    ORDER BY COUNT(DISTINCT a."outletId") DESC, COUNT(*) DESC, c."subject" ASC
    LIMIT 500`;
  return rows.map((row) => ({ subject: row.subject, claims: Number(row.claims), outlets: Number(row.outlets), contradictions: Number(row.contradictions) }));
}

/** Every claim on one subject with what the table and chart need, plus the links among them — three queries in all. */
export async function getSubjectComparison(subject: string) {
  const claims = await db.claim.findMany({
    where: { subject: { equals: subject, mode: "insensitive" } },
    orderBy: [{ article: { publishedAt: { sort: "asc", nulls: "last" } } }, { createdAt: "asc" }],
    select: {
      id: true,
      articleId: true,
      quote: true,
      kind: true,
      value: true,
      valueMax: true,
      qualifier: true,
      unit: true,
      status: true,
      verdictRationale: true,
      occurredAt: true,
      speaker: { select: { name: true } },
      article: { select: { title: true, publishedAt: true, outlet: { select: { id: true, name: true, kind: true } } } },
    },
  });
  const ids = claims.map((claim) => claim.id);
  const links = ids.length
    ? await db.claimLink.findMany({ where: { OR: [{ fromClaimId: { in: ids } }, { toClaimId: { in: ids } }] }, select: { id: true, kind: true, fromClaimId: true, toClaimId: true } })
    : [];
  return { claims, links };
}
