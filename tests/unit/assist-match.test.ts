import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFacts } from "@/lib/assist/claim-facts";
import { figureInterval, intervalsOverlap, rankRelations, relate, type MatchClaim } from "@/lib/assist/match";

// Each claim is a sentence of our own writing; facts come from the real engine, as they would
// for a claim another tool sent with only its quote and kind.
let next = 0;
function claim(sentence: string, options: { quote?: string; article?: string; published?: string; outlet?: string; kind?: "QUANTITY" | "EVENT" } = {}): MatchClaim {
  const body = `${sentence}\n`;
  const quote = options.quote ?? sentence;
  const start = body.indexOf(quote);
  assert.ok(start >= 0);
  const none = { subject: null, speaker: null, value: null, valueMax: null, qualifier: null, unit: null, place: null };
  const { facts } = claimFacts(body, { start, end: start + quote.length }, { kind: options.kind ?? "QUANTITY", ...none });
  next += 1;
  return { id: `c${String(next).padStart(3, "0")}`, articleId: options.article ?? `a${next}`, start, publishedAt: new Date(options.published ?? "2026-05-04"), outlet: options.outlet ?? `Outlet ${next}`, facts };
}

function kindOf(a: MatchClaim, b: MatchClaim) {
  return relate(a, b)?.kind ?? null;
}

describe("figureInterval", () => {
  it("turns each qualifier into the values it allows", () => {
    assert.deepEqual(figureInterval({ value: 93, valueMax: null, qualifier: "AT_LEAST" }), [93, Number.POSITIVE_INFINITY]);
    assert.deepEqual(figureInterval({ value: 40, valueMax: null, qualifier: "AS_MANY_AS" }), [0, 40]);
    assert.deepEqual(figureInterval({ value: 40, valueMax: null, qualifier: "UP_TO" }), [0, 40]);
    assert.deepEqual(figureInterval({ value: 4, valueMax: 5, qualifier: "RANGE" }), [4, 5]);
    assert.deepEqual(figureInterval({ value: 300, valueMax: null, qualifier: "ABOUT" }), [270, 330]);
    assert.deepEqual(figureInterval({ value: 250, valueMax: null, qualifier: "NEARLY" }), [225, 250]);
    assert.deepEqual(figureInterval({ value: 7, valueMax: null, qualifier: "EXACT" }), [7, 7]);
    assert.equal(figureInterval({ value: null, valueMax: null, qualifier: null }), null);
  });
  it("overlaps at the edges and not beyond", () => {
    assert.equal(intervalsOverlap([1, 5], [5, 9]), true);
    assert.equal(intervalsOverlap([1, 5], [5.5, 9]), false);
  });
});

describe("relate: figures", () => {
  it("flags figures for the same thing that cannot both be right, across outlets", () => {
    const agency = claim("The agency found that 31 Norland soldiers were killed in the valley between March and May.", { published: "2026-05-04" });
    const ministry = claim("The defence ministry has confirmed only the deaths of six soldiers in that period.", { published: "2026-05-04" });
    const relation = relate(agency, ministry);
    assert.equal(relation?.kind, "CONTRADICTS");
    assert.match(relation?.reason ?? "", /31 against 6/);
  });
  it("reads a later, higher running toll as an update, in the same article or a later report", () => {
    const first = claim("At least 17 militiamen were killed in the strikes overnight, the monitor said.", { article: "x", published: "2026-02-26" });
    const second = claim("The operation killed at least 22 militiamen, according to the monitor.", { article: "x", published: "2026-02-26" });
    second.start = first.start + 500;
    assert.equal(kindOf(first, second), "UPDATES");
    const early = claim("The war has killed at least 41,000 people.", { published: "2024-04-21" });
    const late = claim("At least 52,000 people are believed to have been killed in the war.", { published: "2026-02-26" });
    assert.equal(kindOf(early, late), "UPDATES");
  });
  it("names the thing counted once when the unit an editor typed already says the measure", () => {
    const early = claim("The war has killed at least 41,000 people.", { published: "2024-04-21" });
    const late = claim("At least 52,000 people are believed to have been killed in the war.", { published: "2026-02-26" });
    early.facts = { ...early.facts, unit: "people killed" };
    late.facts = { ...late.facts, unit: "people killed" };
    const reason = relate(early, late)?.reason ?? "";
    assert.match(reason, /higher count of people killed: /);
    assert.doesNotMatch(reason, /killed killed/);
    // A unit that is only the noun still gets the measure.
    early.facts = { ...early.facts, unit: "civilians" };
    assert.match(relate(early, late)?.reason ?? "", /higher count of civilians killed: /);
  });
  it("calls the same figure a duplicate only when the thing counted matches, never by wording", () => {
    const a = claim("The war has killed at least 41,000 people.");
    const b = claim("More than 41,000 people have been killed in the conflict.");
    assert.equal(kindOf(a, b), "DUPLICATE");
    const sameWordsOtherThing = claim("The war has displaced at least 41,000 people.");
    assert.equal(kindOf(a, sameWordsOtherThing), null);
  });
  it("never calls consistent figures a contradiction (the traps)", () => {
    const atLeast = claim("The war has killed at least 250,000 people.");
    const vague = claim("Hundreds of thousands of people have been killed since the war began.");
    assert.notEqual(kindOf(atLeast, vague), "CONTRADICTS", "at least 250,000 and hundreds of thousands");
    const national = claim("The war has killed more than 41,000 people, the monitor said.");
    const district = claim("The bombardment has killed nearly 300 people in Marvel since May 2, a monitor said.");
    assert.equal(kindOf(national, district), null, "a city's toll against the national total");
    const part = claim("Clinics in the north reported 29 suspected cases on Monday.");
    const total = claim("The ministry counted 81 suspected cases in all.");
    assert.notEqual(kindOf(part, total), "CONTRADICTS", "a part against a total");
    const quarter = claim("The ministry admitted to only 6 soldiers killed between January and March.");
    const sinceStart = claim("The ministry has acknowledged the loss of about 30 soldiers since its intervention in 2024.");
    assert.equal(kindOf(quarter, sinceStart), null, "a quarter's deaths against all deaths since the start");
    const oneAttack = claim("Six people were killed when barrel bombs hit the town, the monitor said.");
    assert.equal(kindOf(oneAttack, national), null, "figures orders of magnitude apart describe different scopes");
    const children = claim("Shelling killed 40 people, including 12 children.", { quote: "including 12 children" });
    const people = claim("Shelling killed 40 people, including 12 children.", { quote: "Shelling killed 40 people" });
    assert.equal(kindOf(children, people), null);
  });
});

