import { claimFieldsJson, type ClaimRecord } from "@/lib/claims/serialize";

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
    ...claimFieldsJson(claim),
    id: claim.id,
    articleId: claim.articleId,
    createdById: claim.createdById,
    createdBy: claim.createdBy.name,
    updatedBy: claim.updatedBy.name,
    updatedAt: claim.updatedAt.toISOString(),
  };
}
