// `npm run bench -- --claims 1000000 --out bench.json [--keep] [--requests 30] [--concurrency 10]`
//
// Our own load benchmark: builds a database of the requested size with set-based SQL (no row-by-row
// inserts), starts the production build against it, and times every hot page and API read warm,
// sequentially and 10-way concurrent, next to the bare SQL of the same query; then exports every
// claim as CSV while sampling the server's resident memory. See docs/decisions/011.
//
// The database is named after the scale (claimdesk_bench_<claims>) on TEST_DATABASE_URL's or
// DATABASE_URL's server, or on an embedded PostgreSQL. Without --keep it is dropped at the end;
// with --keep an existing one of that size is reused and left in place.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { FACTS_ENGINE_VERSION } from "@/lib/assist/claim-facts";
import { subjectKeyOfText } from "@/lib/assist/facts";
import { hashPassword } from "@/lib/auth/password";
import { applyMigrations } from "@/lib/migrations/schema-engine";
import { SERVER_NODE_FLAGS, serverProcessEnv } from "@/lib/server/process-settings";
import { freePort, startEmbeddedPostgres } from "@/lib/testing/postgres";
import { displayPrefix, generateTokenSecret, hashTokenSecret } from "@/lib/tokens/secret";
import { ensureBuilt, SERVER_ENTRY } from "./build";

/**
 * Typed subjects of the generated claims: "<stem> <n>". The SQL writes each claim's subject key as
 * 's:' || lower(subject), which is what the engine gives a subject that names no toll or counted
 * class; checked below, so the compare page (which groups by key) finds the groups the bench reports.
 */
const BENCH_SUBJECT_STEM = "Grain corridor dispute";
if (subjectKeyOfText(`${BENCH_SUBJECT_STEM} 17`) !== `s:${BENCH_SUBJECT_STEM.toLowerCase()} 17`) {
  throw new Error(`The bench's subject key expression no longer matches the engine's key for "${BENCH_SUBJECT_STEM} 17".`);
}

const ROOT = process.cwd();
const { values: options } = parseArgs({
  options: {
    claims: { type: "string", default: "1000000" },
    out: { type: "string", default: "bench.json" },
    keep: { type: "boolean", default: false },
    requests: { type: "string", default: "30" },
    concurrency: { type: "string", default: "10" },
    "export-timeout": { type: "string", default: "900" },
    // Serve the existing .next as it is (e.g. a copy of an older build, for a before/after comparison).
    "skip-build": { type: "boolean", default: false },
    // Only the export (with the server freshly started): for iterating on the export alone.
    "export-only": { type: "boolean", default: false },
    // Fail the run when the server's RSS reaches this many MB during the export (the smoke test's
    // check of the memory budget; the server's size after its page runs barely depends on scale).
    "max-peak-rss-mb": { type: "string" },
  },
});
const CLAIMS = Number(options.claims);
const REQUESTS = Number(options.requests);
const CONCURRENCY = Number(options.concurrency);
// Each of the CONCURRENCY clients sends this many requests in the concurrent run: 50 samples at the
// default, so its p95 rests on a few requests rather than on the slowest two of 30.
const CONCURRENT_ROUNDS = 5;
const WARM_REQUESTS = 3;
/** Requests `measure` sends for one item: the warm-up, the sequential run and the concurrent one. */
const REQUESTS_PER_MEASURE = WARM_REQUESTS + CONCURRENCY + REQUESTS + CONCURRENCY * CONCURRENT_ROUNDS;
const EXPORT_TIMEOUT_S = Number(options["export-timeout"]);
const MAX_PEAK_RSS_MB = options["max-peak-rss-mb"] === undefined ? undefined : Number(options["max-peak-rss-mb"]);
if (MAX_PEAK_RSS_MB !== undefined && !(MAX_PEAK_RSS_MB > 0)) throw new Error("--max-peak-rss-mb must be a positive number.");
if (!Number.isInteger(CLAIMS) || CLAIMS < 1000) throw new Error("--claims must be a whole number of at least 1000.");
if (!Number.isInteger(REQUESTS) || REQUESTS < 1 || !Number.isInteger(CONCURRENCY) || CONCURRENCY < 1) throw new Error("--requests and --concurrency must be positive whole numbers.");

// Proportions of the reference installation: per million claims.
const ARTICLES = Math.max(100, Math.ceil(CLAIMS / 10));
const LINKS = CLAIMS;
const SUBJECTS = Math.max(50, Math.round((5000 * CLAIMS) / 1_000_000));
const SPEAKERS = Math.max(100, Math.round((20000 * CLAIMS) / 1_000_000));
const SOURCES = Math.round(CLAIMS / 5);
const OUTLETS = 200;
const RARE_WORD = "quillfeather";
const PASSWORD = `bench-${randomBytes(6).toString("hex")}`;
const EMAIL = "bench-admin@claimdesk.test";

const DATABASE_NAME = `claimdesk_bench_${CLAIMS}`;

type Measure = { name: string; path: string; page: boolean; sql: string; sqlParams: unknown[] };
type Result = { name: string; p50_ms: number; p95_ms: number; conc_p95_ms: number; sql_ms: number; errors: number };

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}
const round = (value: number) => Math.round(value * 10) / 10;

