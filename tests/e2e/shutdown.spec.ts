// `npm start` as a newcomer runs it (embedded PostgreSQL, demo data), stopped the way a process
// manager or a container runtime stops it: SIGTERM to the npm process alone. Everything it started
// must be gone within 15 s and its ports free. No browser: this is about processes.
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test } from "@playwright/test";
import { freePort } from "@/lib/testing/postgres";

type ProcessInfo = { pid: number; ppid: number; state: string; command: string };

async function processTable(): Promise<ProcessInfo[]> {
  const table: ProcessInfo[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      // "pid (command) state ppid ...": the command may itself contain spaces or parentheses.
      const close = stat.lastIndexOf(")");
      const [state, ppid] = stat.slice(close + 2).split(" ");
      table.push({ pid: Number(entry), ppid: Number(ppid), state: state ?? "?", command: stat.slice(stat.indexOf("(") + 1, close) });
    } catch {
      // exited while we looked
    }
  }
  return table;
}

async function descendantsOf(root: number): Promise<ProcessInfo[]> {
  const table = await processTable();
  const found: ProcessInfo[] = [];
  const queue = [root];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const info of table) {
      if (info.ppid === parent) {
        found.push(info);
        queue.push(info.pid);
      }
    }
  }
  return found;
}

/** Zombies have stopped: they only wait for their (new) parent to collect the exit status. */
async function stillRunning(pids: number[]): Promise<ProcessInfo[]> {
  const table = await processTable();
  return table.filter((info) => pids.includes(info.pid) && info.state !== "Z");
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

test("SIGTERM to the npm process of `npm start` stops the app and the embedded PostgreSQL within 15 s", async () => {
  test.setTimeout(300_000);
  const dataDir = await mkdtemp(join(tmpdir(), "claimdesk-start-"));
  // As root the embedded PostgreSQL runs as another user, which must be able to enter this directory.
  await chmod(dataDir, 0o755);
  const appPort = await freePort();
  const databasePort = await freePort();
  const { DATABASE_URL: _database, NODE_OPTIONS: _specsOnly, ...inherited } = process.env;
  let npm: ChildProcess | undefined;
  let started: ProcessInfo[] = [];
  try {
    npm = spawn("npm", ["start"], {
      env: { ...inherited, PORT: String(appPort), EMBEDDED_PG_PORT: String(databasePort), CLAIMDESK_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so that the cleanup below can reach anything left behind.
      detached: true,
    });
    let output = "";
    npm.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    npm.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    await expect.poll(() => output, { timeout: 240_000, intervals: [1_000] }).toContain("Claimdesk is running at");
    expect(output).toContain(`http://127.0.0.1:${appPort}`);

    await expect.poll(async () => (await fetch(`http://127.0.0.1:${appPort}/api/health`)).status, { timeout: 10_000 }).toBe(200);
    started = await descendantsOf(npm.pid!);
    const commands = started.map((info) => info.command).join(", ");
    expect(started.some((info) => info.command.startsWith("postgres")), commands).toBe(true);
    expect(started.filter((info) => info.command.startsWith("node")).length, commands).toBeGreaterThanOrEqual(2);

    const signalled = Date.now();
    process.kill(npm.pid!, "SIGTERM");
    await expect
      .poll(async () => (await stillRunning([npm!.pid!, ...started.map((info) => info.pid)])).map((info) => `${info.pid} ${info.command}`), {
        timeout: 15_000,
        intervals: [250],
      })
      .toEqual([]);
    expect(await portIsFree(appPort)).toBe(true);
    expect(await portIsFree(databasePort)).toBe(true);
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expect(output).not.toContain("stopped unexpectedly");
  } finally {
    if (npm?.pid) {
      try {
        process.kill(-npm.pid, "SIGKILL");
      } catch {
        // the group is gone: nothing was left behind
      }
    }
    for (const info of started) {
      try {
        process.kill(info.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    await sleep(200);
    await rm(dataDir, { recursive: true, force: true });
  }
});
