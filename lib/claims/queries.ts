import { claimSelect } from "@/lib/claims/serialize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor, type Cursor } from "@/lib/pagination/cursor";
import type { ClaimSort, ListClaimsQuery } from "@/lib/validation/claims";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Each sort is a keyset over (timestamp, id), served by the (createdAt, id) and (updatedAt, id) indexes.
const SORTS: Record<ClaimSort, { field: "createdAt" | "updatedAt"; direction: "asc" | "desc" }> = {
  newest: { field: "createdAt", direction: "desc" },
  oldest: { field: "createdAt", direction: "asc" },
  updated: { field: "updatedAt", direction: "desc" },
};

function afterKey(sort: ClaimSort, cursor: Cursor | null): Prisma.ClaimWhereInput {
  if (!cursor) return {};
  const { field, direction } = SORTS[sort];
  const beyond = direction === "desc" ? "lt" : "gt";
  return { OR: [{ [field]: { [beyond]: cursor.createdAt } }, { [field]: cursor.createdAt, id: { [beyond]: cursor.id } }] };
}

/** Readable by every role; filters match the claims list and GET /api/v1/claims one to one. */
export function claimFilters(query: Omit<ListClaimsQuery, "cursor" | "limit" | "sort">): Prisma.ClaimWhereInput {
  const conditions: Prisma.ClaimWhereInput[] = [];
  if (query.articleId) conditions.push({ articleId: query.articleId });
  if (query.status) conditions.push({ status: query.status });
  if (query.kind) conditions.push({ kind: query.kind });
  if (query.subject) conditions.push({ subject: { equals: query.subject, mode: "insensitive" } });
  if (query.outlet) {
    conditions.push({ article: { outlet: UUID.test(query.outlet) ? { id: query.outlet } : { name: { equals: query.outlet, mode: "insensitive" } } } });
  }
  if (query.speaker) {
    conditions.push({
      speaker: UUID.test(query.speaker)
        ? { id: query.speaker }
        : { OR: [{ name: { equals: query.speaker, mode: "insensitive" } }, { aliases: { some: { alias: { equals: query.speaker, mode: "insensitive" } } } }] },
    });
  }
  if (query.assignee) {
    conditions.push({ assignments: { some: UUID.test(query.assignee) ? { assigneeId: query.assignee } : { assignee: { email: query.assignee.toLowerCase() } } } });
  }
  if (query.q) {
    conditions.push({
      OR: [
        { quote: { contains: query.q, mode: "insensitive" } },
        { subject: { contains: query.q, mode: "insensitive" } },
        { note: { contains: query.q, mode: "insensitive" } },
      ],
    });
  }
  return { AND: conditions };
}

export async function listClaims(query: ListClaimsQuery) {
  const { field, direction } = SORTS[query.sort];
  const rows = await db.claim.findMany({
    where: { AND: [claimFilters(query), afterKey(query.sort, query.cursor)] },
    orderBy: [{ [field]: direction }, { id: direction }],
    take: query.limit + 1,
    select: claimSelect,
  });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last[field], id: last.id }) : null };
}

export function getClaim(id: string) {
  if (!UUID.test(id)) return Promise.resolve(null);
  return db.claim.findUnique({ where: { id }, select: claimSelect });
}

/** Distinct subjects for autocomplete, most used first. */
export async function listSubjects(limit = 500): Promise<string[]> {
  const rows = await db.claim.groupBy({ by: ["subject"], where: { subject: { not: null } }, _count: { subject: true }, orderBy: { _count: { subject: "desc" } }, take: limit });
  return rows.flatMap((row) => (row.subject ? [row.subject] : []));
}

/** Actor names and aliases for the speaker autocomplete. */
export async function listSpeakerNames(limit = 1000): Promise<string[]> {
  const aliases = await db.actorAlias.findMany({ select: { alias: true }, orderBy: { alias: "asc" }, take: limit });
  return [...new Set(aliases.map((row) => row.alias))];
}

/** Every claim of one article in reading order: the reader draws them all at once. */
export function listArticleClaims(articleId: string) {
  return db.claim.findMany({ where: { articleId }, orderBy: [{ start: "asc" }, { end: "desc" }], select: claimSelect });
}

export function listSourcesOfClaim(claimId: string) {
  return db.source.findMany({ where: { claimId }, orderBy: { createdAt: "asc" }, select: { id: true, url: true, title: true, publisher: true, kind: true, accessedAt: true, archiveUrl: true, note: true, createdAt: true } });
}