async function serverDatabase(): Promise<{ adminUrl: string; url: string; stop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (base) {
    const admin = new URL(base);
    const url = new URL(base);
    url.pathname = `/${DATABASE_NAME}`;
    return { adminUrl: admin.toString(), url: url.toString(), stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: join(ROOT, ".data", "bench-postgres"), persistent: true });
  return { adminUrl: embedded.adminUrl(), url: embedded.adminUrl(DATABASE_NAME), stop: embedded.stop };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Secondary indexes are dropped during the load and rebuilt after it: one sort per index instead of a million inserts into each. */
const ID_FUNCTION = `CREATE FUNCTION pg_temp.id(seed text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
    $$ SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid FROM md5(seed) h $$`;
/** An article's search vector from its paragraphs' (see the articles step). */
const TSVECTOR_AGG = `CREATE AGGREGATE pg_temp.tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')`;
/** Sessions that split the largest inserts between them: one statement uses one core. */
const LOAD_SESSIONS = Math.max(1, Math.min(4, availableParallelism()));

async function generateData(client: pg.Client, url: string): Promise<void> {
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    await client.query(sql, params);
    console.log(`  ${label.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  /** `sqlFor(from, to)` for consecutive slices of 1..total, run at once on LOAD_SESSIONS sessions of their own. */
  const parallelStep = async (label: string, total: number, sqlFor: (from: number, to: number) => string) => {
    const started = performance.now();
    const slice = Math.ceil(total / LOAD_SESSIONS);
    await Promise.all(
      Array.from({ length: LOAD_SESSIONS }, (_, index) =>
        withClient(url, async (session) => {
          await session.query("SET synchronous_commit = off");
          await session.query("SET jit = off");
          await session.query(ID_FUNCTION);
          await session.query(TSVECTOR_AGG);
          await session.query(sqlFor(index * slice + 1, Math.min(total, (index + 1) * slice)));
        }),
      ),
    );
    console.log(`  ${`${label} (${LOAD_SESSIONS} sessions)`.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(`
    SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
    JOIN pg_class c ON c.relname = i.indexname
    JOIN pg_index x ON x.indexrelid = c.oid
    WHERE i.schemaname = current_schema() AND NOT x.indisprimary AND NOT x.indisunique
      AND i.tablename IN ('Article', 'Claim', 'ClaimLink', 'AuditEvent', 'Source', 'Comment', 'Assignment', 'Actor', 'ActorAlias')`);
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  await client.query("SET synchronous_commit = off");
  // The load's statements are costed in the millions: PostgreSQL would spend seconds compiling
  // each with JIT, for work that is a simple loop per row.
  await client.query("SET jit = off");
  // Deterministic ids (so links and audit rows can name claims without a lookup), shaped as UUIDv4:
  // the API's id parser checks the version and variant digits.
  await client.query(ID_FUNCTION);
  await client.query("SET maintenance_work_mem = '256MB'");

  const users = `(SELECT array_agg(id ORDER BY email) FROM "User")`;
  await step("users", `
    INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
    SELECT pg_temp.id('user' || n), 'bench-editor-' || n || '@claimdesk.test', 'Bench Editor ' || n, 'x', (ARRAY['EDITOR','REVIEWER']::"Role"[])[1 + n % 2], now()
    FROM generate_series(1, 40) n`);
  await step("outlets", `
    INSERT INTO "Outlet" (id, name, domain, kind, "updatedAt")
    SELECT pg_temp.id('outlet' || n), 'Outlet ' || n || ' Gazette', 'outlet' || n || '.example', (enum_range(NULL::"OutletKind"))[1 + n % 6], now()
    FROM generate_series(1, ${OUTLETS}) n`);
  // A vocabulary of pronounceable words, paragraphs made of it, and bodies made of paragraphs:
  // 3–7 KB of plain ASCII each (so PostgreSQL's character offsets equal JavaScript's UTF-16 ones).
  // Unlogged tables rather than temporary ones, so that every load session reads them; dropped
  // once the load is done.
  await step("vocabulary and paragraphs", `
    DROP TABLE IF EXISTS bench_word, bench_paragraph;
    CREATE UNLOGGED TABLE bench_word AS
      SELECT n, (ARRAY['ka','lo','mi','ren','sa','tor','vel','dan','pre','sto','mar','quin','bel','dor','fa','gri'])[1 + n % 16]
             || (ARRAY['ta','ron','ve','li','mos','dra','ne','kas','por','vin'])[1 + (n / 16) % 10]
             || (ARRAY['','s','l','n','ra','to','de','mi'])[1 + (n / 160) % 8] AS word
      FROM generate_series(0, 1279) n;
    CREATE UNLOGGED TABLE bench_paragraph AS
      SELECT p, (SELECT string_agg(w.word, ' ' ORDER BY g) FROM generate_series(1, 70 + p % 40) g JOIN bench_word w ON w.n = (p * 7919 + g * 104729) % 1280)
             || ', officials said ' || (p % 900 + 12) || ' people were affected. ' AS text
      FROM generate_series(0, 1999) p;
    -- Looked up by number once per article and speaker: without keys each lookup scanned the table
    -- (2.5 s per 2,000 articles against 27 ms with them).
    ALTER TABLE bench_word ADD PRIMARY KEY (n);
    ALTER TABLE bench_paragraph ADD PRIMARY KEY (p);
    -- Each paragraph's search vector, computed once: an article's vector is its title's followed by
    -- its paragraphs' (tsvector || shifts the right side's positions past the left's, which is
    -- exactly where to_tsvector over the joined text puts them, since every paragraph ends in a
    -- word that is not a stop word). Measured on a busy 2-core machine: the search trigger parses
    -- a 3-7 KB body in about 2.2 ms, concatenating its paragraphs' vectors takes about 1.3 ms.
    -- The vectors built here are checked against the trigger's own function below.
    ALTER TABLE bench_paragraph ADD COLUMN vector tsvector;
    UPDATE bench_paragraph SET vector = setweight(to_tsvector('claimdesk_search', text), 'D');
    ANALYZE bench_word;
    ANALYZE bench_paragraph`);
  await client.query(`ALTER TABLE "Article" DISABLE TRIGGER "Article_searchVector_update"`);
  await parallelStep(`articles (${ARTICLES})`, ARTICLES, (from, to) => `
    INSERT INTO "Article" (id, "outletId", title, url, author, "publishedAt", body, "searchVector", "contentHash", "importedById", "createdAt", "updatedAt")
    SELECT pg_temp.id('article' || a.n), pg_temp.id('outlet' || (1 + a.n % ${OUTLETS})),
           h.title,
           'https://outlet' || (1 + a.n % ${OUTLETS}) || '.example/story/' || a.n, 'Author ' || (a.n % 700),
           timestamp '2024-01-01' + (a.n * (730.0 / ${ARTICLES})) * interval '1 day', b.body, t.vector || b.vector, md5(b.body || a.n),
           (${users})[1 + a.n % 40], timestamp '2024-01-01' + (a.n * (730.0 / ${ARTICLES})) * interval '1 day', now()
    FROM generate_series(${from}, ${to}) a(n)
    CROSS JOIN LATERAL (
      SELECT 'Report ' || a.n || ' on ' || (SELECT word FROM bench_word WHERE n = a.n % 1280) || CASE WHEN a.n % 20000 = 7 THEN ' ${RARE_WORD}' ELSE '' END AS title
    ) h
    CROSS JOIN LATERAL (
      SELECT string_agg(p.text, '' ORDER BY k) AS body, pg_temp.tsvector_agg(p.vector ORDER BY k) AS vector
      FROM generate_series(1, 6 + a.n % 6) k JOIN bench_paragraph p ON p.p = (a.n * 31 + k * 977) % 2000
    ) b
    CROSS JOIN LATERAL (SELECT setweight(to_tsvector('claimdesk_search', h.title), 'A') AS vector) t`);
  await client.query(`ALTER TABLE "Article" ENABLE TRIGGER "Article_searchVector_update"`);
  const { rows: mismatched } = await client.query(`
    SELECT count(*)::int AS n FROM (SELECT title, body, "searchVector" FROM "Article" TABLESAMPLE SYSTEM (1) LIMIT 200) a
    WHERE a."searchVector" IS DISTINCT FROM claimdesk_article_search_vector(a.title, a.body)`);
  if (mismatched[0].n !== 0) throw new Error(`${mismatched[0].n} sampled articles have a search vector other than the search trigger's.`);
  await step(`speakers (${SPEAKERS})`, `
    INSERT INTO "Actor" (id, name, kind, "updatedAt")
    SELECT pg_temp.id('actor' || n), 'Speaker ' || n || ' ' || (SELECT word FROM bench_word WHERE bench_word.n = s.n % 1280), (ARRAY['PERSON','ORGANISATION']::"ActorKind"[])[1 + n % 2], now()
    FROM generate_series(1, ${SPEAKERS}) s(n);
    INSERT INTO "ActorAlias" (id, "actorId", alias, normalized)
    SELECT pg_temp.id('alias' || n), pg_temp.id('actor' || n), name, lower(name) FROM "Actor" JOIN generate_series(1, ${SPEAKERS}) n ON id = pg_temp.id('actor' || n)`);
  // Ten claims per article at valid offsets (the quote is the body slice); subjects and speakers
  // drawn with a Zipf-like skew (u^2.6 puts ~3.8% of claims with a subject on the largest one).
  // The compare page's per-subject counts are kept by a trigger; for a bulk load one rebuild is cheaper.
  await client.query(`ALTER TABLE "Claim" DISABLE TRIGGER "Claim_subject_stats_insert"`);
  await parallelStep(`claims (${CLAIMS})`, CLAIMS, (from, to) => `
    INSERT INTO "Claim" (id, "articleId", start, "end", quote, prefix, suffix, kind, subject, "speakerId", value, "valueMax", qualifier, unit, note, status,
                         "createdById", "updatedById", "createdAt", "updatedAt", "subjectKey", "factsVersion", facts)
    SELECT pg_temp.id('claim' || c.n), pg_temp.id('article' || c.article), c.start, c.start + c.len,
           substr(a.body, c.start + 1, c.len), substr(a.body, greatest(1, c.start - 31), least(32, c.start)), substr(a.body, c.start + c.len + 1, 32),
           (enum_range(NULL::"ClaimKind"))[1 + c.n % 5],
           t.subject,
           CASE WHEN c.n % 10 < 7 THEN pg_temp.id('actor' || (1 + floor(${SPEAKERS - 1} * power(random(), 2)))::int) END,
           CASE WHEN c.n % 5 = 0 THEN (c.n % 997) * 10 END,
           CASE WHEN c.n % 5 = 0 AND c.n % 3 = 0 THEN (c.n % 997) * 10 + 50 END,
           CASE WHEN c.n % 5 = 0 THEN (enum_range(NULL::"Qualifier"))[1 + c.n % 9] END,
           CASE WHEN c.n % 5 = 0 THEN 'people' END,
           CASE WHEN c.n % 100000 = 3 THEN 'Checked against the ${RARE_WORD} ledger' WHEN c.n % 4 = 0 THEN 'Needs a second source' END,
           (enum_range(NULL::"ClaimStatus"))[1 + (c.n * 13) % 7],
           (${users})[1 + c.n % 40], (${users})[1 + (c.n / 3) % 40],
           timestamp '2024-01-01' + ((c.n / 3) * (730.0 / ${CLAIMS} * 3)) * interval '1 day',
           timestamp '2024-01-01' + ((c.n / 3) * (730.0 / ${CLAIMS} * 3)) * interval '1 day',
           -- Derived facts as the engine stores them for a claim of a typed subject (its own key, so the
           -- largest subject is also the largest group suggestions look up), in the JSON shape of
           -- lib/assist/stored.ts; written here because running the engine on a million claims is slow.
           t.key, ${FACTS_ENGINE_VERSION},
           jsonb_build_object('value', NULL, 'valueMax', NULL, 'qualifier', NULL, 'unit', 'people', 'measure', 'killed', 'counted', 'people',
             'group', NULL, 'speaker', NULL, 'place', NULL, 'incident', false, 'period', NULL, 'total', false, 'part', false,
             'event', NULL, 'actor', NULL, 'subject', t.subject, 'subjectKey', t.key, 'derived', '[]'::jsonb)
    FROM (SELECT n, 1 + (n - 1) / 10 AS article, ((n - 1) % 10) * 250 + (n % 37) AS start, 40 + n % 80 AS len FROM generate_series(${from}, ${to}) n) c
    JOIN "Article" a ON a.id = pg_temp.id('article' || c.article)
    -- "+ c.n * 0" ties the subquery to its row, so each claim draws its own subject.
    CROSS JOIN LATERAL (SELECT CASE WHEN c.n % 7 = 0 THEN NULL ELSE '${BENCH_SUBJECT_STEM} ' || (1 + floor(${SUBJECTS - 1} * power(random() + c.n * 0, 2.6)))::int END AS subject) s
    CROSS JOIN LATERAL (SELECT s.subject, CASE WHEN s.subject IS NULL THEN NULL ELSE 's:' || lower(s.subject) END AS key) t`);
  await client.query(`ALTER TABLE "Claim" ENABLE TRIGGER "Claim_subject_stats_insert"`);
  await step("subject statistics", "SELECT claimdesk_subject_stats_rebuild()");
  // Five proposed claims per article, read back by GET /articles/{id}/candidates.
  await parallelStep(`candidates (${ARTICLES * 5})`, ARTICLES, (from, to) => `
    INSERT INTO "ClaimCandidate" (id, "articleId", start, "end", quote, kind, value, qualifier, unit, score, reason)
    SELECT pg_temp.id('candidate' || a.n || '-' || k), pg_temp.id('article' || a.n), 2600 + k * 60, 2640 + k * 60,
           substr(b.body, 2601 + k * 60, 40), 'QUANTITY', k * 10, 'AT_LEAST', 'people', 0.8, 'a death toll: at least ' || (k * 10) || ' people'
    FROM generate_series(${from}, ${to}) a(n)
    CROSS JOIN generate_series(0, 4) k
    JOIN "Article" b ON b.id = pg_temp.id('article' || a.n)
    ON CONFLICT DO NOTHING`);
  // Each claim's link summary (what the CSV export reads) is kept by a trigger; one rebuild is cheaper here too.
  await client.query(`ALTER TABLE "ClaimLink" DISABLE TRIGGER "ClaimLink_summary_insert"`);
  await step(`links (${LINKS})`, `
    INSERT INTO "ClaimLink" (id, "fromClaimId", "toClaimId", kind, "createdById", "createdAt")
    SELECT pg_temp.id('link' || i),
           CASE WHEN k IN ('CONTRADICTS','DUPLICATE') THEN least(x, y) ELSE x END,
           CASE WHEN k IN ('CONTRADICTS','DUPLICATE') THEN greatest(x, y) ELSE y END,
           k, (${users})[1 + i % 40], timestamp '2024-01-01' + (i * (730.0 / ${LINKS})) * interval '1 day'
    FROM (SELECT i, pg_temp.id('claim' || (1 + i % ${CLAIMS})) AS x, pg_temp.id('claim' || (1 + (i * 7919 + 104729) % ${CLAIMS})) AS y,
                 (enum_range(NULL::"LinkKind"))[1 + (i / 7) % 4] AS k FROM generate_series(1, ${LINKS}::bigint) i) l
    WHERE x <> y
    ON CONFLICT DO NOTHING`);
  await client.query(`ALTER TABLE "ClaimLink" ENABLE TRIGGER "ClaimLink_summary_insert"`);
  await step("link summaries", "SELECT claimdesk_claim_link_summary_rebuild()");
  await step(`sources (${SOURCES})`, `
    INSERT INTO "Source" (id, "claimId", url, title, publisher, kind, "createdById", "createdAt", "updatedAt")
    SELECT pg_temp.id('source' || n), pg_temp.id('claim' || (1 + (n * 5) % ${CLAIMS})), 'https://data.example/record/' || n, 'Record ' || n, 'Statistics office',
           (enum_range(NULL::"SourceKind"))[1 + n % 5], (${users})[1 + n % 40], now(), now()
    FROM generate_series(1, ${SOURCES}) n`);
  await step("assignments and comments", `
    INSERT INTO "Assignment" (id, "claimId", "assigneeId", "assignedById", "createdAt")
    SELECT pg_temp.id('assignment' || n), pg_temp.id('claim' || (1 + (n * 11) % ${CLAIMS})), (${users})[1 + n % 40], (${users})[1 + (n + 1) % 40], now()
    FROM generate_series(1, ${Math.round(CLAIMS / 20)}) n ON CONFLICT DO NOTHING;
    INSERT INTO "Comment" (id, "claimId", "authorId", body, "createdAt")
    SELECT pg_temp.id('comment' || n), pg_temp.id('claim' || (1 + (n * 13) % ${CLAIMS})), (${users})[1 + n % 40], 'Checked the figure against the release, see note ' || n, now()
    FROM generate_series(1, ${Math.round(CLAIMS / 10)}) n`);
  // Two audit events per claim, as in a real installation: its creation, and the links made to it
  // (recorded, as the app records them, under the claim that made the link).
  await step(`audit events (${CLAIMS * 2})`, `
    INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "claimId", after, "createdAt")
    SELECT "createdById", 'claim.create', 'Claim', id::text, id, jsonb_build_object('status', status, 'subject', subject), "createdAt" FROM "Claim";
    INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "claimId", "relatedClaimId", after, "createdAt")
    SELECT "createdById", 'link.create', 'ClaimLink', id::text, "fromClaimId", "toClaimId", jsonb_build_object('fromClaimId', "fromClaimId", 'toClaimId', "toClaimId", 'kind', kind), "createdAt" FROM "ClaimLink"`);
  for (const index of indexes) await step(`index ${index.name}`, index.definition);
  await client.query("DROP TABLE bench_word, bench_paragraph");
  await step("vacuum analyze", "VACUUM ANALYZE");
  await client.query("CREATE TABLE IF NOT EXISTS bench_meta (claims int PRIMARY KEY)");
  await client.query("INSERT INTO bench_meta VALUES ($1) ON CONFLICT DO NOTHING", [CLAIMS]);
}

async function prepareDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = await serverDatabase();
  const exists = await withClient(server.adminUrl, async (client) => (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME])).rowCount === 1);
  let reuse = false;
  if (exists && options.keep) {
    reuse = await withClient(server.url, async (client) => {
      const result = await client.query("SELECT claims FROM bench_meta").catch(() => null);
      return result?.rows[0]?.claims === CLAIMS;
    });
  }
  if (!reuse) {
    await withClient(server.adminUrl, async (client) => {
      if (exists) await client.query(`DROP DATABASE "${DATABASE_NAME}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${DATABASE_NAME}"`);
    });
  }
  const { applied } = await applyMigrations(server.url, { migrationsDir: join(ROOT, "prisma", "migrations") });
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  if (reuse) {
    console.log(`Reusing ${DATABASE_NAME} (--keep).`);
  } else {
    console.log(`Generating ${CLAIMS} claims in ${DATABASE_NAME}…`);
    const started = performance.now();
    await withClient(server.url, (client) => generateData(client, server.url));
    console.log(`Data generated in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  }
  return {
    url: server.url,
    drop: async () => {
      if (!options.keep) await withClient(server.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${DATABASE_NAME}" WITH (FORCE)`));
      await server.stop();
    },
  };
}

