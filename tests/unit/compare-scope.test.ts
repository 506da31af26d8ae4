import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeScope } from "@/lib/compare/scope";

const none = { place: null, incident: false, period: null, total: false, part: false } as const;

describe("describeScope", () => {
  it("says nothing for a figure without a scope, or without facts", () => {
    assert.equal(describeScope(none), null);
    assert.equal(describeScope(null), null);
  });

  it("names each scope that keeps two figures from contradicting", () => {
    assert.equal(describeScope({ ...none, part: true }), "part of a larger count");
    assert.equal(describeScope({ ...none, total: true }), "total");
    assert.equal(describeScope({ ...none, incident: true }), "one incident");
    assert.equal(describeScope({ ...none, period: "since" }), "running total");
    assert.equal(describeScope({ ...none, period: "window" }), "a set period");
  });

  it("capitalises the place and joins several scopes", () => {
    assert.equal(describeScope({ ...none, incident: true, place: "tessel valley" }), "one incident, in Tessel Valley");
  });
});
