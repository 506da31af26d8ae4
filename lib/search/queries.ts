// Search across articles, claims and speakers: PostgreSQL full-text search over the
// trigger-maintained "searchVector" columns, and pg_trgm similarity for names, typos and
// near-duplicate claims.
// Design and thresholds: docs/decisions/007-search-full-text-and-trigram.md.
import { normalizeAlias } from "@/lib/actors/normalize";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import {
  clampLimit,
  cleanQuery,
  containsPattern,
  exactPattern,
  INDEXED_PREFIX_CHARS,
  isSearchable,
  LINK_PICKER_LIMIT,
  NEAR_DUPLICATE_SIMILARITY,
  nearDuplicateReason,
  SEARCH_COUNT_LIMIT,
  SPEAKER_WORD_SIMILARITY,
  TYPO_MIN_QUERY_LENGTH,
  TYPO_WORD_SIMILARITY,
} from "@/lib/search/rules";
import { excerptAroundMatch, headlineOptions, HIGHLIGHT_MARKERS, markOmissions, parseHighlighted, plainSnippet, type Snippet } from "@/lib/search/snippets";

export type ArticleHit = { id: string; title: string; titleSnippet: Snippet; outlet: string; publishedAt: Date | null; snippet: Snippet };
export type ClaimHit = { id: string; articleId: string; quote: string; subject: string | null; speaker: string | null; outlet: string; status: ClaimStatus; snippet: Snippet };
export type SpeakerHit = { id: string; name: string; matchedAlias: string; similarity: number };

export type SearchResults = {
  articles: ArticleHit[];
  claims: ClaimHit[];
  speakers: SpeakerHit[];
  /** All matches, of which at most `limit` per section are returned. */
  totals: { articles: number; claims: number; speakers: number };
  /** "words": the claims contain the query's words. "similar": none did; these have similar wording (a typo?). */
  claimMatch: "words" | "similar";
};

/** Same shape as the Prisma select the link picker was built on. */
export type LinkCandidate = {
  id: string;
  articleId: string;
  quote: string;
  status: ClaimStatus;
  subject: string | null;
  speaker: { name: string } | null;
  article: { title: string; outlet: { name: string } };
};

export type NearDuplicate = {
  id: string;
  articleId: string;
  articleTitle: string;
  outlet: string;
  quote: string;
  subject: string | null;
  value: number | null;
  speaker: string | null;
  status: ClaimStatus;
  /** similarity() of the two quotes, 0–1. */
  similarity: number;
  sameFigure: boolean;
  /** e.g. "92% similar wording" or "same subject and figure". */
  reason: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const TITLE_HEADLINE = headlineOptions({ maxWords: 35, minWords: 15, highlightAll: true });
const BODY_HEADLINE = headlineOptions({ maxWords: 30, minWords: 12, maxFragments: 2 });
// The whole quote, exactly as written (ts_headline drops markup-like text unless HighlightAll),
// shortened around the first match afterwards.
const QUOTE_HEADLINE = headlineOptions({ maxWords: 35, minWords: 15, highlightAll: true });
const QUOTE_SNIPPET_CHARS = 300;

const noResults = (): SearchResults => ({ articles: [], claims: [], speakers: [], totals: { articles: 0, claims: 0, speakers: 0 }, claimMatch: "words" });

/**
 * Runs `work` in a transaction with our pg_trgm thresholds. Only the % and <% operators can use
 * the trigram indexes, and they compare with these settings rather than with an argument; the
 * word threshold is the lowest any query needs, and stricter queries add an explicit comparison.
 */
function withTrigramThresholds<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`
      SELECT set_config('pg_trgm.similarity_threshold', ${String(NEAR_DUPLICATE_SIMILARITY)}, true) AS similarity,
             set_config('pg_trgm.word_similarity_threshold', ${String(SPEAKER_WORD_SIMILARITY)}, true) AS word_similarity`;
    return work(tx);
  });
}

