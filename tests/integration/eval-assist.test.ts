// `npm run eval:assist` end to end, on two short articles of our own with labels written here, so
// the test does not depend on ../shared/seeds (the test-all stage runs the evaluation on those).
// Each full run creates and drops a database of its own on the same server.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { sha256Hex } from "@/scripts/eval-assist-scoring";

const root = fileURLToPath(new URL("../..", import.meta.url));
const articlesDir = join(root, "tests", "fixtures", "articles");
const PORT = "port-calvane-strike.txt";
const FLOOD = "tessel-valley-flood.txt";

type Report = {
  gold: { numeric: number; statements: number; pairs: number; consistent: number };
  metrics: Record<string, { found: number; total: number; value: number } | number>;
  targets: { name: string; met: boolean }[];
  allTargetsMet: boolean;
  pairs: { from: string; to: string; inTop5: boolean }[];
  misses: { numericNotProposed: string[]; figureWrong: { id: string }[] };
};

let work: string;
let seedsDir: string;
let labelsFile: string;

function run(...args: string[]) {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  return spawnSync(process.execPath, [tsx, "--conditions=react-server", "scripts/eval-assist.ts", ...args], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
    timeout: 180_000,
  });
}

async function labelsFor(): Promise<unknown> {
  const port = await readFile(join(articlesDir, PORT), "utf8");
  const flood = await readFile(join(articlesDir, FLOOD), "utf8");
  const span = (body: string, text: string) => {
    const start = body.indexOf(text);
    assert.ok(start >= 0, `fixture text: ${text}`);
    return { start, end: start + text.length, quoteSha256: sha256Hex(text) };
  };
  const quantity = (body: string, id: string, text: string, figure: string, value: number, qualifier: string, counted: string) => {
    const claim = span(body, text);
    const figureStart = body.indexOf(figure, claim.start);
    return { id, kind: "QUANTITY", ...claim, figureStart, figureEnd: figureStart + figure.length, value, valueMax: null, qualifier, counted };
  };
  return {
    version: 1,
    articles: [
      {
        seed: PORT,
        key: "port",
        outlet: { name: "Calvane Courier", kind: "NEWSPAPER" },
        publishedAt: "2026-02-02",
        bodySha256: sha256Hex(port),
        claims: [
          quantity(port, "union-3000", "The Harbour Workers’ Union said more than 3,000 of its members joined the strike on its first day.", "more than 3,000", 3000, "MORE_THAN", "strikers"),
          quantity(port, "authority-1800", "The port authority put the figure at about 1,800 workers", "about 1,800", 1800, "ABOUT", "strikers"),
          // Labelled wrong on purpose (the text says 40): whatever the engine does, a target is missed.
          quantity(port, "ships-mislabelled", "At least 40 ships were waiting at anchor off the coast by Monday evening", "At least 40", 41, "AT_LEAST", "ships waiting"),
          { id: "director-regrettable", kind: "ATTRIBUTION", ...span(port, "Port director Alec Sorvin called the strike “regrettable”") },
        ],
        furniture: [],
      },
      {
        seed: FLOOD,
        key: "flood",
        outlet: { name: "Valley Wire", kind: "AGENCY" },
        publishedAt: "2026-03-03",
        bodySha256: sha256Hex(flood),
        claims: [
          quantity(flood, "governor-12", "at least 12 people had died when the Tessel burst its banks on Saturday night", "at least 12", 12, "AT_LEAST", "people killed"),
          quantity(flood, "fire-service-20", "said nearly 20 people were killed", "nearly 20", 20, "NEARLY", "people killed"),
          quantity(flood, "residents-4000", "About 4,000 residents spent a third night in schools and sports halls", "About 4,000", 4000, "ABOUT", "people sheltering"),
        ],
        furniture: [],
      },
    ],
    relations: [
      { from: "union-3000", to: "authority-1800", kind: "CONTRADICTS", why: "union and port authority count the strikers differently" },
      { from: "fire-service-20", to: "governor-12", kind: "CONTRADICTS", why: "two officials' tolls" },
    ],
    consistent: [{ a: "residents-4000", b: "governor-12", why: "different things counted" }],
  };
}

describe("npm run eval:assist", () => {
  before(async () => {
    work = await mkdtemp(join(tmpdir(), "claimdesk-eval-"));
    seedsDir = join(work, "seeds");
    await mkdir(seedsDir);
    await copyFile(join(articlesDir, PORT), join(seedsDir, PORT));
    await copyFile(join(articlesDir, FLOOD), join(seedsDir, FLOOD));
    labelsFile = join(work, "labels.json");
    await writeFile(labelsFile, JSON.stringify(await labelsFor()));
  });

  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("reports every labelled claim and pair, and --report-only exits 0 although a target is missed", async () => {
    const out = join(work, "report.json");
    const result = run("--seeds", seedsDir, "--labels", labelsFile, "--report-only", "--out", out);
    assert.equal(result.status, 0, result.stderr + result.stdout);
    const report = JSON.parse(await readFile(out, "utf8")) as Report;
    assert.deepEqual(report.gold, { numeric: 6, statements: 1, pairs: 2, consistent: 1 });
    assert.equal(report.allTargetsMet, false);
    const missedShips = report.misses.numericNotProposed.includes("ships-mislabelled") || report.misses.figureWrong.some((miss) => miss.id === "ships-mislabelled");
    assert.ok(missedShips, "the mislabelled figure is reported as a miss");
    assert.deepEqual(report.pairs.map((pair) => `${pair.from}/${pair.to}`), ["union-3000/authority-1800", "fire-service-20/governor-12"]);
    const linkRecall = report.metrics.linkRecall;
    assert.ok(typeof linkRecall === "object" && linkRecall.total === 2 && linkRecall.found === report.pairs.filter((pair) => pair.inTop5).length);
    assert.match(result.stdout, /MISSED/);
  });

  it("fails, even with --report-only, when the seeds folder is missing", () => {
    const missing = join(work, "no-such-folder");
    const result = run("--seeds", missing, "--labels", labelsFile, "--report-only");
    assert.equal(result.status, 2);
    assert.match(result.stderr, /seed articles are not at/);
    assert.ok(result.stderr.includes(missing));
  });

  it("refuses a seed whose labelled words changed, naming the claim", async () => {
    const changedDir = join(work, "changed");
    await mkdir(changedDir);
    await copyFile(join(seedsDir, PORT), join(changedDir, PORT));
    const flood = await readFile(join(seedsDir, FLOOD), "utf8");
    await writeFile(join(changedDir, FLOOD), flood.replace("nearly 20 people", "nearly 21 people"));
    const result = run("--seeds", changedDir, "--labels", labelsFile, "--report-only");
    assert.equal(result.status, 2);
    assert.match(result.stderr, /tessel-valley-flood\.txt: claim fire-service-20 .* no longer holds the labelled words/);
    assert.doesNotMatch(result.stderr, /claim governor-12/);
  });
});
