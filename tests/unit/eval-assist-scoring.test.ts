import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { ProposedClaim } from "@/lib/assist/types";
import {
  checkSeedText,
  exitCodeFor,
  judgeTargets,
  ratio,
  sameFigure,
  scoreCandidates,
  scoreLinks,
  seedLabelsSchema,
  sha256Hex,
  type LabelledArticle,
} from "@/scripts/eval-assist-scoring";

// A page of our own, laid out like the seeds: a caption, two figures, an attribution, a comment.
const BODY = [
  "Harbour town counts its dead",
  "",
  "PHOTO: Rescue boats at dawn (Wire Photo)",
  "",
  "At least 40 people were killed in the flood, the regional governor said on Monday.",
  "The ministry denied that the dam had been opened.",
  "About 1,200 residents remain in shelters.",
  "",
  "  1. My cousin says 300 died.",
].join("\n");

const at = (text: string) => {
  const start = BODY.indexOf(text);
  assert.ok(start >= 0, `fixture text ${text}`);
  return { start, end: start + text.length };
};

const tollSpan = at("At least 40 people were killed in the flood, the regional governor said on Monday.");
const tollFigure = at("At least 40");
const denialSpan = at("The ministry denied that the dam had been opened.");
const shelterSpan = at("About 1,200 residents remain in shelters.");
const shelterFigure = at("About 1,200");
const caption = at("PHOTO: Rescue boats at dawn (Wire Photo)");
const comments = at("  1. My cousin says 300 died.");

const ARTICLE: LabelledArticle = {
  seed: "harbour.txt",
  key: "harbour",
  outlet: { name: "Harbour Wire", kind: "AGENCY" },
  publishedAt: "2026-03-02",
  bodySha256: sha256Hex(BODY),
  claims: [
    { id: "toll", ...tollSpan, kind: "QUANTITY", figureStart: tollFigure.start, figureEnd: tollFigure.end, value: 40, valueMax: null, qualifier: "AT_LEAST", counted: "people killed", quoteSha256: sha256Hex(BODY.slice(tollSpan.start, tollSpan.end)) },
    { id: "denial", ...denialSpan, kind: "ATTRIBUTION", quoteSha256: sha256Hex(BODY.slice(denialSpan.start, denialSpan.end)) },
    { id: "shelters", ...shelterSpan, kind: "QUANTITY", figureStart: shelterFigure.start, figureEnd: shelterFigure.end, value: 1200, valueMax: null, qualifier: "ABOUT", counted: "residents in shelters", quoteSha256: sha256Hex(BODY.slice(shelterSpan.start, shelterSpan.end)) },
  ],
  furniture: [
    { ...caption, furniture: true, label: "photo caption", quoteSha256: sha256Hex(BODY.slice(caption.start, caption.end)) },
    { ...comments, furniture: true, label: "reader comments", quoteSha256: sha256Hex(BODY.slice(comments.start, comments.end)) },
  ],
};

function candidate(span: { start: number; end: number }, fields: Partial<ProposedClaim> = {}): ProposedClaim {
  return { ...span, quote: BODY.slice(span.start, span.end), kind: "QUANTITY", score: 0.5, reason: "test", ...fields };
}

describe("the committed seed labels", () => {
  const raw: unknown = JSON.parse(readFileSync(new URL("../fixtures/assist/seed-labels.json", import.meta.url), "utf8"));
  const labels = seedLabelsSchema.parse(raw);
  const claims = labels.articles.flatMap((article) => article.claims);

  it("cover the five seed pages with a fact-checker's share of claims and relations", () => {
    assert.equal(labels.articles.length, 5);
    assert.ok(claims.length >= 60 && claims.length <= 100, `${claims.length} claims`);
    assert.ok(claims.filter((claim) => claim.kind === "QUANTITY").length >= 40);
    assert.ok(labels.relations.length >= 15);
    assert.ok(labels.consistent.length >= 5);
    for (const kind of ["CONTRADICTS", "DUPLICATE", "UPDATES"] as const) assert.ok(labels.relations.some((relation) => relation.kind === kind), kind);
  });

  it("hold offsets and labels only: any field that could carry seed text is refused", () => {
    const article = (raw as { articles: Record<string, unknown>[] }).articles[0];
    assert.ok(article);
    const withQuote = { ...(raw as object), articles: [{ ...article, claims: [{ ...(article.claims as object[])[0], quote: "words" }] }] };
    assert.equal(seedLabelsSchema.safeParse(withQuote).success, false);
    const withTitle = { ...(raw as object), articles: [{ ...article, title: "a headline" }] };
    assert.equal(seedLabelsSchema.safeParse(withTitle).success, false);
  });

  it("never label a span as both a claim and page furniture", () => {
    for (const article of labels.articles) {
      for (const claim of article.claims) {
        for (const furniture of article.furniture) assert.ok(claim.end <= furniture.start || furniture.end <= claim.start, `${claim.id} overlaps ${furniture.label}`);
      }
    }
  });
});