type ArticleRow = {
  id: string;
  title: string;
  outlet: string;
  publishedAt: Date | null;
  total: number;
  titleHeadline: string;
  bodyHeadline: string;
  bodyHead: string;
  bodyTail: string;
};

function searchArticles(q: string, limit: number): Promise<ArticleRow[]> {
  // Rank and cut first, then build headlines for the few rows shown: ts_headline re-parses the text.
  return db.$queryRaw<ArticleRow[]>`
    WITH query AS (SELECT websearch_to_tsquery('claimdesk_search', ${q}) AS tsq),
    matched AS (
      SELECT a."id", a."publishedAt", a."searchVector" FROM "Article" a CROSS JOIN query
      WHERE a."searchVector" @@ query.tsq
      LIMIT ${SEARCH_COUNT_LIMIT + 1}
    ),
    ranked AS (
      SELECT m."id", ts_rank(m."searchVector", query.tsq) AS rank, count(*) OVER ()::int AS total
      FROM matched m CROSS JOIN query
      ORDER BY rank DESC, m."publishedAt" DESC NULLS LAST, m."id" DESC
      LIMIT ${limit}
    )
    SELECT a."id", a."title", o."name" AS outlet, a."publishedAt", ranked.total,
           ts_headline('claimdesk_search', translate(a."title", ${HIGHLIGHT_MARKERS}, ''), query.tsq, ${TITLE_HEADLINE}) AS "titleHeadline",
           ts_headline('claimdesk_search', translate(left(a."body", ${INDEXED_PREFIX_CHARS}), ${HIGHLIGHT_MARKERS}, ''), query.tsq, ${BODY_HEADLINE}) AS "bodyHeadline",
           left(a."body", 200) AS "bodyHead", right(left(a."body", ${INDEXED_PREFIX_CHARS}), 200) AS "bodyTail"
    FROM ranked
    JOIN "Article" a ON a."id" = ranked."id"
    JOIN "Outlet" o ON o."id" = a."outletId"
    CROSS JOIN query
    ORDER BY ranked.rank DESC, a."publishedAt" DESC NULLS LAST, a."id" DESC`;
}

type ClaimRow = { id: string; articleId: string; quote: string; subject: string | null; speaker: string | null; outlet: string; status: ClaimStatus; total: number; headline: string | null };

function searchClaimsByWords(q: string, limit: number): Promise<ClaimRow[]> {
  return db.$queryRaw<ClaimRow[]>`
    WITH query AS (SELECT websearch_to_tsquery('claimdesk_search', ${q}) AS tsq),
    matched AS (
      SELECT c."id", c."updatedAt", c."searchVector" FROM "Claim" c CROSS JOIN query
      WHERE c."searchVector" @@ query.tsq
      LIMIT ${SEARCH_COUNT_LIMIT + 1}
    ),
    ranked AS (
      SELECT m."id", ts_rank(m."searchVector", query.tsq) AS rank, count(*) OVER ()::int AS total
      FROM matched m CROSS JOIN query
      ORDER BY rank DESC, m."updatedAt" DESC, m."id" DESC
      LIMIT ${limit}
    )
    SELECT c."id", c."articleId", c."quote", c."subject", s."name" AS speaker, o."name" AS outlet, c."status"::text AS status, ranked.total,
           ts_headline('claimdesk_search', translate(left(c."quote", ${INDEXED_PREFIX_CHARS}), ${HIGHLIGHT_MARKERS}, ''), query.tsq, ${QUOTE_HEADLINE}) AS headline
    FROM ranked
    JOIN "Claim" c ON c."id" = ranked."id"
    JOIN "Article" a ON a."id" = c."articleId"
    JOIN "Outlet" o ON o."id" = a."outletId"
    LEFT JOIN "Actor" s ON s."id" = c."speakerId"
    CROSS JOIN query
    ORDER BY ranked.rank DESC, c."updatedAt" DESC, c."id" DESC`;
}