async function createBenchUser(client: pg.Client): Promise<{ token: string; userId: string }> {
  const passwordHash = await hashPassword(PASSWORD);
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES (gen_random_uuid(), $1, 'Bench Admin', $2, 'ADMIN', now())
     ON CONFLICT (email) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", "deactivatedAt" = NULL RETURNING id`,
    [EMAIL, passwordHash],
  );
  const userId = rows[0]!.id;
  const token = generateTokenSecret();
  await client.query(`INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix) VALUES (gen_random_uuid(), $1, 'bench', $2, $3)`, [userId, hashTokenSecret(token), displayPrefix(token)]);
  await client.query(`DELETE FROM "LoginAttempt"`);
  return { token, userId };
}

/** Scale figures and the ids the measured requests use. */
async function describeData(client: pg.Client) {
  const count = async (table: string) => Number((await client.query(`SELECT count(*)::bigint AS n FROM "${table}"`)).rows[0].n);
  const largest = (await client.query<{ subject: string; n: string }>(`SELECT subject, count(*) AS n FROM "Claim" WHERE subject IS NOT NULL GROUP BY subject ORDER BY count(*) DESC LIMIT 1`)).rows[0]!;
  // A claim with links and history, on a busy subject: the claim page's worst ordinary case.
  const claim = (await client.query<{ id: string; articleId: string }>(`
    SELECT c.id, c."articleId" FROM "Claim" c WHERE c.subject = $1 AND EXISTS (SELECT 1 FROM "ClaimLink" l WHERE l."toClaimId" = c.id) ORDER BY c.id LIMIT 1`, [largest.subject])).rows[0]!;
  return {
    scale: {
      articles: await count("Article"),
      claims: await count("Claim"),
      links: await count("ClaimLink"),
      auditEvents: await count("AuditEvent"),
      largestSubjectClaims: Number(largest.n),
    },
    largestSubject: largest.subject,
    claimId: claim.id,
    articleId: claim.articleId,
  };
}

