import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { rankRelations, relate, type MatchClaim, type MatchFacts } from "@/lib/assist/match";

// The relation rules on facts written out by hand (tests/unit/assist-match.test.ts drives the
// same rules through the fact engine): each case changes one fact of an otherwise identical pair.
const BASE: MatchFacts = {
  value: 100,
  valueMax: null,
  qualifier: "EXACT",
  unit: null,
  measure: null,
  counted: "soldiers",
  group: null,
  speaker: null,
  place: null,
  incident: false,
  period: null,
  total: false,
  part: false,
  event: null,
  actor: null,
  subjectKey: "soldiers killed",
};

let next = 0;
function claim(facts: Partial<MatchFacts> = {}, where: Partial<Omit<MatchClaim, "facts">> = {}): MatchClaim {
  next += 1;
  return { id: `m${String(next).padStart(3, "0")}`, articleId: `art${next}`, start: 0, publishedAt: new Date("2026-03-10T12:00:00Z"), outlet: null, facts: { ...BASE, ...facts }, ...where };
}
const kind = (a: MatchClaim, b: MatchClaim) => relate(a, b)?.kind ?? null;

describe("which claims are compared at all", () => {
  it("a claim is never related to itself", () => {
    const a = claim();
    assert.equal(relate(a, { ...a }), null);
  });

  it("needs the same, known subject on both", () => {
    assert.equal(kind(claim({ subjectKey: null }), claim({ subjectKey: null, value: 5 })), null);
    assert.equal(kind(claim(), claim({ subjectKey: "soldiers wounded", value: 5 })), null);
  });

  it("compares figures only when both have one, else events only when both have one", () => {
    const event = { name: "block", polarity: 1 as const };
    assert.equal(kind(claim({ value: null }), claim({ value: 5 })), null);
    assert.equal(kind(claim({ value: 100 }), claim({ value: null, event })), null);
    assert.equal(kind(claim({ value: null, event }), claim({ value: null })), null);
    assert.equal(kind(claim({ value: null }), claim({ value: null, event })), null);
  });
});

describe("figures that cannot both be right", () => {
  it("two exact, different counts of the same thing contradict", () => {
    const relation = relate(claim({ value: 100 }), claim({ value: 60 }));
    assert.equal(relation?.kind, "CONTRADICTS");
    assert.match(relation!.reason, /100 against 60 soldiers/);
  });

  it("names each side by its speaker, else its outlet, else 'the other report'", () => {
    const reason = relate(claim({ value: 100, speaker: "The monitor" }, { outlet: "Wire" }), claim({ value: 60 }, { outlet: "Daily" }))!.reason;
    assert.match(reason, /\(The monitor vs Daily\)/);
    assert.match(relate(claim({ value: 100 }), claim({ value: 60 }))!.reason, /the other report vs the other report/);
  });

  it("a total against a figure that is not one is not a contradiction", () => {
    assert.equal(kind(claim({ value: 100, total: true }), claim({ value: 60 })), null);
    assert.equal(kind(claim({ value: 100, total: true }), claim({ value: 60, total: true })), "CONTRADICTS");
  });

  it("a figure with a unit is described by the unit, a percentage by what is counted", () => {
    assert.match(relate(claim({ value: 100, unit: "tonnes" }), claim({ value: 60 }))!.reason, /100 against 60 tonnes/);
    assert.match(relate(claim({ value: 100, unit: "%" }), claim({ value: 60 }))!.reason, /against 60 soldiers/);
    assert.match(relate(claim({ value: 100, counted: null }), claim({ value: 60 }))!.reason, /against 60 people/);
    assert.match(relate(claim({ value: 100, measure: "wounded" }), claim({ value: 60 }))!.reason, /soldiers wounded/);
  });
});

