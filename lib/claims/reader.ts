import type { ClaimRecord } from "@/lib/claims/serialize";

/** A claim as the article reader (a client component) receives it: plain JSON, dates as ISO strings. */
export type ReaderClaim = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  kind: ClaimRecord["kind"];
  subject: string | null;
  speaker: string | null;
  value: number | null;
  valueMax: number | null;
  qualifier: ClaimRecord["qualifier"];
  unit: string | null;
  occurredAt: string | null;
  place: string | null;
  note: string | null;
  status: ClaimRecord["status"];
  version: number;
  createdById: string;
  createdBy: string;
  updatedBy: string;
  updatedAt: string;
};

export function readerClaim(claim: ClaimRecord): ReaderClaim {
  return {
    id: claim.id,
    articleId: claim.articleId,
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
    createdById: claim.createdById,
    createdBy: claim.createdBy.name,
    updatedBy: claim.updatedBy.name,
    updatedAt: claim.updatedAt.toISOString(),
  };
}
