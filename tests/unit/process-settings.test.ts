import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { glibcTunables, SERVER_MALLOC_TUNABLES, SERVER_NODE_FLAGS, serverProcessEnv } from "@/lib/server/process-settings";

describe("server process settings", () => {
  it("are flags this Node accepts: the server would not start with an unknown one", () => {
    const result = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, "-e", "process.stdout.write(JSON.stringify(process.execArgv))"], {
      env: serverProcessEnv({ ...process.env }),
      encoding: "utf8",
    });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), [...SERVER_NODE_FLAGS, "-e", "process.stdout.write(JSON.stringify(process.execArgv))"]);
  });

  it("keep the young generation small and the old one growing gently", () => {
    assert.ok(SERVER_NODE_FLAGS.includes("--max-semi-space-size=4"));
    const growing = SERVER_NODE_FLAGS.find((flag) => flag.startsWith("--heap-growing-percent="));
    assert.ok(growing, "a heap growing percentage is set");
    const percent = Number(growing.split("=")[1]);
    assert.ok(percent > 0 && percent <= 50, `growing by ${percent}% after a full collection`);
    assert.ok(!SERVER_NODE_FLAGS.some((flag) => flag.startsWith("--max-old-space-size")), "no cap on the old generation: the heap may still grow as far as the work needs");
  });

  it("write the malloc tunables in GLIBC_TUNABLES form", () => {
    assert.equal(glibcTunables({ "glibc.malloc.arena_max": "2", "glibc.malloc.mmap_threshold": "32768" }), "glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=32768");
    assert.match(glibcTunables(), /^glibc\.malloc\.arena_max=2:glibc\.malloc\.mmap_threshold=\d+:glibc\.malloc\.trim_threshold=\d+$/);
  });

  it("add the tunables to the server's environment and keep the rest of it", () => {
    const env = serverProcessEnv({ PORT: "3000", NODE_ENV: "production" });
    assert.equal(env.GLIBC_TUNABLES, glibcTunables());
    assert.equal(env.PORT, "3000");
    assert.equal(env.NODE_ENV, "production");
  });

  it("leave a tunable the operator set alone, and keep the operator's other tunables", () => {
    const given = { GLIBC_TUNABLES: "glibc.malloc.arena_max=8:glibc.malloc.tcache_count=0" };
    const env = serverProcessEnv(given);
    const entries = env.GLIBC_TUNABLES!.split(":");
    assert.ok(entries.includes("glibc.malloc.arena_max=8"), "the operator's arena_max wins");
    assert.ok(!entries.includes("glibc.malloc.arena_max=2"));
    assert.ok(entries.includes("glibc.malloc.tcache_count=0"));
    for (const [name, value] of Object.entries(SERVER_MALLOC_TUNABLES)) {
      if (name !== "glibc.malloc.arena_max") assert.ok(entries.includes(`${name}=${value}`), `${name} added`);
    }
    assert.equal(given.GLIBC_TUNABLES, "glibc.malloc.arena_max=8:glibc.malloc.tcache_count=0", "the input is not changed");
  });
});
