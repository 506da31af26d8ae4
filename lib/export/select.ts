// The shape of an export row: the claim, its speaker, article and outlet, sources and links. The
// batch query (./stream) reads these fields in one SQL statement; writing the shape as a Prisma
// selection keeps its type in step with the schema. The mapping of these rows to CSV, JSON and
// ClaimReview is the pure part, in ./rows.
import { claimCoreSelect } from "@/lib/claims/serialize";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Everything one export row needs. */
export const exportClaimSelect = {
  ...claimCoreSelect,
  speaker: { select: { id: true, name: true, kind: true } },
  article: { select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { id: true, name: true, kind: true } } } },
  sources: {
    select: { id: true, url: true, title: true, publisher: true, kind: true, accessedAt: true, archiveUrl: true, note: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  linksFrom: { select: { id: true, kind: true, toClaimId: true, note: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  linksTo: { select: { id: true, kind: true, fromClaimId: true, note: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.ClaimSelect;

export type ExportClaim = Prisma.ClaimGetPayload<{ select: typeof exportClaimSelect }>;

