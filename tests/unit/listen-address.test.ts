import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isLoopbackHost, listenAddress } from "@/lib/server/listen-address";

describe("listenAddress", () => {
  it("keeps a server with demo data on loopback unless HOST says otherwise", () => {
    assert.deepEqual(listenAddress({}, { demoData: true }), { host: "127.0.0.1", demoReachable: false });
    assert.deepEqual(listenAddress({ HOST: "" }, { demoData: true }), { host: "127.0.0.1", demoReachable: false });
  });

  it("flags demo data on a HOST other machines can reach", () => {
    assert.deepEqual(listenAddress({ HOST: "0.0.0.0" }, { demoData: true }), { host: "0.0.0.0", demoReachable: true });
    assert.deepEqual(listenAddress({ HOST: "192.168.1.20" }, { demoData: true }), { host: "192.168.1.20", demoReachable: true });
    assert.deepEqual(listenAddress({ HOST: "::1" }, { demoData: true }), { host: "::1", demoReachable: false });
  });

  it("listens on every interface without demo data, where nothing is published", () => {
    assert.deepEqual(listenAddress({}, { demoData: false }), { host: "0.0.0.0", demoReachable: false });
    assert.deepEqual(listenAddress({ HOST: "10.0.0.5" }, { demoData: false }), { host: "10.0.0.5", demoReachable: false });
  });

  it("recognises loopback addresses", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"]) assert.ok(isLoopbackHost(host), host);
    for (const host of ["0.0.0.0", "::", "10.0.0.1", "claimdesk.example.org", "127.0.0.1.example.org"]) assert.ok(!isLoopbackHost(host), host);
  });
});
