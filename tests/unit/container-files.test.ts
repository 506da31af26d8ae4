// `docker build` cannot run everywhere the tests run (no Docker engine), so the Dockerfile and the
// compose file are checked for the properties the image and its operation rely on.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { glibcTunables, SERVER_NODE_FLAGS } from "@/lib/server/process-settings";

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../${name}`, import.meta.url)), "utf8");

type Instruction = { keyword: string; args: string; stage: number };

/** Dockerfile instructions, with continuation lines joined and comments dropped. */
function instructions(dockerfile: string): Instruction[] {
  const logical = dockerfile
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  let stage = -1;
  return logical.map((line) => {
    const [keyword = "", ...rest] = line.split(/\s+/);
    if (keyword.toUpperCase() === "FROM") stage++;
    return { keyword: keyword.toUpperCase(), args: rest.join(" "), stage };
  });
}

const dockerfile = instructions(read("Dockerfile"));
const stages = dockerfile.filter((instruction) => instruction.keyword === "FROM");
const finalStage = stages.length - 1;
const inFinalStage = dockerfile.filter((instruction) => instruction.stage === finalStage);

describe("Dockerfile", () => {
  it("has named deps, build and run stages on a current LTS Node image", () => {
    assert.ok(stages.length >= 3, `expected at least three stages, found ${stages.length}`);
    const names = stages.map((stage) => stage.args.split(/\s+AS\s+/i)[1]);
    assert.deepEqual(names.slice(-3), ["deps", "build", "run"]);
    for (const stage of stages) assert.match(stage.args, /^node:(22|24)(\.\d+)*-[a-z-]+\s/, "a pinned Node 22 or 24 LTS tag, not latest");
  });

  it("installs with npm ci (the lock file exactly) and builds in an earlier stage", () => {
    const runs = dockerfile.filter((instruction) => instruction.keyword === "RUN");
    assert.ok(runs.some((run) => /\bnpm ci\b/.test(run.args)));
    assert.ok(!runs.some((run) => /\bnpm (install|i)\b/.test(run.args)), "npm install may change the lock");
    assert.ok(!inFinalStage.some((instruction) => instruction.keyword === "RUN" && /\bnpm\b/.test(instruction.args)), "nothing is installed or built in the run stage");
  });

  it("runs as a non-root user", () => {
    const users = inFinalStage.filter((instruction) => instruction.keyword === "USER");
    assert.ok(users.length > 0, "the run stage sets USER");
    assert.doesNotMatch(users.at(-1)!.args, /^(root|0)(:|$)/);
  });

  it("starts with plain node in exec form, never npm", () => {
    const starts = dockerfile.filter((instruction) => instruction.keyword === "CMD" || instruction.keyword === "ENTRYPOINT");
    assert.ok(starts.length > 0);
    for (const start of starts) {
      assert.ok(start.args.startsWith("["), "exec form, so node receives the stop signal");
      assert.doesNotMatch(start.args, /\bnpm\b|\bnpx\b|\btsx\b/);
    }
    const cmd = inFinalStage.find((instruction) => instruction.keyword === "CMD");
    assert.deepEqual(JSON.parse(cmd!.args), ["node", ...SERVER_NODE_FLAGS, "dist/serve.mjs", "--prepare"], "the server's V8 flags, as npm start and the benchmark use them");
  });

  it("sets the server's malloc tunables, as npm start and the benchmark do", () => {
    const env = inFinalStage.filter((instruction) => instruction.keyword === "ENV").map((instruction) => instruction.args).join(" ");
    assert.match(env, new RegExp(`(^|\\s)GLIBC_TUNABLES=${glibcTunables().replace(/\./g, "\\.")}(\\s|$)`));
  });

  it("checks its health on /api/health", () => {
    const healthcheck = inFinalStage.find((instruction) => instruction.keyword === "HEALTHCHECK");
    assert.ok(healthcheck, "HEALTHCHECK in the run stage");
    assert.match(healthcheck.args, /\/api\/health/);
  });

  it("copies the standalone server, the migrations and the WASM schema engine into the run stage", () => {
    const copies = inFinalStage.filter((instruction) => instruction.keyword === "COPY").map((copy) => copy.args);
    for (const needed of [".next/standalone", ".next/static", "/app/dist", "prisma/migrations", "@prisma/schema-engine-wasm"]) {
      assert.ok(copies.some((copy) => copy.includes(needed)), `run stage copies ${needed}`);
    }
    for (const copy of copies) assert.match(copy, /--from=build/, "the run stage takes built files only");
  });
});

/** The block of one service in docker-compose.yml: its lines up to the next service or section. */
function serviceBlock(compose: string, service: string): string {
  const lines = compose.split(/\r?\n/);
  const start = lines.findIndex((line) => line === `  ${service}:`);
  assert.ok(start >= 0, `service ${service}`);
  const end = lines.findIndex((line, index) => index > start && /^ {0,2}\S/.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

describe("docker-compose.yml", () => {
  const compose = read("docker-compose.yml");
  const app = serviceBlock(compose, "app");

  it("runs the app under an init process with a grace period longer than the server's drain", () => {
    assert.match(app, /^ {4}init: true$/m);
    const grace = app.match(/^ {4}stop_grace_period: (\d+)s$/m);
    assert.ok(grace && Number(grace[1]) > 10, "more than the 10 s drain");
  });

  it("checks the app's health on /api/health and starts it after the database is healthy", () => {
    assert.match(app, /^ {4}healthcheck:\n {6}test: .*\/api\/health/m);
    assert.match(app, /db:\n {8}condition: service_healthy/);
    assert.match(serviceBlock(compose, "db"), /healthcheck:/);
  });
});