function rssOfTree(pid: number): number {
  // The server may run its work in child processes; count them all.
  const visit = (id: number): number => {
    let total = 0;
    try {
      const status = readFileSync(`/proc/${id}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readFileSync(`/proc/${id}/task/${id}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) total += visit(Number(task));
    } catch {
      // the process ended between the listing and the read
    }
    return total;
  };
  return visit(pid);
}

async function startServer(databaseUrl: string): Promise<{ baseUrl: string; child: ChildProcess; log: string[] }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: "bench-secret-not-for-production", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  if (!options["skip-build"]) await ensureBuilt(ROOT, env);
  // The production server as `npm start` and the Docker image run it (its request logging, V8 flags
  // and malloc settings included), so what is measured is what runs.
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(ROOT, SERVER_ENTRY)], { env: serverProcessEnv({ ...env, PORT: String(port), HOST: "127.0.0.1" }), stdio: ["ignore", "pipe", "pipe"] });
  const log: string[] = [];
  const collect = (chunk: Buffer) => log.push(...chunk.toString("utf8").split("\n").filter(Boolean));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`The app exited during start-up:\n${log.join("\n")}`);
    try {
      const response = await fetch(`${baseUrl}/login`);
      if (response.status < 500) return { baseUrl, child, log };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error("The app did not start within two minutes.");
}