describe("seedLabelsSchema", () => {
  it("refuses a quantity without its figure span and a pair naming an unknown claim", () => {
    const base = { version: 1, articles: [ARTICLE], relations: [], consistent: [] };
    assert.equal(seedLabelsSchema.safeParse(base).success, true);
    const noFigure = { ...base, articles: [{ ...ARTICLE, claims: [{ ...ARTICLE.claims[0], figureStart: undefined, figureEnd: undefined }] }] };
    assert.equal(seedLabelsSchema.safeParse(noFigure).success, false);
    const unknownPair = { ...base, relations: [{ from: "toll", to: "elsewhere", kind: "UPDATES", why: "later figure" }] };
    assert.equal(seedLabelsSchema.safeParse(unknownPair).success, false);
  });
});

describe("checkSeedText", () => {
  it("accepts the labelled text and names each claim a changed text moved", () => {
    assert.deepEqual(checkSeedText(ARTICLE, BODY), []);
    const changed = BODY.replace("At least 40", "At least 41");
    const problems = checkSeedText(ARTICLE, changed);
    assert.match(problems[0] ?? "", /differs from the one that was labelled/);
    assert.ok(problems.some((problem) => problem.includes("claim toll")));
    assert.ok(!problems.some((problem) => problem.includes("claim denial")));
    const cut = checkSeedText(ARTICLE, BODY.slice(0, tollSpan.end));
    assert.ok(cut.some((problem) => problem.includes("claim shelters") && problem.includes("after the end of the text")));
  });
});

describe("scoreCandidates", () => {
  it("finds a quantity only when a candidate holds its whole figure, and judges figure and qualifier", () => {
    const score = scoreCandidates(ARTICLE, BODY, [
      candidate(tollSpan, { value: 40, qualifier: "AT_LEAST" }),
      // Starts after "About": the figure span is not contained, so the shelter claim is not found.
      candidate({ start: shelterFigure.start + 6, end: shelterSpan.end }, { value: 1200, qualifier: "EXACT" }),
    ]);
    const byId = new Map(score.quantities.map((q) => [q.id, q]));
    assert.deepEqual([byId.get("toll")?.found, byId.get("toll")?.figureOk, byId.get("toll")?.qualifierOk], [true, true, true]);
    assert.equal(byId.get("shelters")?.found, false);
  });

  it("prefers the candidate with the right figure when several cover a claim", () => {
    const score = scoreCandidates(ARTICLE, BODY, [
      candidate(tollSpan, { kind: "ATTRIBUTION" }),
      candidate(tollSpan, { value: 4, qualifier: "AT_LEAST" }),
      candidate(tollSpan, { value: 40, qualifier: "EXACT" }),
    ]);
    const toll = score.quantities.find((q) => q.id === "toll");
    assert.equal(toll?.figureOk, true);
    assert.equal(toll?.qualifierOk, false);
    assert.equal(toll?.got?.value, 40);
  });

  it("counts an attribution as proposed from half of its span, in a statement kind only", () => {
    const half = Math.ceil((denialSpan.end - denialSpan.start) / 2);
    const justHalf = scoreCandidates(ARTICLE, BODY, [candidate({ start: denialSpan.start, end: denialSpan.start + half }, { kind: "ATTRIBUTION" })]);
    assert.equal(justHalf.statements[0]?.found, true);
    const lessThanHalf = scoreCandidates(ARTICLE, BODY, [candidate({ start: denialSpan.start, end: denialSpan.start + half - 2 }, { kind: "EVENT" })]);
    assert.equal(lessThanHalf.statements[0]?.found, false);
    const wrongKind = scoreCandidates(ARTICLE, BODY, [candidate(denialSpan, { kind: "QUANTITY" })]);
    assert.equal(wrongKind.statements[0]?.found, false);
    assert.deepEqual(wrongKind.statements[0]?.nearest, { kind: "QUANTITY", overlap: 1 });
  });

  it("reports candidates that take in furniture words, not those that merely touch its edge", () => {
    const leaking = scoreCandidates(ARTICLE, BODY, [candidate({ start: comments.start, end: comments.end }, { value: 300 })]);
    assert.deepEqual(leaking.furnitureLeaks.map((leak) => leak.label), ["reader comments"]);
    // The two spaces that open the comment block are furniture too, but whitespace is no leak.
    const edge = scoreCandidates(ARTICLE, BODY, [candidate({ start: shelterSpan.start, end: comments.start + 2 })]);
    assert.deepEqual(edge.furnitureLeaks, []);
  });

  it("counts candidates on labelled claims for precision", () => {
    const score = scoreCandidates(ARTICLE, BODY, [candidate(tollSpan), candidate(caption)]);
    assert.equal(score.candidates, 2);
    assert.equal(score.onGold, 1);
  });
});

