import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { afterEach, describe, it } from "node:test";
import { createGracefulServer, type GracefulServer } from "@/lib/server/graceful";

let current: GracefulServer | undefined;
afterEach(() => {
  // A failed assertion must not leave a listening server that keeps the test process alive.
  current?.server.closeAllConnections();
  current?.server.close();
});

/** A server whose handler answers after `finish` is called (or never); `arrived` resolves when a request reaches it. */
async function listening() {
  let markArrived: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (markArrived = resolve));
  const pending: (() => void)[] = [];
  const graceful = createGracefulServer((_request, response) => {
    pending.push(() => response.end("done"));
    markArrived();
  });
  current = graceful;
  await new Promise<void>((resolve) => graceful.server.listen(0, "127.0.0.1", resolve));
  const { port } = graceful.server.address() as AddressInfo;
  return { graceful, url: `http://127.0.0.1:${port}/`, arrived, finish: () => pending.forEach((end) => end()) };
}

describe("graceful server stop", () => {
  it("lets a request in flight finish, then refuses new connections", async () => {
    const { graceful, url, arrived, finish } = await listening();
    const inFlight = fetch(url).then(async (response) => ({ status: response.status, body: await response.text() }));
    await arrived;
    assert.equal(graceful.inFlight(), 1);
    let stoppedEarly = false;
    const stopped = graceful.stop(10_000).then((result) => {
      stoppedEarly = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(stoppedEarly, false, "waits while the request runs");
    finish();
    assert.deepEqual(await inFlight, { status: 200, body: "done" });
    assert.deepEqual(await stopped, { forced: 0 });
    await assert.rejects(fetch(url), "no longer accepting connections");
  });

  it("closes requests still running at the deadline and reports them", async () => {
    const { graceful, url, arrived } = await listening();
    const hung = fetch(url).then(
      () => "answered",
      () => "connection closed",
    );
    await arrived;
    const started = Date.now();
    assert.deepEqual(await graceful.stop(200), { forced: 1 });
    const waited = Date.now() - started;
    assert.ok(waited >= 190, `stopped at the deadline, not before (${waited} ms)`);
    assert.equal(await hung, "connection closed");
  });

  it("stops at once when idle", async () => {
    const { graceful } = await listening();
    assert.deepEqual(await graceful.stop(10_000), { forced: 0 });
    assert.equal(graceful.server.listening, false);
  });
});