describe("scope rules out a contradiction", () => {
  it("different places, or a place against none", () => {
    assert.equal(kind(claim({ place: "Harbour" }), claim({ value: 60, place: "Valley" })), null);
    assert.equal(kind(claim({ place: "Harbour" }), claim({ value: 60 })), null);
    assert.equal(kind(claim(), claim({ value: 60, place: "Valley" })), null);
    assert.equal(kind(claim({ place: "Harbour" }), claim({ value: 60, place: "Harbour" })), "CONTRADICTS");
  });

  it("one incident against a longer period", () => {
    assert.equal(kind(claim({ incident: true }), claim({ value: 60 })), null);
    assert.equal(kind(claim({ incident: true }), claim({ value: 60, incident: true })), "CONTRADICTS");
  });

  it("a count since a date against one over another period, either way round", () => {
    assert.equal(kind(claim({ period: "since" }), claim({ value: 60, period: "window" })), null);
    assert.equal(kind(claim({ period: "window" }), claim({ value: 60, period: "since" })), null);
    assert.equal(kind(claim({ period: null }), claim({ value: 60, period: "since" })), null);
    assert.equal(kind(claim({ period: "window" }), claim({ value: 60, period: null })), "CONTRADICTS");
    assert.equal(kind(claim({ period: "since" }), claim({ value: 60, period: "since" })), "CONTRADICTS");
  });

  it("two different groups, but not a group against an unnamed one", () => {
    assert.equal(kind(claim({ group: "children" }), claim({ value: 60, group: "women" })), null);
    assert.equal(kind(claim({ group: "children" }), claim({ value: 60 })), "CONTRADICTS");
    assert.equal(kind(claim({ group: "children" }), claim({ value: 60, group: "children" })), "CONTRADICTS");
  });

  it("a part against anything", () => {
    assert.equal(kind(claim({ part: true }), claim({ value: 60 })), null);
    assert.equal(kind(claim(), claim({ value: 60, part: true })), null);
  });

  it("figures more than twenty times apart, but not exactly twenty", () => {
    assert.equal(kind(claim({ value: 100 }), claim({ value: 2001 })), null);
    assert.equal(kind(claim({ value: 100 }), claim({ value: 2000 })), "CONTRADICTS");
    assert.equal(kind(claim({ value: 5, valueMax: 8, qualifier: "RANGE" }), claim({ value: 101 })), null);
    assert.equal(kind(claim({ value: 5, valueMax: 8, qualifier: "RANGE" }), claim({ value: 100 })), "CONTRADICTS");
    // A range's upper bound counts as its largest figure.
    assert.equal(kind(claim({ value: 10, valueMax: 300, qualifier: "RANGE" }), claim({ value: 5 })), null);
    assert.equal(kind(claim({ value: 5 }), claim({ value: 10, valueMax: 300, qualifier: "RANGE" })), null);
  });

  it("zero against a positive figure is a different scope; zero against zero is the same figure", () => {
    assert.equal(kind(claim({ value: 0 }), claim({ value: 7 })), null);
    assert.equal(kind(claim({ value: 0 }), claim({ value: 0 })), "DUPLICATE");
  });
});

describe("duplicates and consistent figures", () => {
  it("the same figure is a duplicate, scored higher when the qualifier also matches", () => {
    const same = relate(claim({ value: 100, qualifier: "AT_LEAST" }), claim({ value: 100, qualifier: "AT_LEAST" }));
    const other = relate(claim({ value: 100, qualifier: "AT_LEAST" }), claim({ value: 100, qualifier: "ABOUT" }));
    assert.equal(same?.kind, "DUPLICATE");
    assert.equal(other?.kind, "DUPLICATE");
    assert.ok(same!.score > other!.score);
    assert.ok(!/ and /.test(same!.reason.split("(")[0]!), same!.reason);
  });

  it("no qualifier reads as exact", () => {
    const relation = relate(claim({ qualifier: null }), claim({ qualifier: "EXACT" }));
    const exact = relate(claim({ qualifier: "EXACT" }), claim({ qualifier: "EXACT" }));
    assert.equal(relation?.score, exact?.score);
  });

  it("overlapping but different figures support each other; a different upper bound is not the same figure", () => {
    const relation = relate(claim({ value: 100, qualifier: "AT_LEAST" }), claim({ value: 150, qualifier: "ABOUT" }));
    assert.equal(relation?.kind, "SUPPORTS");
    assert.ok(relation!.score > 0 && relation!.score < 1);
    assert.match(relation!.reason, /can both be true/);
    assert.equal(kind(claim({ value: 100, valueMax: 120, qualifier: "RANGE" }), claim({ value: 100, valueMax: 110, qualifier: "RANGE" })), "SUPPORTS");
  });

  it("overlapping figures of different scope are left alone", () => {
    assert.equal(kind(claim({ value: 100, qualifier: "AT_LEAST", place: "Harbour" }), claim({ value: 150 })), null);
  });
});

