// The pure half of `npm run eval:assist`: the hand-labelled fixture's shape, and how proposed
// candidates and link suggestions are scored against it. No I/O here, so every rule is unit-tested
// (tests/unit/eval-assist-scoring.test.ts); scripts/eval-assist.ts does the reading and the database.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { ProposedClaim } from "@/lib/assist/types";
import { ClaimKind, LinkKind, OutletKind, Qualifier } from "@/lib/generated/prisma/enums";

const offset = z.number().int().min(0);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

// Strict objects: a field holding seed text (a quote, a headline) is refused, not carried along.
const goldClaimSchema = z
  .strictObject({
    id: z.string().min(1),
    start: offset,
    end: offset,
    kind: z.enum(ClaimKind),
    figureStart: offset.optional(),
    figureEnd: offset.optional(),
    value: z.number().optional(),
    valueMax: z.number().nullable().optional(),
    qualifier: z.enum(Qualifier).optional(),
    counted: z.string().min(1).optional(),
    /** The date (or "from/to" period) the claim is about, when the story's own date is clear. */
    refersTo: z.string().regex(/^[\d-]+(\/[\d-]+)?$/).optional(),
    quoteSha256: sha256,
  })
  .refine((claim) => claim.end > claim.start, "end must be after start")
  .refine(
    (claim) =>
      claim.kind !== "QUANTITY" ||
      (claim.figureStart !== undefined &&
        claim.figureEnd !== undefined &&
        claim.value !== undefined &&
        claim.qualifier !== undefined &&
        claim.counted !== undefined &&
        claim.figureStart >= claim.start &&
        claim.figureEnd <= claim.end &&
        claim.figureEnd > claim.figureStart),
    "a QUANTITY needs figureStart/figureEnd inside its span, value, qualifier and counted",
  );

const furnitureSchema = z.strictObject({
  start: offset,
  end: offset,
  furniture: z.literal(true),
  label: z.string().min(1),
  quoteSha256: sha256,
});

const labelledArticleSchema = z.strictObject({
  seed: z.string().min(1),
  key: z.string().min(1),
  outlet: z.strictObject({ name: z.string().min(1), kind: z.enum(OutletKind) }),
  publishedAt: isoDay,
  bodySha256: sha256,
  claims: z.array(goldClaimSchema).min(1),
  furniture: z.array(furnitureSchema),
});

export const seedLabelsSchema = z
  .strictObject({
    version: z.literal(1),
    articles: z.array(labelledArticleSchema).min(1),
    relations: z.array(z.strictObject({ from: z.string(), to: z.string(), kind: z.enum(LinkKind), why: z.string().min(1) })),
    consistent: z.array(z.strictObject({ a: z.string(), b: z.string(), why: z.string().min(1) })),
  })
  .superRefine((labels, context) => {
    const ids = new Set<string>();
    for (const claim of labels.articles.flatMap((article) => article.claims)) {
      if (ids.has(claim.id)) context.addIssue({ code: "custom", message: `claim id ${claim.id} is used twice` });
      ids.add(claim.id);
    }
    for (const pair of [...labels.relations.map((r) => [r.from, r.to]), ...labels.consistent.map((c) => [c.a, c.b])]) {
      for (const id of pair) if (id && !ids.has(id)) context.addIssue({ code: "custom", message: `pair names unknown claim ${id}` });
    }
  });

export type SeedLabels = z.output<typeof seedLabelsSchema>;
export type LabelledArticle = SeedLabels["articles"][number];
export type GoldClaim = LabelledArticle["claims"][number];

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Which labels no longer match the seed text: the whole body's hash first (so one changed file is
 * reported once, in plain words), then each span, so the message names the claims that moved.
 */
export function checkSeedText(article: LabelledArticle, body: string): string[] {
  if (sha256Hex(body) === article.bodySha256) return [];
  const problems = [`${article.seed}: the text differs from the one that was labelled`];
  for (const span of [...article.claims, ...article.furniture]) {
    const name = "id" in span ? `claim ${span.id}` : `furniture "${span.label}"`;
    if (span.end > body.length) problems.push(`${article.seed}: ${name} ends at ${span.end}, after the end of the text (${body.length})`);
    else if (sha256Hex(body.slice(span.start, span.end)) !== span.quoteSha256) problems.push(`${article.seed}: ${name} [${span.start}, ${span.end}) no longer holds the labelled words`);
  }
  return problems;
}

