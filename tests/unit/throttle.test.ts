import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isLoginThrottled, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from "@/lib/auth/throttle";

describe("login throttling", () => {
  it("allows attempts below both limits", () => {
    assert.equal(isLoginThrottled({ forEmail: MAX_FAILURES_PER_EMAIL - 1, forIp: MAX_FAILURES_PER_IP - 1 }), false);
  });
  it("blocks an address after too many failures for it", () => {
    assert.equal(isLoginThrottled({ forEmail: MAX_FAILURES_PER_EMAIL, forIp: 0 }), true);
  });
  it("blocks a client trying many addresses", () => {
    assert.equal(isLoginThrottled({ forEmail: 0, forIp: MAX_FAILURES_PER_IP }), true);
  });
});
