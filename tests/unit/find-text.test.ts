import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findInArticle } from "@/lib/claims/find-text";

const BODY = "The mayor said: “We counted 1,200\u00A0people — at least.” It’s the port’s busiest week… The co\u2011operative disagreed.";

describe("findInArticle", () => {
  it("matches straight quotes and apostrophes against curly ones and returns the article's own text", () => {
    const found = findInArticle(BODY, `"We counted`);
    assert.ok(found);
    assert.equal(found.quote, "“We counted");
    assert.equal(BODY.slice(found.start, found.end), found.quote);
    assert.equal(findInArticle(BODY, "It's the port's busiest")?.quote, "It’s the port’s busiest");
  });

  it("matches a hyphen against an em dash, and a plain space against a non-breaking one", () => {
    const found = findInArticle(BODY, "1,200 people - at least.\"");
    assert.equal(found?.quote, "1,200\u00A0people — at least.”");
    assert.equal(findInArticle(BODY, "co-operative")?.quote, "co\u2011operative");
    assert.equal(findInArticle(BODY, "busiest week...")?.quote, "busiest week…");
  });

  it("stays case-sensitive, finds the next occurrence from a position and wraps round", () => {
    assert.equal(findInArticle(BODY, "the mayor"), null);
    const text = "one – two; one - two";
    assert.equal(findInArticle(text, "one - two")?.start, 0);
    assert.equal(findInArticle(text, "one - two", 1)?.start, 11);
    assert.equal(findInArticle(text, "one - two", 12)?.start, 0);
  });

  it("treats regular-expression characters literally", () => {
    assert.equal(findInArticle("a (b) [c] $5 *", "(b) [c] $5 *")?.start, 2);
    assert.equal(findInArticle("abc", "a.c"), null);
  });
});