describe("running tolls", () => {
  const day = (n: number) => new Date(Date.UTC(2026, 2, n, 12));

  it("a higher figure a day or more later updates the earlier one, whichever is the target", () => {
    const early = claim({ value: 100, qualifier: "AT_LEAST" }, { publishedAt: day(1) });
    const late = claim({ value: 150, qualifier: "AT_LEAST" }, { publishedAt: day(2) });
    assert.equal(kind(early, late), "UPDATES");
    assert.equal(kind(late, early), "UPDATES");
    assert.match(relate(early, late)!.reason, /in a later report/);
  });

  it("a lower figure published later is not an update", () => {
    const early = claim({ value: 150 }, { publishedAt: day(1) });
    const late = claim({ value: 100 }, { publishedAt: day(3) });
    assert.equal(kind(early, late), "CONTRADICTS");
  });

  it("less than a day apart in different articles, neither is later", () => {
    const a = claim({ value: 100 }, { publishedAt: new Date("2026-03-01T00:00:00Z") });
    const b = claim({ value: 150 }, { publishedAt: new Date("2026-03-01T23:59:59Z") });
    assert.equal(kind(a, b), "CONTRADICTS");
    const c = claim({ value: 150 }, { publishedAt: new Date("2026-03-02T00:00:00Z") });
    assert.equal(kind(a, c), "UPDATES", "exactly a day later counts");
  });

  it("an undated article is never later than another", () => {
    assert.equal(kind(claim({ value: 100 }, { publishedAt: null }), claim({ value: 150 }, { publishedAt: day(9) })), "CONTRADICTS");
    assert.equal(kind(claim({ value: 100 }, { publishedAt: day(1) }), claim({ value: 150 }, { publishedAt: null })), "CONTRADICTS");
  });

  it("in one article, the figure further on is the later one, and that scores above a later report", () => {
    const first = claim({ value: 100, qualifier: "AT_LEAST" }, { articleId: "same", start: 10 });
    const second = claim({ value: 120, qualifier: "AT_LEAST" }, { articleId: "same", start: 400 });
    const inArticle = relate(first, second);
    assert.equal(inArticle?.kind, "UPDATES");
    assert.equal(kind(second, first), "UPDATES");
    assert.match(inArticle!.reason, /later in the same article/);
    const acrossReports = relate(claim({ value: 100, qualifier: "AT_LEAST" }, { publishedAt: day(1) }), claim({ value: 120, qualifier: "AT_LEAST" }, { publishedAt: day(2) }));
    assert.ok(inArticle!.score > acrossReports!.score);
    // The same position in one article (two readings of one span) gives no order.
    const same = claim({ value: 120, qualifier: "AT_LEAST" }, { articleId: "same", start: 10 });
    assert.equal(kind(first, same), "SUPPORTS");
    // A higher figure further on in the same article... written earlier in the text is not later.
    const before = claim({ value: 100 }, { articleId: "same", start: 400 });
    const after = claim({ value: 150 }, { articleId: "same", start: 10 });
    assert.equal(kind(before, after), "CONTRADICTS");
  });

  it("a modest rise scores above a jump of more than double; exactly double is still modest", () => {
    const base = (value: number, at: number) => claim({ value, qualifier: "AT_LEAST" }, { publishedAt: day(at) });
    const modest = relate(base(100, 1), base(200, 2))!;
    const jump = relate(base(100, 1), base(201, 2))!;
    assert.equal(modest.kind, "UPDATES");
    assert.equal(jump.kind, "UPDATES");
    assert.ok(modest.score > jump.score);
    assert.ok(jump.score > 0.5);
  });

  it("an equal figure later is the same figure, not an update", () => {
    assert.equal(kind(claim({ value: 100 }, { publishedAt: day(1) }), claim({ value: 100 }, { publishedAt: day(5) })), "DUPLICATE");
  });

  it("only figures bounded from below make a running toll", () => {
    const early = claim({ value: 100, qualifier: "AT_LEAST" }, { publishedAt: day(1) });
    assert.notEqual(kind(early, claim({ value: 150, qualifier: "UP_TO" }, { publishedAt: day(2) })), "UPDATES");
    assert.notEqual(kind(claim({ value: 100, qualifier: "UP_TO" }, { publishedAt: day(1) }), claim({ value: 150, qualifier: "AT_LEAST" }, { publishedAt: day(2) })), "UPDATES");
  });

  it("a total never updates, on either side", () => {
    const early = claim({ value: 100, total: true }, { publishedAt: day(1) });
    const late = claim({ value: 150 }, { publishedAt: day(2) });
    assert.notEqual(kind(early, late), "UPDATES");
    assert.notEqual(kind(claim({ value: 100 }, { publishedAt: day(1) }), claim({ value: 150, total: true }, { publishedAt: day(2) })), "UPDATES");
  });

  it("a later figure of a different scope is not an update", () => {
    assert.equal(kind(claim({ value: 100 }, { publishedAt: day(1) }), claim({ value: 150, place: "Harbour" }, { publishedAt: day(2) })), null);
  });
});

