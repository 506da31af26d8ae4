import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { baseSubjectKey, relatedSubjectKeys } from "@/lib/assist/subject-key";
import { relate, type MatchClaim } from "@/lib/assist/match";
import { claimFacts } from "@/lib/assist/claim-facts";
import { describeSubjectKey, isSubjectKey, subjectKeyOfInput } from "@/lib/subjects/keys";

describe("subject keys", () => {
  it("strip the place to reach the base key", () => {
    assert.equal(baseSubjectKey("q:killed:people@tessel"), "q:killed:people");
    assert.equal(baseSubjectKey("q:killed:people"), "q:killed:people");
    assert.equal(baseSubjectKey("s:bridge budget"), "s:bridge budget");
  });

  it("look up a claim's own key, its base, and its base at the claim's place", () => {
    assert.deepEqual(relatedSubjectKeys("q:killed:people", "Tessel"), ["q:killed:people", "q:killed:people@tessel"]);
    assert.deepEqual(relatedSubjectKeys("q:killed:people@tessel", null), ["q:killed:people@tessel", "q:killed:people"]);
    assert.deepEqual(relatedSubjectKeys("q:killed:people@tessel", "tessel"), ["q:killed:people@tessel", "q:killed:people"]);
    assert.deepEqual(relatedSubjectKeys("s:bridge budget", null), ["s:bridge budget"]);
  });

  it("let a claim typed with a place meet a claim marked by quote alone", () => {
    const body = "Medics said 31 people were killed in the Tessel market strike. A monitor said 45 people were killed in Tessel that day.";
    const at = (quote: string) => ({ start: body.indexOf(quote), end: body.indexOf(quote) + quote.length });
    const none = { kind: "QUANTITY" as const, subject: null, speaker: null, value: null, valueMax: null, qualifier: null, unit: null, place: null };
    const typed = claimFacts(body, at("31 people were killed in the Tessel market strike"), { ...none, subject: "People killed in the Tessel market strike" });
    const bare = claimFacts(body, at("45 people were killed in Tessel that day"), none);
    assert.equal(typed.subjectKey, "q:killed:people@tessel");
    assert.equal(bare.subjectKey, "q:killed:people");
    const claim = (id: string, facts: typeof typed.facts): MatchClaim => ({ id, articleId: id, start: 0, publishedAt: null, outlet: id, facts });
    assert.deepEqual(relatedSubjectKeys(bare.subjectKey!, bare.facts.place), ["q:killed:people", "q:killed:people@tessel"], "the bare claim looks up the typed one's key");
    assert.ok(relate(claim("a", typed.facts), claim("b", bare.facts)), "the two are compared");
  });

  it("read what an editor types or a link carries", () => {
    assert.equal(isSubjectKey("q:killed:people"), true);
    assert.equal(isSubjectKey("Killed people"), false);
    assert.equal(subjectKeyOfInput(" q:killed:people@tessel "), "q:killed:people@tessel");
    assert.equal(subjectKeyOfInput("Norland military deaths"), "q:killed:military");
    assert.equal(subjectKeyOfInput("   "), null);
  });

  it("describe a key in words when nobody typed a subject", () => {
    assert.equal(describeSubjectKey("q:killed:military"), "military killed");
    assert.equal(describeSubjectKey("q:count:people"), "people counted");
    assert.equal(describeSubjectKey("q:count:strikes"), "strikes counted");
    assert.equal(describeSubjectKey("e:veto:norland"), "norland veto");
    assert.equal(describeSubjectKey("s:bridge budget"), "bridge budget");
  });
});
