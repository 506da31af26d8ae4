import { proposeClaims } from "@/lib/assist/propose";
import type { ProposedClaim } from "@/lib/assist/types";
import { candidateDrafts, speakerKeys, withSpeakerIds, type CandidateDraft, type Span } from "@/lib/candidates/rules";
import type { db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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
 * Stores the drafts of one or more articles with one alias lookup and one insert. A span that
 * already has a row (open, accepted or dismissed) is skipped by the unique index, so a decided
 * candidate is never brought back. Returns how many rows were inserted.
 */
export async function insertCandidates(client: Client, articles: readonly ArticleDrafts[]): Promise<number> {
  const actorIds = await actorIdsByAlias(client, articles.flatMap((entry) => entry.drafts));
  const rows: Prisma.ClaimCandidateCreateManyInput[] = articles.flatMap((entry) => withSpeakerIds(entry.drafts, actorIds).map((draft) => ({ ...draft, articleId: entry.articleId })));
  if (rows.length === 0) return 0;
  const { count } = await client.claimCandidate.createMany({ data: rows, skipDuplicates: true });
  return count;
}
