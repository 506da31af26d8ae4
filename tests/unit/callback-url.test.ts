import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/lib/auth/callback-url";

describe("the path followed after sign-in", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    assert.equal(safeCallbackPath("/claims?status=IN_REVIEW#top"), "/claims?status=IN_REVIEW#top");
    assert.equal(safeCallbackPath("/claims/0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f60"), "/claims/0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f60");
  });

  it("refuses anything a browser would read as another host", () => {
    for (const hostile of ["//evil.example/", "/\\evil.example/", "/\\/evil.example", "/\t/evil.example/", "/\n/evil.example", "https://evil.example/", "javascript:alert(1)", "evil.example", ""]) {
      assert.equal(safeCallbackPath(hostile), DEFAULT_AFTER_SIGN_IN, JSON.stringify(hostile));
    }
  });

  it("keeps an encoded tab as an ordinary path on this site", () => {
    assert.equal(safeCallbackPath("/%09/evil.example/"), "/%09/evil.example/");
  });

  it("ignores repeated parameters and the login page itself", () => {
    assert.equal(safeCallbackPath(["/a", "/b"]), DEFAULT_AFTER_SIGN_IN);
    assert.equal(safeCallbackPath(undefined), DEFAULT_AFTER_SIGN_IN);
    assert.equal(safeCallbackPath("/login?callbackUrl=/x"), DEFAULT_AFTER_SIGN_IN);
  });
});
