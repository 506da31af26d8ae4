import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, it } from "node:test";
import { requestIdFrom, runWithRequestContext } from "@/lib/log/context";
import { createLogger, logLevelFrom, prettyByDefault } from "@/lib/log/logger";

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  return { stream, lines: () => chunks.join("").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("structured logs", () => {
  it("writes one JSON object per line with level, time and message", () => {
    const { stream, lines } = capture();
    createLogger({ pretty: false, level: "info", destination: stream }).info({ durationMs: 12 }, "request");
    const [line] = lines();
    assert.equal(line?.level, "info");
    assert.equal(line?.msg, "request");
    assert.equal(line?.durationMs, 12);
    assert.match(String(line?.time), /^\d{4}-\d{2}-\d{2}T/);
  });

  it("stamps every line logged while a request is handled with that request's id, across awaits", async () => {
    const { stream, lines } = capture();
    const log = createLogger({ pretty: false, level: "debug", destination: stream });
    await Promise.all(
      ["req-a", "req-b"].map((requestId) =>
        runWithRequestContext({ requestId }, async () => {
          await new Promise((resolve) => setTimeout(resolve, requestId === "req-a" ? 20 : 1));
          log.debug({ query: "SELECT 1" }, "query");
          log.error({ err: new Error("boom") }, "failed");
        }),
      ),
    );
    log.info("outside any request");
    const byMessage = lines().map((line) => [line.msg, line.requestId]);
    assert.deepEqual(byMessage, [
      ["query", "req-b"],
      ["failed", "req-b"],
      ["query", "req-a"],
      ["failed", "req-a"],
      ["outside any request", undefined],
    ]);
    assert.equal((lines()[1]?.err as { message?: string }).message, "boom");
  });

  it("honours LOG_LEVEL and falls back to info on nonsense", () => {
    assert.equal(logLevelFrom("DEBUG"), "debug");
    assert.equal(logLevelFrom(" warn "), "warn");
    assert.equal(logLevelFrom("loud"), "info");
    assert.equal(logLevelFrom(undefined), "info");
    const { stream, lines } = capture();
    const log = createLogger({ pretty: false, level: logLevelFrom("warn"), destination: stream });
    log.info("hidden");
    log.warn("shown");
    assert.deepEqual(lines().map((line) => line.msg), ["shown"]);
  });

  it("is JSON in production and pretty elsewhere unless LOG_FORMAT says otherwise", () => {
    assert.equal(prettyByDefault({ NODE_ENV: "production" }), false);
    assert.equal(prettyByDefault({ NODE_ENV: "development" }), true);
    assert.equal(prettyByDefault({ NODE_ENV: "production", LOG_FORMAT: "pretty" }), true);
    assert.equal(prettyByDefault({ NODE_ENV: "development", LOG_FORMAT: "json" }), false);
  });

  it("keeps a well-formed incoming request id and replaces anything else", () => {
    assert.equal(requestIdFrom("lb-7f3a.42"), "lb-7f3a.42");
    for (const bad of [undefined, "", "a b", "x".repeat(200), "<script>"]) {
      assert.match(requestIdFrom(bad), /^[0-9a-f-]{36}$/);
    }
  });
});
