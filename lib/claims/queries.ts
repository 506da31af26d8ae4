import { claimSelect } from "@/lib/claims/serialize";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor } from "@/lib/pagination/cursor";
import { afterKeySql } from "@/lib/pagination/keyset";
import type { ClaimSort, ListClaimsQuery } from "@/lib/validation/claims";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Each sort is a keyset over (timestamp, id), compared as a row value so that PostgreSQL reads it
// as one index range: (createdAt, id) and (updatedAt, id), and (filter, createdAt, id) for each
// filter the list and the export offer (see the scale migration).
const SORTS: Record<ClaimSort, { column: Prisma.Sql; field: "createdAt" | "updatedAt"; direction: "asc" | "desc" }> = {
  newest: { column: Prisma.sql`c."createdAt"`, field: "createdAt", direction: "desc" },
  oldest: { column: Prisma.sql`c."createdAt"`, field: "createdAt", direction: "asc" },
  updated: { column: Prisma.sql`c."updatedAt"`, field: "updatedAt", direction: "desc" },
};

export type ClaimFilters = Omit<ListClaimsQuery, "cursor" | "limit" | "sort">;

/**
 * The claims list's filters as SQL over `"Claim" c`, shared one to one by GET /api/v1/claims, the
 * claims page and the export. Every value is a bound parameter. Names are compared with `=` on
 * lower() (indexed), never LIKE, so `%`, `_` and `\` in a filter are just characters; `q` is the
 * full-text search /search uses.
 */
export function claimFilterSql(query: ClaimFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (query.articleId) conditions.push(Prisma.sql`c."articleId" = ${query.articleId}::uuid`);
  if (query.status) conditions.push(Prisma.sql`c."status" = ${query.status}::"ClaimStatus"`);
  if (query.kind) conditions.push(Prisma.sql`c."kind" = ${query.kind}::"ClaimKind"`);
  if (query.subject) conditions.push(Prisma.sql`lower(c."subject") = lower(${query.subject})`);
  if (query.outlet) {
    conditions.push(
      UUID.test(query.outlet)
        ? Prisma.sql`c."articleId" IN (SELECT a."id" FROM "Article" a WHERE a."outletId" = ${query.outlet}::uuid)`
        : Prisma.sql`c."articleId" IN (SELECT a."id" FROM "Article" a JOIN "Outlet" o ON o."id" = a."outletId" WHERE lower(o."name") = lower(${query.outlet}))`,
    );
  }
  if (query.speaker) {
    conditions.push(
      UUID.test(query.speaker)
        ? Prisma.sql`c."speakerId" = ${query.speaker}::uuid`
        : Prisma.sql`c."speakerId" IN (SELECT s."id" FROM "Actor" s WHERE lower(s."name") = lower(${query.speaker})
                                        UNION SELECT al."actorId" FROM "ActorAlias" al WHERE lower(al."alias") = lower(${query.speaker}))`,
    );
  }
  if (query.assignee) {
    conditions.push(
      UUID.test(query.assignee)
        ? Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" asg WHERE asg."claimId" = c."id" AND asg."assigneeId" = ${query.assignee}::uuid)`
        : Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" asg JOIN "User" u ON u."id" = asg."assigneeId" WHERE asg."claimId" = c."id" AND u."email" = ${query.assignee.toLowerCase()})`,
    );
  }
  if (query.q) conditions.push(Prisma.sql`c."searchVector" @@ websearch_to_tsquery('claimdesk_search', ${query.q})`);
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/** Loads the full records of `ids` (one query) and returns them in the order of `ids`. */
export async function claimsInOrder(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, select: claimSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The ids (and sort keys) of one page of the claims list: the query whose plan the scale tests check. */
export function claimPageKeysSql(query: ListClaimsQuery): Prisma.Sql {
  const { column, direction } = SORTS[query.sort];
  const order = direction === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  return Prisma.sql`
    SELECT c."id", ${column} AS key FROM "Claim" c
    WHERE ${claimFilterSql(query)} AND ${afterKeySql(column, Prisma.sql`c."id"`, direction, query.cursor)}
    ORDER BY ${column} ${order}, c."id" ${order}
    LIMIT ${query.limit + 1}`;
}

export async function listClaims(query: ListClaimsQuery) {
  const keys = await db.$queryRaw<{ id: string; key: Date }[]>(claimPageKeysSql(query));
  const page = keys.slice(0, query.limit);
  const items = await claimsInOrder(page.map((row) => row.id));
  const last = page.at(-1);
  return { items, nextCursor: keys.length > query.limit && last ? encodeCursor({ createdAt: last.key, id: last.id }) : null };
}

export function getClaim(id: string) {
  if (!UUID.test(id)) return Promise.resolve(null);
  return db.claim.findUnique({ where: { id }, select: claimSelect });
}

/** A LIKE pattern for "starts with": the typed text's own %, _ and \ are escaped to mean themselves. */
function prefixPattern(prefix: string): string {
  return `${prefix.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
}

/** How many claims one autocomplete request reads at most, however short the typed prefix. */
const SUGGEST_SCAN_LIMIT = 5000;

/**
 * Subjects starting with `prefix` (any case), most used first, for the autocomplete endpoint. A
 * range on the lower(subject) index, read no further than SUGGEST_SCAN_LIMIT claims: for a
 * one-letter prefix "most used" means most used among those, which is what a typist needs.
 */
export async function suggestSubjects(prefix: string, limit = 10): Promise<string[]> {
  const pattern = prefixPattern(prefix);
  const rows = await db.$queryRaw<{ subject: string }[]>`
    SELECT min(c."subject") AS subject
    FROM (SELECT "subject" FROM "Claim" WHERE lower("subject") LIKE ${pattern} ORDER BY lower("subject") LIMIT ${SUGGEST_SCAN_LIMIT}) c
    GROUP BY lower(c."subject")
    ORDER BY count(*) DESC, lower(c."subject")
    LIMIT ${limit}`;
  return rows.map((row) => row.subject);
}

/** Speaker names and aliases starting with `prefix` (any case), for the autocomplete endpoint. */
export async function suggestSpeakers(prefix: string, limit = 10): Promise<string[]> {
  const pattern = prefixPattern(prefix);
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT name FROM (
      (SELECT s."name" AS name FROM "Actor" s WHERE lower(s."name") LIKE ${pattern} ORDER BY lower(s."name") LIMIT ${limit})
      UNION
      (SELECT al."alias" FROM "ActorAlias" al WHERE lower(al."alias") LIKE ${pattern} ORDER BY lower(al."alias") LIMIT ${limit})
    ) names ORDER BY lower(name) LIMIT ${limit}`;
  return rows.map((row) => row.name);
}

/** Every claim of one article in reading order: the reader draws them all at once. */
export function listArticleClaims(articleId: string) {
  return db.claim.findMany({ where: { articleId }, orderBy: [{ start: "asc" }, { end: "desc" }], select: claimSelect });
}

export function listSourcesOfClaim(claimId: string) {
  return db.source.findMany({ where: { claimId }, orderBy: { createdAt: "asc" }, select: { id: true, url: true, title: true, publisher: true, kind: true, accessedAt: true, archiveUrl: true, note: true, createdAt: true } });
}
