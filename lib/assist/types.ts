import type { ClaimKind, Qualifier } from "@/lib/generated/prisma/enums";

/**
 * A claim the engine thinks an article contains. Offsets are UTF-16 code units into the article
 * body, exactly like Claim.start/end, and `quote === body.slice(start, end)` always holds.
 */
export type ProposedClaim = {
  start: number;
  end: number;
  quote: string;
  kind: ClaimKind;
  value?: number;
  valueMax?: number;
  qualifier?: Qualifier;
  /** What is counted ("people killed", "refugees"), never an adjective such as "year" in "five-year". */
  unit?: string;
  /** The speaker's name as written in the text; the I/O layer resolves it against actors and aliases. */
  speaker?: string;
  subject?: string;
  /** 0–1: how likely a fact-checker would mark this span. */
  score: number;
  /** Plain words: why this span was proposed. */
  reason: string;
};