/** Claims whose quote or subject contains something like the query: catches typos that full-text search cannot. */
function searchClaimsBySimilarity(tx: Tx, q: string, limit: number): Promise<ClaimRow[]> {
  return tx.$queryRaw<ClaimRow[]>`
    WITH matched AS (
      SELECT c."id", greatest(word_similarity(${q}, c."quote"), word_similarity(${q}, coalesce(c."subject", ''))) AS score
      FROM "Claim" c
      WHERE ${q} <% c."quote" OR ${q} <% c."subject"
    ),
    bounded AS (SELECT * FROM matched WHERE matched.score >= ${TYPO_WORD_SIMILARITY} LIMIT ${SEARCH_COUNT_LIMIT + 1}),
    ranked AS (
      SELECT matched."id", matched.score, count(*) OVER ()::int AS total
      FROM bounded matched
      ORDER BY matched.score DESC, matched."id" DESC
      LIMIT ${limit}
    )
    SELECT c."id", c."articleId", c."quote", c."subject", s."name" AS speaker, o."name" AS outlet, c."status"::text AS status, ranked.total, NULL::text AS headline
    FROM ranked
    JOIN "Claim" c ON c."id" = ranked."id"
    JOIN "Article" a ON a."id" = c."articleId"
    JOIN "Outlet" o ON o."id" = a."outletId"
    LEFT JOIN "Actor" s ON s."id" = c."speakerId"
    ORDER BY ranked.score DESC, c."id" DESC`;
}

type SpeakerRow = SpeakerHit & { total: number };

/**
 * Speakers by the best-matching of their spellings. Aliases are compared in their normalised form
 * (no accents, case or punctuation), so the query is normalised the same way; Actor.name is also
 * compared, for actors that have no alias rows.
 */
function searchSpeakers(tx: Tx, q: string, limit: number): Promise<SpeakerRow[]> {
  const normalized = normalizeAlias(q);
  return tx.$queryRaw<SpeakerRow[]>`
    WITH matches AS (
      SELECT al."actorId", al."alias" AS "matchedAlias", word_similarity(${normalized}, al."normalized") AS similarity
      FROM "ActorAlias" al
      WHERE ${normalized} <% al."normalized"
      UNION ALL
      SELECT ac."id", ac."name", word_similarity(${q}, ac."name")
      FROM "Actor" ac
      WHERE ${q} <% ac."name"
    ),
    best AS (
      SELECT DISTINCT ON (matches."actorId") matches."actorId", matches."matchedAlias", matches.similarity
      FROM matches
      ORDER BY matches."actorId", matches.similarity DESC, length(matches."matchedAlias"), matches."matchedAlias"
    ),
    ranked AS (
      SELECT best."actorId", best."matchedAlias", best.similarity, count(*) OVER ()::int AS total
      FROM best
      ORDER BY best.similarity DESC, best."actorId"
      LIMIT ${limit}
    )
    SELECT ac."id", ac."name", ranked."matchedAlias", ranked.similarity, ranked.total
    FROM ranked JOIN "Actor" ac ON ac."id" = ranked."actorId"
    ORDER BY ranked.similarity DESC, ac."name"`;
}

function claimHit(row: ClaimRow): ClaimHit {
  return {
    id: row.id,
    articleId: row.articleId,
    quote: row.quote,
    subject: row.subject,
    speaker: row.speaker,
    outlet: row.outlet,
    status: row.status,
    snippet: row.headline === null ? plainSnippet(row.quote, QUOTE_SNIPPET_CHARS) : excerptAroundMatch(parseHighlighted(row.headline), QUOTE_SNIPPET_CHARS),
  };
}

const totalOf = (rows: { total: number }[]): number => rows[0]?.total ?? 0;

