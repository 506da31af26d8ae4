import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { POST as createClaimRoute } from "@/app/api/v1/claims/route";
import { extractFromFile } from "@/lib/articles/extract";
import { contentHash } from "@/lib/articles/mutations";
import { db, disconnectDb } from "@/lib/db";
import { bearer, tokenFactory } from "../support/factories";

const root = fileURLToPath(new URL("../..", import.meta.url));
const seedsDir = join(root, "..", "shared", "seeds");
const fixturesDir = join(root, "tests", "fixtures", "articles");
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

const tempDirs: string[] = [];
after(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  await disconnectDb();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "claimdesk-import-"));
  tempDirs.push(dir);
  return dir;
}

function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, [tsxCli, "--conditions=react-server", "scripts/import.ts", ...args], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}

async function articleWithBody(body: string) {
  return db.article.findUnique({ where: { contentHash: contentHash(body) }, include: { outlet: true } });
}

describe("npm run import", () => {
  it("imports .txt, .md and .html files once, keeping the text exactly", async () => {
    const dir = await tempDir();
    const ref = randomUUID().slice(0, 8);
    const outlet = `Harbour Ledger ${ref}`;
    const txt =
      "Marrowby counts the cost of the Tessel flood\n\n" +
      "Regional governor Ilse Varga said \u201Cat least 12\u201D people died \u2014 the fire service\u2019s chief put the toll at nearly\u00A020.\n\n" +
      `Relief lorries reached Lower Fenwick on Monday. (ref ${ref})\n`;
    const md =
      "## Port Calvane strike enters second day\n\n" +
      "The union says *more than 3,000* members stayed out; the port authority says about 1,800.\n\n" +
      `- Gate 4 remains blocked.\n- Talks resume on Wednesday. (ref ${ref})\n`;
    const html =
      `<!doctype html><html><head><title>Ferry service resumes on the Tessel</title><script>track("${ref}")</script></head>` +
      `<body><nav>Home | Regions</nav><h1>Ferry service resumes</h1>` +
      `<p>The first ferry left Marrowby at 06:10 &mdash; two days late &ndash; with &ldquo;about 90&rdquo; passengers.</p>` +
      `<p>Operator&rsquo;s note: timetable&nbsp;B applies. (ref ${ref})</p><footer>\u00A9 Ledger</footer></body></html>`;
    await writeFile(join(dir, "01-flood.txt"), txt);
    await writeFile(join(dir, "02-strike.md"), md);
    await writeFile(join(dir, "03-ferry.html"), html);
    await writeFile(join(dir, "photo.jpg"), "not an article");
    await mkdir(join(dir, "nested"));
    await writeFile(join(dir, "nested", "04-ignored.txt"), `Nested files are not imported (ref ${ref})\n`);

    const first = runImport(dir, "--outlet", outlet, "--outlet-kind", "newspaper");
    assert.equal(first.status, 0, first.output);
    const importedLines = first.stdout.split("\n").filter((line) => line.startsWith("imported "));
    assert.deepEqual(
      importedLines.map((line) => line.replace(/ → .*$/, "")),
      ["imported Marrowby counts the cost of the Tessel flood", "imported Port Calvane strike enters second day", "imported Ferry service resumes on the Tessel"],
    );
    assert.match(first.stdout, /3 imported, 0 already present, 0 skipped/);

    const stored = await db.article.findMany({ where: { outlet: { name: outlet } }, include: { outlet: true }, orderBy: { title: "asc" } });
    assert.equal(stored.length, 3);
    assert.ok(stored.every((article) => article.outlet.kind === "NEWSPAPER" && article.language === "en"));

    const flood = await articleWithBody(txt);
    assert.ok(flood, "the .txt body is stored byte for byte");
    assert.equal(Buffer.compare(Buffer.from(flood.body, "utf8"), await readFile(join(dir, "01-flood.txt"))), 0);
    assert.equal(flood.title, "Marrowby counts the cost of the Tessel flood");

    const strike = await articleWithBody(md);
    assert.equal(strike?.title, "Port Calvane strike enters second day");

    const ferry = await articleWithBody(
      `Ferry service resumes\n\nThe first ferry left Marrowby at 06:10 \u2014 two days late \u2013 with \u201Cabout 90\u201D passengers.\n\nOperator\u2019s note: timetable\u00A0B applies. (ref ${ref})`,
    );
    assert.equal(ferry?.title, "Ferry service resumes on the Tessel");

    const second = runImport(dir, "--outlet", outlet);
    assert.equal(second.status, 0, second.output);
    assert.equal(second.stdout.split("\n").filter((line) => line.startsWith("already present → ")).length, 3);
    assert.match(second.stdout, /0 imported, 3 already present, 0 skipped/);
    assert.equal(await db.article.count({ where: { outlet: { name: outlet } } }), 3);
  });

  it("names the folder as the outlet by default, and normalises CRLF line endings", async () => {
    const parent = await tempDir();
    const ref = randomUUID().slice(0, 8);
    const dir = join(parent, `Calvane Courier ${ref}`);
    await mkdir(dir);
    await writeFile(join(dir, "windows.txt"), `Dock talks stall\r\n\r\nNo agreement was reached. (ref ${ref})\r\n`);
    const result = runImport(dir);
    assert.equal(result.status, 0, result.output);
    const article = await articleWithBody(`Dock talks stall\n\nNo agreement was reached. (ref ${ref})\n`);
    assert.equal(article?.outlet.name, `Calvane Courier ${ref}`);
  });

  it("reports files it cannot import, imports the rest and exits 1", async () => {
    const dir = await tempDir();
    const ref = randomUUID().slice(0, 8);
    await writeFile(join(dir, "a-blank.txt"), "\n   \n");
    await writeFile(join(dir, "b-latin1.txt"), Buffer.from(`Caf\u00E9 reopens in Marrowby (ref ${ref})\n`, "latin1"));
    await writeFile(join(dir, "c-good.md"), `# Harbour reopens\n\nShips moved again on Tuesday. (ref ${ref})\n`);
    const result = runImport(dir, "--outlet", `Skips ${ref}`);
    assert.equal(result.status, 1, result.output);
    assert.match(result.stdout, /^skipped a-blank\.txt: .+/m);
    assert.match(result.stdout, /^skipped b-latin1\.txt: .*UTF-8/m);
    assert.match(result.stdout, /^imported Harbour reopens → [0-9a-f-]{36}$/m);
    assert.match(result.stdout, /1 imported, 0 already present, 2 skipped/);
  });

  it("explains usage mistakes and exits 2", async () => {
    const dir = await tempDir();
    const noFolder = runImport();
    assert.equal(noFolder.status, 2);
    assert.match(noFolder.stderr, /Name the folder to import[\s\S]*Usage: npm run import/);
    const badKind = runImport(dir, "--outlet-kind", "tabloid");
    assert.equal(badKind.status, 2);
    assert.match(badKind.stderr, /--outlet-kind must be one of AGENCY, NEWSPAPER/);
    const missing = runImport(join(dir, "does-not-exist"));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /No folder at/);
  });

  it("imports the project's own fixture articles", async () => {
    const result = runImport(fixturesDir, "--outlet", "Fixture Wire", "--outlet-kind", "agency");
    assert.equal(result.status, 0, result.output);
    const names = (await readdir(fixturesDir)).filter((name) => name.endsWith(".txt")).sort();
    assert.equal(names.length, 2);
    for (const name of names) {
      const text = await readFile(join(fixturesDir, name), "utf8");
      const article = await articleWithBody(text);
      assert.ok(article, `${name} is stored exactly as written`);
      assert.equal(article.title, text.split("\n")[0]);
    }
  });
});