/** Credentials sign-in through next-auth, as the login form does; returns the session cookie header. */
async function signIn(baseUrl: string): Promise<string> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const login = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken, callbackUrl: `${baseUrl}/articles`, json: "true" }),
  });
  keep(login);
  if (![...cookies.keys()].some((name) => name.includes("session-token"))) throw new Error(`Sign-in failed (status ${login.status}): ${(await login.text()).slice(0, 300)}`);
  return header();
}

/** A server that has only just started may refuse the first sign-in; one more try is cheap. */
async function signInWithRetry(baseUrl: string): Promise<string> {
  try {
    return await signIn(baseUrl);
  } catch (error) {
    console.warn(`${(error as Error).message}; trying again.`);
    await sleep(2000);
    return signIn(baseUrl);
  }
}

// The load generator shares the server's two cores, so it must cost as little as it can: plain
// HTTP/1.1 on kept-alive connections (one per concurrent client), and the body counted as it arrives
// but not decompressed. It asks for gzip as a browser does, so the server compresses as it would
// for one; inflating the answer is the browser's work, not the server's. Measured at 1M claims on
// GET /api/v1/claims/{id}: 1.3 ms of the generator's CPU per request, against 4.5 ms with fetch().
const loadAgent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function timedRequest(url: string, headers: Record<string, string>): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const done = (ok: boolean) => ({ ms: performance.now() - started, ok });
  return new Promise((resolve) => {
    const request = http.get(url, { agent: loadAgent, headers: { ...headers, "accept-encoding": "gzip" } }, (response) => {
      response.on("data", () => undefined);
      response.on("end", () => resolve(done((response.statusCode ?? 500) < 400)));
      response.on("error", () => resolve(done(false)));
    });
    request.on("error", () => resolve(done(false)));
  });
}