/**
 * The global search: articles by title and body, claims by quote, subject and note (by similar
 * wording when no claim has the words), speakers by any spelling of their name. Each section is
 * ranked, holds at most `limit` hits, and reports how many matched, counting no further than
 * SEARCH_COUNT_LIMIT + 1 (see describeTotal).
 */
export async function searchEverything(rawQuery: string, options: { limit?: number } = {}): Promise<SearchResults> {
  const q = cleanQuery(rawQuery);
  if (!isSearchable(q)) return noResults();
  const limit = clampLimit(options.limit);

  const [articleRows, wordRows, speakerRows] = await Promise.all([
    searchArticles(q, limit),
    searchClaimsByWords(q, limit),
    withTrigramThresholds((tx) => searchSpeakers(tx, q, limit)),
  ]);
  const similarRows = wordRows.length === 0 && q.length >= TYPO_MIN_QUERY_LENGTH ? await withTrigramThresholds((tx) => searchClaimsBySimilarity(tx, q, limit)) : [];
  const claimRows = wordRows.length > 0 ? wordRows : similarRows;

  return {
    articles: articleRows.map((row) => ({
      id: row.id,
      title: row.title,
      titleSnippet: parseHighlighted(row.titleHeadline),
      outlet: row.outlet,
      publishedAt: row.publishedAt,
      snippet: markOmissions(parseHighlighted(row.bodyHeadline), row.bodyHead, row.bodyTail),
    })),
    claims: claimRows.map(claimHit),
    speakers: speakerRows.map((row) => ({ id: row.id, name: row.name, matchedAlias: row.matchedAlias, similarity: row.similarity })),
    totals: { articles: totalOf(articleRows), claims: totalOf(claimRows), speakers: totalOf(speakerRows) },
    claimMatch: wordRows.length === 0 && similarRows.length > 0 ? "similar" : "words",
  };
}

type LinkRow = { id: string; articleId: string; quote: string; status: ClaimStatus; subject: string | null; speakerName: string | null; articleTitle: string; outletName: string };

/**
 * Link-picker search across all articles, excluding the claim being linked from: claims with the
 * query's words (full text), similar wording in the quote or subject (typos), a speaker whose name
 * or alias resembles the query, or an outlet whose name contains or resembles it. Claims with all
 * the words come first, then by how close the closest field is.
 */
export async function searchClaimsForLinking(rawQuery: string, excludeClaimId?: string): Promise<LinkCandidate[]> {
  const q = cleanQuery(rawQuery);
  if (!isSearchable(q)) return [];
  const normalized = normalizeAlias(q);
  const exclude = excludeClaimId && UUID.test(excludeClaimId) ? excludeClaimId : null;

  const rows = await withTrigramThresholds(
    (tx) => tx.$queryRaw<LinkRow[]>`
      WITH query AS (SELECT websearch_to_tsquery('claimdesk_search', ${q}) AS tsq),
      candidates AS (
        SELECT c."id" FROM "Claim" c CROSS JOIN query WHERE c."searchVector" @@ query.tsq
        UNION
        SELECT c."id" FROM "Claim" c WHERE ${q} <% c."quote" AND word_similarity(${q}, c."quote") >= ${TYPO_WORD_SIMILARITY}
        UNION
        SELECT c."id" FROM "Claim" c WHERE ${q} <% c."subject" AND word_similarity(${q}, c."subject") >= ${TYPO_WORD_SIMILARITY}
        UNION
        SELECT c."id" FROM "ActorAlias" al JOIN "Claim" c ON c."speakerId" = al."actorId" WHERE ${normalized} <% al."normalized"
        UNION
        SELECT c."id" FROM "Actor" s JOIN "Claim" c ON c."speakerId" = s."id" WHERE ${q} <% s."name"
        UNION
        SELECT c."id"
        FROM "Outlet" o JOIN "Article" a ON a."outletId" = o."id" JOIN "Claim" c ON c."articleId" = a."id"
        WHERE o."name" ILIKE ${containsPattern(q)} OR ${q} <% o."name"
      )
      SELECT c."id", c."articleId", c."quote", c."status"::text AS status, c."subject",
             s."name" AS "speakerName", a."title" AS "articleTitle", o."name" AS "outletName"
      FROM candidates
      JOIN "Claim" c ON c."id" = candidates."id"
      JOIN "Article" a ON a."id" = c."articleId"
      JOIN "Outlet" o ON o."id" = a."outletId"
      LEFT JOIN "Actor" s ON s."id" = c."speakerId"
      CROSS JOIN query
      WHERE c."id" IS DISTINCT FROM ${exclude}::uuid
      ORDER BY
        CASE WHEN c."searchVector" @@ query.tsq THEN 1 + ts_rank(c."searchVector", query.tsq) ELSE 0 END
          + greatest(
              word_similarity(${q}, c."quote"),
              word_similarity(${q}, coalesce(c."subject", '')),
              word_similarity(${q}, coalesce(s."name", '')),
              coalesce((SELECT max(word_similarity(${normalized}, al."normalized")) FROM "ActorAlias" al WHERE al."actorId" = c."speakerId"), 0),
              word_similarity(${q}, o."name")
            ) DESC,
        c."updatedAt" DESC, c."id" DESC
      LIMIT ${LINK_PICKER_LIMIT}`,
  );
  return rows.map((row) => ({
    id: row.id,
    articleId: row.articleId,
    quote: row.quote,
    status: row.status,
    subject: row.subject,
    speaker: row.speakerName === null ? null : { name: row.speakerName },
    article: { title: row.articleTitle, outlet: { name: row.outletName } },
  }));
}