describe("events", () => {
  const event = (name: string, polarity: 1 | -1) => ({ value: null, event: { name, polarity } });

  it("opposite polarity on the same event contradicts; the same polarity supports", () => {
    const backed = claim({ ...event("block", 1), actor: "Norland" });
    const vetoed = claim(event("block", -1));
    const contradiction = relate(backed, vetoed);
    assert.equal(contradiction?.kind, "CONTRADICTS");
    assert.match(contradiction!.reason, /Norland/);
    assert.match(contradiction!.reason, /proposed or backed.*vetoed or rebuffed/);
    const support = relate(vetoed, claim(event("block", -1)));
    assert.equal(support?.kind, "SUPPORTS");
    assert.match(support!.reason, /vetoed or rebuffed/);
    assert.ok(contradiction!.score > support!.score);
  });

  it("names the actor from either claim, else 'the same side'", () => {
    assert.match(relate(claim(event("confirm", 1)), claim({ ...event("confirm", -1), actor: "Ostria" }))!.reason, /Ostria/);
    assert.match(relate(claim(event("confirm", 1)), claim(event("confirm", -1)))!.reason, /the same side/);
  });

  it("an event class without a label reads as 'did it' / 'did not'", () => {
    const reason = relate(claim(event("no-such-class", 1)), claim(event("no-such-class", -1)))!.reason;
    assert.match(reason, /did it.*did not/);
  });

  it("different events are not compared", () => {
    assert.equal(kind(claim(event("block", 1)), claim(event("confirm", -1))), null);
  });
});

describe("ranking", () => {
  it("another outlet's claim gets a small lift; the same outlet or an unknown one does not", () => {
    const target = claim({ value: 100 }, { outlet: "Wire" });
    const other = claim({ value: 60 }, { outlet: "Daily" });
    const same = claim({ value: 60 }, { outlet: "Wire" });
    const unknown = claim({ value: 60 }, { outlet: null });
    const ranked = rankRelations(target, [same, unknown, other]);
    assert.equal(ranked[0]?.other.id, other.id);
    const score = (id: string) => ranked.find((item) => item.other.id === id)!.score;
    assert.ok(score(other.id) > score(same.id));
    assert.equal(score(same.id), score(unknown.id));
    const noOutlet = claim({ value: 100 }, { outlet: null });
    const lifted = rankRelations(noOutlet, [other]);
    assert.equal(lifted[0]?.score, relate(noOutlet, other)?.score);
  });

  it("leaves out claims with no relation and breaks ties by id", () => {
    const target = claim({ value: 100 });
    const unrelated = claim({ subjectKey: "ships" });
    const b = claim({ value: 60 }, { id: "b" });
    const a = claim({ value: 60 }, { id: "a" });
    assert.deepEqual(
      rankRelations(target, [b, unrelated, a]).map((item) => item.other.id),
      ["a", "b"],
    );
  });

  it("never scores above 0.99", () => {
    const target = claim({ value: 100 }, { outlet: "Wire" });
    for (const item of rankRelations(target, [claim({ value: 60 }, { outlet: "Daily" })])) assert.ok(item.score <= 0.99);
  });
});