async function measure(baseUrl: string, item: Measure, headers: Record<string, string>, client: pg.Client): Promise<Result> {
  const url = `${baseUrl}${item.path}`;
  let errors = 0;
  // Warm: a few requests one by one, then one concurrent round, so the pool's extra database
  // connections are open before anything is timed (opening them belongs to start-up, not to a
  // request under steady load).
  for (let warm = 0; warm < WARM_REQUESTS; warm++) await timedRequest(url, headers);
  await Promise.all(Array.from({ length: CONCURRENCY }, () => timedRequest(url, headers)));
  const sequential: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const { ms, ok } = await timedRequest(url, headers);
    sequential.push(ms);
    if (!ok) errors++;
  }
  const concurrent: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = 0; i < CONCURRENT_ROUNDS; i++) {
        const { ms, ok } = await timedRequest(url, headers);
        concurrent.push(ms);
        if (!ok) errors++;
      }
    }),
  );
  const sqlTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await client.query(item.sql, item.sqlParams);
    sqlTimes.push(performance.now() - started);
  }
  sequential.sort((a, b) => a - b);
  concurrent.sort((a, b) => a - b);
  sqlTimes.sort((a, b) => a - b);
  return { name: item.name, p50_ms: round(quantile(sequential, 0.5)), p95_ms: round(quantile(sequential, 0.95)), conc_p95_ms: round(quantile(concurrent, 0.95)), sql_ms: round(quantile(sqlTimes, 0.5)), errors };
}