type NearDuplicateRow = Omit<NearDuplicate, "reason">;

/**
 * Claims in other articles that look like the same claim: a quote worded similarly (trigram
 * similarity above NEAR_DUPLICATE_SIMILARITY), or the same subject (case-insensitive) with the
 * same figure. Claims in the claim's own article are left out: there, similar sentences are
 * usually deliberate repetition, not a second report.
 */
export async function findNearDuplicateClaims(claimId: string, limit = 10): Promise<NearDuplicate[]> {
  if (!UUID.test(claimId)) return [];
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { articleId: true, quote: true, subject: true, value: true } });
  if (!claim) return [];
  // coalesce: a claim without a subject or figure yields NULL here, which is "no", not unknown.
  const sameFigure =
    claim.subject && claim.value !== null ? Prisma.sql`coalesce(c."subject" ILIKE ${exactPattern(claim.subject)} AND c."value" = ${claim.value}, false)` : Prisma.sql`false`;

  const rows = await withTrigramThresholds(
    (tx) => tx.$queryRaw<NearDuplicateRow[]>`
      WITH matched AS (
        SELECT c."id", similarity(c."quote", ${claim.quote}) AS similarity, ${sameFigure} AS "sameFigure"
        FROM "Claim" c
        WHERE c."articleId" <> ${claim.articleId}::uuid AND (c."quote" % ${claim.quote} OR ${sameFigure})
      )
      SELECT c."id", c."articleId", a."title" AS "articleTitle", o."name" AS outlet, c."quote", c."subject", c."value",
             s."name" AS speaker, c."status"::text AS status, matched.similarity, matched."sameFigure"
      FROM matched
      JOIN "Claim" c ON c."id" = matched."id"
      JOIN "Article" a ON a."id" = c."articleId"
      JOIN "Outlet" o ON o."id" = a."outletId"
      LEFT JOIN "Actor" s ON s."id" = c."speakerId"
      ORDER BY matched.similarity + CASE WHEN matched."sameFigure" THEN 0.5 ELSE 0 END DESC, c."updatedAt" DESC, c."id" DESC
      LIMIT ${clampLimit(limit, 10)}`,
  );
  return rows.map((row) => ({ ...row, reason: nearDuplicateReason(row) }));
}