/** Spans around the typography that offsets most easily get wrong, as JavaScript string indices. */
function seedSpans(body: string): { start: number; end: number; mark: string }[] {
  const spans: { start: number; end: number; mark: string }[] = [];
  for (const mark of ["\u201C", "\u201D", "\u2019", "\u2014", "\u00A0"]) {
    const indices = [body.indexOf(mark), body.lastIndexOf(mark)].filter((index) => index >= 0);
    for (const index of new Set(indices)) {
      spans.push({ start: Math.max(0, index - 24), end: Math.min(body.length, index + 25), mark });
      // A span that starts or ends on the character itself.
      spans.push({ start: index, end: Math.min(body.length, index + 12), mark });
      spans.push({ start: Math.max(0, index - 12), end: index + 1, mark });
    }
  }
  return spans;
}

describe("seed spans", () => {
  it("imports ../shared/seeds and every span round-trips from the database", async (t) => {
    if (!existsSync(seedsDir)) {
      // In CI the corpus is part of the checkout, so its absence is a broken set-up, not a reason
      // to pass quietly; on a developer's machine without it the test is skipped and says so.
      if (process.env.CI) assert.fail(`${seedsDir} is missing: CI must provide the seed corpus next to the repository`);
      t.skip("../shared/seeds not present");
      return;
    }
    const names = (await readdir(seedsDir)).filter((name) => /\.(txt|md|html?)$/i.test(name)).sort();
    assert.equal(names.length, 5, "the seed corpus has five articles");

    const result = runImport(seedsDir, "--outlet", "Seed corpus");
    assert.equal(result.status, 0, result.output);
    const summary = /(\d+) imported, (\d+) already present, 0 skipped/.exec(result.stdout);
    assert.ok(summary, result.output);
    assert.equal(Number(summary[1]) + Number(summary[2]), 5);
    if (Number(summary[1]) === 5) assert.equal(await db.article.count({ where: { outlet: { name: "Seed corpus" } } }), 5);

    const { secret: editorToken } = await tokenFactory("EDITOR");
    const marksSeen = new Set<string>();
    const ids = new Set<string>();
    for (const name of names) {
      const text = await readFile(join(seedsDir, name), "utf8");
      const { body } = extractFromFile(name, text);
      if (name.endsWith(".txt") && !/^\uFEFF|\r/.test(text)) assert.equal(body, text, `${name}: plain text is kept exactly`);
      const imported = await articleWithBody(body);
      assert.ok(imported, `${name} was imported`);
      ids.add(imported.id);

      // Read back on its own, as a claim would be checked against it later.
      const { body: stored } = await db.article.findUniqueOrThrow({ where: { id: imported.id }, select: { body: true } });
      assert.equal(stored.length, body.length, `${name}: same length in UTF-16 code units`);
      const spans = seedSpans(body);
      assert.ok(spans.length > 0, `${name} has curly quotes, dashes or non-breaking spaces`);
      for (const { start, end, mark } of spans) {
        const quote = body.slice(start, end);
        assert.ok(quote.includes(mark));
        assert.equal(stored.slice(start, end), quote, `${name} [${start}, ${end}) around U+${mark.codePointAt(0)?.toString(16).toUpperCase()}`);
        marksSeen.add(mark);
        // A claim at exactly this span goes through the API's own checks and keeps the typography.
        const response = await createClaimRoute(
          bearer(editorToken, "/api/v1/claims", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ articleId: imported.id, start, end, quote, kind: "OTHER" }) }),
          {} as never,
        );
        assert.equal(response.status, 201, `${name} claim at [${start}, ${end})`);
        const claim = (await response.json()) as { id: string; quote: string };
        assert.equal(claim.quote, quote);
        const saved = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { quote: true, start: true, end: true } });
        assert.equal(stored.slice(saved.start, saved.end), saved.quote);
      }
    }
    assert.equal(ids.size, 5, "five distinct articles");
    for (const mark of ["\u201C", "\u2019", "\u2014", "\u00A0"]) assert.ok(marksSeen.has(mark), `the corpus exercises U+${mark.codePointAt(0)?.toString(16)}`);
  });
});