type Span = { start: number; end: number };

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Equal within rounding: reported figures are compared after the engine's arithmetic (e.g. 13.5 × 1e6). */
export function sameFigure(expected: number | null | undefined, actual: number | null | undefined): boolean {
  if (expected === null || expected === undefined) return actual === null || actual === undefined;
  if (actual === null || actual === undefined) return false;
  return Math.abs(expected - actual) <= Math.max(0.5, Math.abs(expected) * 1e-6);
}

export type QuantityOutcome = {
  id: string;
  found: boolean;
  figureOk: boolean;
  qualifierOk: boolean;
  expected: { value: number | undefined; valueMax: number | null; qualifier: string | undefined };
  got?: { kind: string; value?: number; valueMax?: number; qualifier?: string; start: number; end: number };
};

export type SpanOutcome = {
  id: string;
  kind: string;
  found: boolean;
  bestOverlap: number;
  /** The candidate of any kind that covers most of the claim: shows a miss that was proposed under another kind. */
  nearest?: { kind: string; overlap: number };
};

export type ArticleCandidateScore = {
  seed: string;
  candidates: number;
  quantities: QuantityOutcome[];
  statements: SpanOutcome[];
  furnitureLeaks: { label: string; start: number; end: number; kind: string }[];
  /** Candidates that cover at least half of some gold claim, or lie at least half inside one. */
  onGold: number;
};

const STATEMENT_KINDS: ReadonlySet<string> = new Set(["ATTRIBUTION", "EVENT", "QUOTE"]);

/**
 * Scores one article's candidates. A gold quantity is found when a candidate's span contains its
 * figure span and overlaps its claim span; its figure and qualifier are judged on the best such
 * candidate (one with the right figure if there is one, else a QUANTITY, else any). An attribution,
 * event or quote is found when a candidate of one of those kinds overlaps at least half of it.
 */
export function scoreCandidates(article: LabelledArticle, body: string, candidates: readonly ProposedClaim[]): ArticleCandidateScore {
  const quantities = article.claims
    .filter((claim) => claim.kind === "QUANTITY")
    .map((gold): QuantityOutcome => {
      const figure = { start: gold.figureStart ?? gold.start, end: gold.figureEnd ?? gold.end };
      const expected = { value: gold.value, valueMax: gold.valueMax ?? null, qualifier: gold.qualifier };
      const matches = candidates.filter((c) => c.start <= figure.start && c.end >= figure.end && overlap(c, gold) > 0);
      const figureRight = (c: ProposedClaim) => sameFigure(gold.value, c.value) && sameFigure(gold.valueMax ?? null, c.valueMax);
      const best = matches.find(figureRight) ?? matches.find((c) => c.kind === "QUANTITY") ?? matches[0];
      if (!best) return { id: gold.id, found: false, figureOk: false, qualifierOk: false, expected };
      return {
        id: gold.id,
        found: true,
        figureOk: figureRight(best),
        qualifierOk: best.qualifier === gold.qualifier,
        expected,
        got: { kind: best.kind, value: best.value, valueMax: best.valueMax, qualifier: best.qualifier, start: best.start, end: best.end },
      };
    });

  const statements = article.claims
    .filter((claim) => STATEMENT_KINDS.has(claim.kind))
    .map((gold): SpanOutcome => {
      const share = (c: ProposedClaim) => overlap(c, gold) / (gold.end - gold.start);
      const bestOverlap = Math.max(0, ...candidates.filter((c) => STATEMENT_KINDS.has(c.kind)).map(share));
      const nearest = candidates.reduce<ProposedClaim | undefined>((best, c) => (share(c) > (best ? share(best) : 0) ? c : best), undefined);
      return {
        id: gold.id,
        kind: gold.kind,
        found: bestOverlap >= 0.5,
        bestOverlap: Math.round(bestOverlap * 100) / 100,
        ...(nearest ? { nearest: { kind: nearest.kind, overlap: Math.round(share(nearest) * 100) / 100 } } : {}),
      };
    });

  // Whitespace at a span's edge is not a leak: only a candidate that takes in furniture words is.
  const touchesWords = (c: Span, f: Span) => overlap(c, f) > 0 && body.slice(Math.max(c.start, f.start), Math.min(c.end, f.end)).trim().length > 0;
  const furnitureLeaks = candidates.flatMap((c) =>
    article.furniture.filter((f) => touchesWords(c, f)).map((f) => ({ label: f.label, start: c.start, end: c.end, kind: c.kind })),
  );

  const onGold = candidates.filter((c) =>
    article.claims.some((gold) => {
      const shared = overlap(c, gold);
      return shared >= (gold.end - gold.start) / 2 || shared >= (c.end - c.start) / 2;
    }),
  ).length;

  return { seed: article.seed, candidates: candidates.length, quantities, statements, furnitureLeaks, onGold };
}