describe("relate: events", () => {
  it("suggests opposing statements about the same side as contradictions", () => {
    const proposal = claim("A Norland proposal for inspectors to visit the dam had been rebuffed, its minister said.", { kind: "EVENT" });
    const veto = claim("It was Norland that vetoed the council resolution on an inquiry.", { kind: "EVENT" });
    const relation = relate(proposal, veto);
    assert.equal(relation?.kind, "CONTRADICTS");
    assert.match(relation?.reason ?? "", /opposing statements/);
    const withdrawal = claim("The Norland army announced the withdrawal of most of its troops from the valley.", { kind: "EVENT" });
    const shipping = claim("Norland has in fact shipped more armour to the valley than it has brought back.", { kind: "EVENT" });
    assert.equal(kindOf(withdrawal, shipping), "CONTRADICTS");
    const despite = claim("Norland has moved more artillery into the valley, weeks after declaring a partial withdrawal.", { kind: "EVENT" });
    assert.equal(despite.facts.event?.polarity, 1, "the main clause decides, not the 'after …' phrase");
    assert.equal(kindOf(withdrawal, despite), "CONTRADICTS");
    const denial = claim("Norland denied that its troops were fighting in the valley.", { kind: "EVENT" });
    const confirmation = claim("Norland confirmed one of its officers was killed in the valley.", { kind: "EVENT" });
    assert.equal(kindOf(denial, confirmation), "CONTRADICTS");
  });
  it("does not compare events about different sides or of different kinds", () => {
    const norland = claim("Norland vetoed the council resolution.", { kind: "EVENT" });
    const ostria = claim("Ostria proposed a new council resolution.", { kind: "EVENT" });
    assert.equal(kindOf(norland, ostria), null);
  });
});

describe("rankRelations", () => {
  it("puts contradictions first and prefers another outlet's figure", () => {
    const target = claim("The agency found that 31 Norland soldiers were killed in the valley between March and May.", { outlet: "Wire" });
    const sameOutlet = claim("The ministry confirmed the deaths of six soldiers in that period.", { outlet: "Wire" });
    const otherOutlet = claim("The ministry said only five soldiers had died in that period.", { outlet: "Daily" });
    const duplicate = claim("Records show 31 Norland soldiers were killed in the valley between March and May.", { outlet: "Daily" });
    const ranked = rankRelations(target, [duplicate, sameOutlet, otherOutlet]);
    assert.deepEqual(ranked.map((item) => item.kind), ["CONTRADICTS", "CONTRADICTS", "DUPLICATE"]);
    assert.equal(ranked[0]?.other.id, otherOutlet.id);
    assert.ok(ranked.every((item) => item.reason.length > 10));
  });
});

describe("relate: totals and follow-ups", () => {
  it("sets a figure larger than a total against it, and leaves a smaller one as a possible part", () => {
    const range = claim("Between 180,000 and 210,000 people have been killed in the war, monitors said.");
    const lowTotal = claim("The government puts the total death toll at fewer than 90,000.");
    const highTotal = claim("The government puts the total death toll at 400,000.");
    assert.equal(kindOf(range, lowTotal), "CONTRADICTS");
    assert.equal(kindOf(lowTotal, range), "CONTRADICTS");
    assert.equal(kindOf(range, highTotal), null);
  });

  it("reads an unscoped figure later in the same article as going on about the incident", () => {
    const incident = claim("At least 42 people were killed when rockets struck the bus station on Tuesday.", { article: "same" });
    const followUp = claim("A monitor put the number of dead at around 60.", { article: "same" });
    const elsewhere = claim("A monitor put the number of dead at around 60.", { article: "elsewhere" });
    const war = claim("Since 2019, at least 180,000 people have been killed.", { article: "same" });
    assert.ok(relate(incident, followUp), "compared within the article");
    assert.equal(kindOf(incident, elsewhere), null, "another report's unscoped figure may be a whole war's");
    assert.equal(kindOf(incident, war), null, "a running total is never the incident's");
  });

  it("never sets a part of a count against the count", () => {
    const toll = claim("At least 42 people were killed in the attack, officials said.", { article: "p" });
    const part = claim("Medics said 14 of the victims were children.", { article: "p" });
    assert.equal(part.facts.part, true);
    assert.equal(kindOf(toll, part), null);
  });

  it("compares a share as a share", () => {
    const share = claim("Nearly two thirds of the province's 1.2 million residents depend on food aid.");
    assert.equal(share.facts.value, 66.7);
    assert.equal(share.facts.unit, "%");
    assert.equal(share.facts.qualifier, "NEARLY");
  });
});
