import { proposeClaims } from "@/lib/assist/propose";
import type { ProposedClaim } from "@/lib/assist/types";
import { candidateDrafts, speakerKeys, withSpeakerIds, type CandidateDraft, type Span } from "@/lib/candidates/rules";
import type { db, Tx } from "@/lib/db";

type Client = Tx | typeof db;

/**
 * The engine is a heuristic over arbitrary text: a bug in it must not cost an editor the import.
 * The article is stored without candidates, and the backfill (which picks up articles that have
 * none) tries again once the engine is fixed.
 */
function proposeSafely(body: string, label: string): ProposedClaim[] {
  try {
    return proposeClaims(body);
  } catch (error) {
    console.error(`Claim candidates could not be computed for ${label}:`, error);
    return [];
  }
}

/** Speakers resolved against every recorded alias in one query; unknown names create no actor. */
async function actorIdsByAlias(client: Client, drafts: readonly CandidateDraft[]): Promise<Map<string, string>> {
  const keys = speakerKeys(drafts);
  if (keys.length === 0) return new Map();
  const aliases = await client.actorAlias.findMany({ where: { normalized: { in: keys } }, select: { normalized: true, actorId: true } });
  return new Map(aliases.map((alias) => [alias.normalized, alias.actorId]));
}

/** The candidates worth storing for a body; pure CPU work, so callers run it before opening a transaction. */
export function draftCandidates(body: string, claimed: readonly Span[] = [], label = "a new article"): CandidateDraft[] {
  return candidateDrafts(body, proposeSafely(body, label), claimed);
}

export type ArticleDrafts = { articleId: string; drafts: readonly CandidateDraft[] };

/**
 * Stores the drafts of one or more articles with one alias lookup and one INSERT. A span that
 * already has a row (open, accepted or dismissed) is skipped by the unique index, so a decided
 * candidate is never brought back. Returns how many rows were inserted.
 *
 * Written as INSERT … SELECT FROM unnest(column arrays) rather than createMany: the same single
 * statement, but with 13 parameters instead of 13 per row, which Prisma's query compiler handles
 * about ten times faster (measured for a 10 KB article's 56 candidates; see
 * docs/decisions/020-claim-candidates.md). The ids come from gen_random_uuid(): candidate ids never
 * leave the server, so the time order of uuid v7 buys nothing here.
 */
export async function insertCandidates(client: Client, articles: readonly ArticleDrafts[]): Promise<number> {
  const actorIds = await actorIdsByAlias(client, articles.flatMap((entry) => entry.drafts));
  const rows = articles.flatMap((entry) => withSpeakerIds(entry.drafts, actorIds).map((draft) => ({ ...draft, articleId: entry.articleId })));
  if (rows.length === 0) return 0;
  const column = <Key extends keyof (typeof rows)[number]>(key: Key) => rows.map((row) => row[key]);
  return client.$executeRaw`
    INSERT INTO "ClaimCandidate" ("id", "articleId", "start", "end", "quote", "kind", "value", "valueMax", "qualifier", "unit", "speakerId", "speakerName", "subject", "score", "reason")
    SELECT gen_random_uuid(), article_id, start_offset, end_offset, quote, kind::"ClaimKind", value, value_max, qualifier::"Qualifier", unit, speaker_id, speaker_name, subject, score, reason
    FROM unnest(
      ${column("articleId")}::uuid[], ${column("start")}::int[], ${column("end")}::int[], ${column("quote")}::text[], ${column("kind")}::text[],
      ${column("value")}::float8[], ${column("valueMax")}::float8[], ${column("qualifier")}::text[], ${column("unit")}::text[], ${column("speakerId")}::uuid[],
      ${column("speakerName")}::text[], ${column("subject")}::text[], ${column("score")}::float8[], ${column("reason")}::text[]
    ) AS draft(article_id, start_offset, end_offset, quote, kind, value, value_max, qualifier, unit, speaker_id, speaker_name, subject, score, reason)
    ON CONFLICT ("articleId", "start", "end") DO NOTHING`;
}