describe("scoreLinks", () => {
  const labels = {
    relations: [{ from: "a", to: "b", kind: "UPDATES" as const, why: "later toll" }],
    consistent: [{ a: "a", b: "c", why: "part vs total" }],
  };

  it("counts a true pair once when either side's top five names the other", () => {
    const fromB = scoreLinks(labels, new Map([["a", []], ["b", [{ kind: "UPDATES", claimId: "a" }]]]), new Map());
    assert.deepEqual(fromB.pairs.map((p) => [p.inTop5, p.suggestedAs]), [[true, ["UPDATES"]]]);
    const both = scoreLinks(labels, new Map([["a", [{ kind: "SUPPORTS", claimId: "b" }]], ["b", [{ kind: "UPDATES", claimId: "a" }]]]), new Map());
    assert.equal(both.pairs.length, 1);
    assert.deepEqual(both.pairs[0]?.suggestedAs, ["SUPPORTS", "UPDATES"]);
    const neither = scoreLinks(labels, new Map([["a", [{ kind: "UPDATES", claimId: "x" }]]]), new Map());
    assert.equal(neither.pairs[0]?.inTop5, false);
  });

  it("flags a consistent pair only when it is called a contradiction, at any rank", () => {
    const supports = scoreLinks(labels, new Map(), new Map([["a", [{ kind: "SUPPORTS", claimId: "c" }]]]));
    assert.deepEqual(supports.consistentFlagged, []);
    const contradicts = scoreLinks(labels, new Map(), new Map([["c", [{ kind: "DUPLICATE", claimId: "x" }, { kind: "CONTRADICTS", claimId: "a" }]]]));
    assert.deepEqual(contradicts.consistentFlagged.map((pair) => pair.why), ["part vs total"]);
  });
});

describe("judgeTargets", () => {
  const passing = {
    numericRecall: ratio("numeric", 9, 10),
    figureAccuracy: ratio("figure", 9, 10),
    qualifierAccuracy: ratio("qualifier", 17, 20),
    statementRecall: ratio("statements", 6, 10),
    linkRecall: ratio("links", 8, 10),
    consistentFlagged: 0,
  };

  it("meets every target exactly at its threshold", () => {
    assert.ok(judgeTargets(passing).every((target) => target.met));
  });

  it("misses a target just below its threshold, and on a single consistent pair called contradicting", () => {
    const missed = (changes: Partial<typeof passing>) => judgeTargets({ ...passing, ...changes }).filter((t) => !t.met).map((t) => t.name);
    assert.deepEqual(missed({ numericRecall: ratio("numeric", 89, 100) }), ["numeric"]);
    assert.deepEqual(missed({ qualifierAccuracy: ratio("qualifier", 84, 100) }), ["qualifier"]);
    assert.deepEqual(missed({ linkRecall: ratio("links", 79, 100) }), ["links"]);
    assert.deepEqual(missed({ consistentFlagged: 1 }), ["consistent pairs suggested as contradicting"]);
  });
});

describe("exitCodeFor", () => {
  const met = { name: "numeric", measured: "90%", wanted: "≥ 90%", met: true };
  const missed = { ...met, met: false };

  it("fails the run on a missed target unless it only reports", () => {
    assert.equal(exitCodeFor([met, met], false), 0);
    assert.equal(exitCodeFor([met, missed], false), 1);
    assert.equal(exitCodeFor([met, missed], true), 0);
  });
});

describe("sameFigure", () => {
  it("equates figures within rounding and treats a missing upper bound as none", () => {
    assert.ok(sameFigure(13_500_000, 13.5 * 1e6));
    assert.ok(sameFigure(13_500_000, 13_500_000.4));
    assert.ok(!sameFigure(250_000, 5));
    assert.ok(sameFigure(null, undefined));
    assert.ok(!sameFigure(5, undefined));
    assert.ok(!sameFigure(null, 5));
  });
});