async function measureExport(baseUrl: string, token: string, pid: number) {
  let peakRss = rssOfTree(pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOfTree(pid))), 200);
  const started = performance.now();
  let records = 0;
  let inQuotes = false;
  const startRss = rssOfTree(pid);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), EXPORT_TIMEOUT_S * 1000);
  let completed = false;
  try {
    const response = await fetch(`${baseUrl}/api/v1/export?format=csv`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
    const reader = response.body.getReader();
    // Records end at a CRLF outside quotes (RFC 4180); a doubled quote toggles twice, harmlessly.
    // Scanned as bytes (", CR and LF are single bytes in UTF-8 and never part of a longer
    // character), so the client's counting costs little next to the server it measures.
    const QUOTE = 0x22;
    const CR = 0x0d;
    const LF = 0x0a;
    let previousByte = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      const chunk = next.value;
      for (let index = 0; index < chunk.length; index++) {
        const byte = chunk[index]!;
        if (byte === QUOTE) inQuotes = !inQuotes;
        else if (byte === LF && previousByte === CR && !inQuotes) records++;
        previousByte = byte;
      }
    }
    completed = true;
  } catch (error) {
    console.error(`Export stopped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = Math.max(0, records - 1);
  return { format: "csv", rows, seconds: round(seconds), rows_per_s: Math.round(rows / seconds), peak_rss_mb: Math.round(peakRss / 1048576), start_rss_mb: Math.round(startRss / 1048576), completed };
}

function measures(data: Awaited<ReturnType<typeof describeData>>): Measure[] {
  const subject = encodeURIComponent(data.largestSubject);
  const claimColumns = `c.id, c."articleId", c.start, c."end", c.quote, c.kind, c.subject, c.value, c."valueMax", c.qualifier, c.unit, c.status, c.version, c."createdAt", c."updatedAt"`;
  const fts = `c."searchVector" @@ websearch_to_tsquery('claimdesk_search', $1)`;
  const articleClaims = `SELECT ${claimColumns} FROM "Claim" c WHERE c."articleId" = $1 ORDER BY c.start, c."end" DESC`;
  return [
    { name: "GET /api/v1/claims", path: "/api/v1/claims", page: false, sql: `SELECT ${claimColumns} FROM "Claim" c ORDER BY c."createdAt" DESC, c.id DESC LIMIT 51`, sqlParams: [] },
    { name: "GET /api/v1/claims?q=", path: `/api/v1/claims?q=${RARE_WORD}`, page: false, sql: `SELECT ${claimColumns} FROM "Claim" c WHERE ${fts} ORDER BY c."createdAt" DESC, c.id DESC LIMIT 51`, sqlParams: [RARE_WORD] },
    { name: "GET /api/v1/claims?subject=", path: `/api/v1/claims?subject=${subject}`, page: false, sql: `SELECT ${claimColumns} FROM "Claim" c WHERE lower(c.subject) = lower($1) ORDER BY c."createdAt" DESC, c.id DESC LIMIT 51`, sqlParams: [data.largestSubject] },
    { name: "GET /api/v1/articles?q=", path: `/api/v1/articles?q=${RARE_WORD}`, page: false, sql: `SELECT a.id, a.title FROM "Article" a WHERE a."searchVector" @@ websearch_to_tsquery('claimdesk_search', $1) ORDER BY a."createdAt" DESC, a.id DESC LIMIT 51`, sqlParams: [RARE_WORD] },
    { name: "GET /api/v1/claims/{id}", path: `/api/v1/claims/${data.claimId}`, page: false, sql: `SELECT ${claimColumns} FROM "Claim" c WHERE c.id = $1`, sqlParams: [data.claimId] },
    { name: "GET /api/v1/claims/{id}/suggestions", path: `/api/v1/claims/${data.claimId}/suggestions`, page: false, sql: `SELECT c.id, c.facts FROM "Claim" c WHERE c."subjectKey" = (SELECT "subjectKey" FROM "Claim" WHERE id = $1) AND c.id <> $1 ORDER BY c."createdAt" DESC LIMIT 300`, sqlParams: [data.claimId] },
    { name: "GET /api/v1/articles/{id}", path: `/api/v1/articles/${data.articleId}`, page: false, sql: articleClaims, sqlParams: [data.articleId] },
    { name: "GET /api/v1/articles/{id}/candidates", path: `/api/v1/articles/${data.articleId}/candidates`, page: false, sql: `SELECT a.body FROM "Article" a WHERE a.id = $1`, sqlParams: [data.articleId] },
    { name: "page /claims", path: "/claims", page: true, sql: `SELECT ${claimColumns} FROM "Claim" c ORDER BY c."createdAt" DESC, c.id DESC LIMIT 51`, sqlParams: [] },
    { name: "page /claims/{id}", path: `/claims/${data.claimId}`, page: true, sql: `SELECT e.id FROM "AuditEvent" e WHERE e."claimId" = $1 ORDER BY e.id`, sqlParams: [data.claimId] },
    { name: "page /articles/{id}", path: `/articles/${data.articleId}`, page: true, sql: articleClaims, sqlParams: [data.articleId] },
    { name: "page /compare", path: "/compare", page: true, sql: `SELECT subject, count(*) FROM "Claim" WHERE subject IS NOT NULL GROUP BY subject ORDER BY count(*) DESC LIMIT 100`, sqlParams: [] },
    { name: "page /compare?subject=", path: `/compare?subject=${subject}`, page: true, sql: `SELECT ${claimColumns} FROM "Claim" c WHERE c."subjectKey" = $1 ORDER BY c."createdAt", c.id LIMIT 101`, sqlParams: [subjectKeyOfText(data.largestSubject)] },
    { name: "page /contradictions", path: "/contradictions", page: true, sql: `SELECT l.id FROM "ClaimLink" l WHERE l.kind = 'CONTRADICTS' ORDER BY l."createdAt" DESC, l.id DESC LIMIT 51`, sqlParams: [] },
    { name: "page /search?q=", path: `/search?q=${RARE_WORD}`, page: true, sql: `SELECT c.id FROM "Claim" c WHERE ${fts} LIMIT 20`, sqlParams: [RARE_WORD] },
    { name: "page /queue", path: "/queue", page: true, sql: `SELECT c.id FROM "Claim" c WHERE c.status IN ('IN_REVIEW','DISPUTED') ORDER BY c."updatedAt", c.id LIMIT 100`, sqlParams: [] },
  ];
}

function printTable(results: Result[]): void {
  const header = ["name", "p50_ms", "p95_ms", "conc_p95_ms", "sql_ms", "errors"] as const;
  const rows = results.map((result) => header.map((key) => String(result[key])));
  const widths = header.map((key, column) => Math.max(key.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<number> {
  const database = await prepareDatabase();
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const { token, data } = await withClient(database.url, async (client) => ({ ...(await createBenchUser(client)), data: await describeData(client) }));
    console.log(`Scale: ${JSON.stringify(data.scale)}`);
    server = await startServer(database.url);
    const cookie = await signInWithRetry(server.baseUrl);
    const results: Result[] = [];
    await withClient(database.url, async (client) => {
      for (const item of options["export-only"] ? [] : measures(data)) {
        const headers: Record<string, string> = item.page ? { cookie } : { authorization: `Bearer ${token}` };
        const cpuBefore = process.cpuUsage();
        const result = await measure(server!.baseUrl, item, headers, client);
        // What the load generator (this process) cost per request, on the cores the server shares.
        const cpu = process.cpuUsage(cpuBefore);
        const generatorMs = round((cpu.user + cpu.system) / 1000 / REQUESTS_PER_MEASURE);
        console.log(`  ${item.name}: p95 ${result.p95_ms} ms${result.errors ? `, ${result.errors} errors` : ""} (load generator: ${generatorMs} ms CPU per request)`);
        results.push(result);
      }
    });
    const logBefore = server.log.length;
    const exported = await measureExport(server.baseUrl, token, server.child.pid!);
    const report = { scale: data.scale, results, export: { format: exported.format, rows: exported.rows, seconds: exported.seconds, rows_per_s: exported.rows_per_s, peak_rss_mb: exported.peak_rss_mb, start_rss_mb: exported.start_rss_mb } };
    mkdirSync(dirname(options.out!), { recursive: true });
    writeFileSync(options.out!, `${JSON.stringify(report, null, 2)}\n`);
    console.log("");
    printTable(results);
    console.log(`\nexport csv: ${exported.rows} rows in ${exported.seconds} s (${exported.rows_per_s} rows/s), peak RSS ${exported.peak_rss_mb} MB (${exported.start_rss_mb} MB when it began)${exported.completed ? "" : " (incomplete)"}`);
    const serverErrors = server.log.filter((line) => /error/i.test(line));
    if (serverErrors.length) console.log(`\nServer log errors (${serverErrors.length}), first: ${serverErrors[0]}`);
    console.log(`\nWrote ${options.out}.`);
    // The smoke run's contract: the bench itself works, and the server stays under the memory
    // limit when one is given. Time budgets are read from the table, not enforced here (they need
    // the full scale and a quiet machine).
    const exportRowsExpected = data.scale.claims;
    const withinMemory = MAX_PEAK_RSS_MB === undefined || exported.peak_rss_mb < MAX_PEAK_RSS_MB;
    if (!withinMemory) console.error(`The server's peak RSS, ${exported.peak_rss_mb} MB, reached the limit of ${MAX_PEAK_RSS_MB} MB (--max-peak-rss-mb).`);
    return exported.completed && exported.rows === exportRowsExpected && withinMemory && server.log.slice(logBefore).every((line) => !/Controller is already closed/.test(line)) ? 0 : 1;
  } finally {
    if (server && server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await new Promise((resolve) => server!.child.once("exit", resolve));
    }
    await database.drop();
  }
}

if (!existsSync(join(ROOT, "package.json"))) throw new Error("Run the bench from the repository root (npm run bench).");
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
