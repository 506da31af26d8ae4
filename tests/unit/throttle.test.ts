import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientIp, trustedProxyHops } from "@/lib/auth/client-ip";
import { backoffMs, FIRST_BACKOFF_MS, FREE_FAILURES, isLoginThrottled, loginWaitMs, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP, THROTTLE_WINDOW_MS } from "@/lib/auth/throttle";

const now = new Date("2026-03-02T12:00:00Z");
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const counts = (pairCount: number, lastAt: Date | null, forIp = 0, forEmail = pairCount) => ({ pair: { count: pairCount, lastAt }, forIp, forEmail });

describe("login throttling", () => {
  it("lets the first failures through without any wait", () => {
    assert.equal(loginWaitMs(counts(FREE_FAILURES - 1, secondsAgo(0)), now), 0);
    assert.equal(isLoginThrottled(counts(0, null), now), false);
  });

  it("then doubles the wait with each failure, up to the window", () => {
    assert.equal(backoffMs(FREE_FAILURES), FIRST_BACKOFF_MS);
    assert.equal(backoffMs(FREE_FAILURES + 1), 2 * FIRST_BACKOFF_MS);
    assert.equal(backoffMs(FREE_FAILURES + 3), 8 * FIRST_BACKOFF_MS);
    assert.equal(backoffMs(FREE_FAILURES + 20), THROTTLE_WINDOW_MS);
  });

  it("counts the wait from the latest failure", () => {
    assert.equal(loginWaitMs(counts(FREE_FAILURES, secondsAgo(10)), now), FIRST_BACKOFF_MS - 10_000);
    assert.equal(isLoginThrottled(counts(FREE_FAILURES, secondsAgo(10)), now), true);
    assert.equal(isLoginThrottled(counts(FREE_FAILURES, secondsAgo(30)), now), false);
    assert.equal(isLoginThrottled(counts(FREE_FAILURES + 1, secondsAgo(59)), now), true);
  });

  it("blocks a client trying many accounts, and one account tried from many clients", () => {
    assert.equal(isLoginThrottled(counts(0, null, MAX_FAILURES_PER_IP, 0), now), true);
    assert.equal(isLoginThrottled(counts(0, null, MAX_FAILURES_PER_IP - 1, 0), now), false);
    assert.equal(isLoginThrottled(counts(0, null, 0, MAX_FAILURES_PER_EMAIL), now), true);
    assert.equal(isLoginThrottled(counts(0, null, 0, MAX_FAILURES_PER_EMAIL - 1), now), false);
  });
});

describe("the client address behind proxies", () => {
  it("ignores X-Forwarded-For unless proxies are trusted", () => {
    assert.equal(clientIp("203.0.113.9", 0), null);
    assert.equal(trustedProxyHops(undefined), 0);
    assert.equal(trustedProxyHops("2"), 2);
    assert.equal(trustedProxyHops("lots"), 0);
  });

  it("takes the entry the outermost trusted proxy added, whatever the client put before it", () => {
    assert.equal(clientIp("1.1.1.1, 203.0.113.9", 1), "203.0.113.9");
    assert.equal(clientIp("1.1.1.1, 203.0.113.9, 10.0.0.2", 2), "203.0.113.9");
    assert.equal(clientIp("203.0.113.9", 2), null);
    assert.equal(clientIp("[2001:db8::1]:443", 1), "2001:db8::1");
    assert.equal(clientIp("198.51.100.4:5000", 1), "198.51.100.4");
    assert.equal(clientIp("not-an-address", 1), null);
  });
});
