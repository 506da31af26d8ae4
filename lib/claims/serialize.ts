import { readStoredFacts } from "@/lib/assist/stored";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A claim's own columns that every view of it reads (the API, the reader, exports). */
export const claimCoreSelect = {
  id: true,
  articleId: true,
  start: true,
  end: true,
  quote: true,
  kind: true,
  subject: true,
  value: true,
  valueMax: true,
  qualifier: true,
  unit: true,
  occurredAt: true,
  place: true,
  note: true,
  status: true,
  verdictRationale: true,
  reviewedAt: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ClaimSelect;

export const claimSelect = {
  ...claimCoreSelect,
  prefix: true,
  suffix: true,
  version: true,
  facts: true,
  subjectKey: true,
  createdById: true,
  updatedById: true,
  speaker: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true } },
  updatedBy: { select: { id: true, name: true } },
  article: { select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { id: true, name: true } } } },
} satisfies Prisma.ClaimSelect;

export type ClaimRecord = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

/** The API's claim shape (a contract with other tools): ISO dates, speaker by name and id. */
export function claimJson(claim: ClaimRecord) {
  return {
    id: claim.id,
    articleId: claim.articleId,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    prefix: claim.prefix,
    suffix: claim.suffix,
    kind: claim.kind,
    subject: claim.subject,
    speaker: claim.speaker,
    value: claim.value,
    valueMax: claim.valueMax,
    qualifier: claim.qualifier,
    unit: claim.unit,
    occurredAt: claim.occurredAt?.toISOString() ?? null,
    place: claim.place,
    note: claim.note,
    status: claim.status,
    verdictRationale: claim.verdictRationale,
    reviewedAt: claim.reviewedAt?.toISOString() ?? null,
    version: claim.version,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    createdBy: claim.createdBy,
    updatedBy: claim.updatedBy,
    facts: factsWithComparedKey(claim),
    article: {
      id: claim.article.id,
      title: claim.article.title,
      url: claim.article.url,
      publishedAt: claim.article.publishedAt?.toISOString() ?? null,
      outlet: claim.article.outlet,
    },
  };
}

/** A claim's editable fields as plain JSON (speaker by name, dates as ISO strings). */
export function claimFieldsJson(claim: ClaimRecord) {
  return {
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    kind: claim.kind,
    subject: claim.subject,
    speaker: claim.speaker?.name ?? null,
    value: claim.value,
    valueMax: claim.valueMax,
    qualifier: claim.qualifier,
    unit: claim.unit,
    occurredAt: claim.occurredAt?.toISOString() ?? null,
    place: claim.place,
    note: claim.note,
    status: claim.status,
    version: claim.version,
  };
}

/** What the audit trail keeps of a claim: the editable fields, not the joined records. */
export function claimAuditSnapshot(claim: ClaimRecord): Prisma.InputJsonObject {
  return claimFieldsJson(claim);
}

/** The stored facts with the key the claim is compared under now, editors' subject merges applied. */
function factsWithComparedKey(claim: Pick<ClaimRecord, "facts" | "subjectKey">) {
  const facts = readStoredFacts(claim.facts);
  return facts ? { ...facts, subjectKey: claim.subjectKey ?? facts.subjectKey } : null;
}