export type SuggestionView = { kind: string; claimId: string };

export type PairOutcome = {
  from: string;
  to: string;
  kind: string;
  inTop5: boolean;
  /** What the engine called the pair where it suggested it, from either side. */
  suggestedAs: string[];
};

/**
 * A true pair counts once when either claim's top five suggestions name the other. `top5` maps a
 * claim id to its first five suggestions; `all` to a longer list, used only for the consistent pairs,
 * which must not be called contradictions at any rank.
 */
export function scoreLinks(
  labels: Pick<SeedLabels, "relations" | "consistent">,
  top5: ReadonlyMap<string, readonly SuggestionView[]>,
  all: ReadonlyMap<string, readonly SuggestionView[]>,
): { pairs: PairOutcome[]; consistentFlagged: { a: string; b: string; why: string }[] } {
  const kindsBetween = (lists: ReadonlyMap<string, readonly SuggestionView[]>, a: string, b: string) => [
    ...(lists.get(a) ?? []).filter((s) => s.claimId === b).map((s) => s.kind),
    ...(lists.get(b) ?? []).filter((s) => s.claimId === a).map((s) => s.kind),
  ];
  const pairs = labels.relations.map((relation): PairOutcome => {
    const suggestedAs = kindsBetween(top5, relation.from, relation.to);
    return { from: relation.from, to: relation.to, kind: relation.kind, inTop5: suggestedAs.length > 0, suggestedAs: [...new Set(suggestedAs)] };
  });
  const consistentFlagged = labels.consistent.filter((pair) => kindsBetween(all, pair.a, pair.b).includes("CONTRADICTS"));
  return { pairs, consistentFlagged };
}

export type Metric = { name: string; found: number; total: number; value: number };

export function ratio(name: string, found: number, total: number): Metric {
  return { name, found, total, value: total === 0 ? 1 : found / total };
}

export type Target = { name: string; measured: string; wanted: string; met: boolean };

/** The issue's accuracy targets. */
export function judgeTargets(m: {
  numericRecall: Metric;
  figureAccuracy: Metric;
  qualifierAccuracy: Metric;
  statementRecall: Metric;
  linkRecall: Metric;
  consistentFlagged: number;
}): Target[] {
  const atLeast = (metric: Metric, wanted: number): Target => ({
    name: metric.name,
    measured: `${percent(metric.value)} (${metric.found}/${metric.total})`,
    wanted: `≥ ${percent(wanted)}`,
    met: metric.value >= wanted,
  });
  return [
    atLeast(m.numericRecall, 0.9),
    atLeast(m.figureAccuracy, 0.9),
    atLeast(m.qualifierAccuracy, 0.85),
    atLeast(m.statementRecall, 0.6),
    atLeast(m.linkRecall, 0.8),
    { name: "consistent pairs suggested as contradicting", measured: String(m.consistentFlagged), wanted: "0", met: m.consistentFlagged === 0 },
  ];
}

/** 1 when a target is missed, unless the run only reports (then the figures are for reading, not gating). */
export function exitCodeFor(targets: readonly Target[], reportOnly: boolean): 0 | 1 {
  return reportOnly || targets.every((target) => target.met) ? 0 : 1;
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** A plain-text table with left-aligned columns. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
