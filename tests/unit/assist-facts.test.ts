import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFacts } from "@/lib/assist/claim-facts";
import { countedFigures, deriveFacts, findSpeaker, subjectKeyOfText } from "@/lib/assist/facts";

// Sentences are our own writing, set in the fictional Tessel Valley, with the same kinds of
// wording real agency copy uses.

function factsOf(sentence: string, quote = sentence) {
  const start = sentence.indexOf(quote);
  assert.ok(start >= 0, `quote not in sentence: ${quote}`);
  return deriveFacts({ sentence, quoteStart: start, quoteEnd: start + quote.length });
}

describe("deriveFacts: figures", () => {
  it("reads what is counted, not the measure adjective before it", () => {
    const facts = factsOf("Talks aimed at ending a six-year war that has killed at least 41,000 people stalled again.");
    assert.equal(facts.value, 41000);
    assert.equal(facts.qualifier, "AT_LEAST");
    assert.equal(facts.unit, "people");
    assert.equal(facts.measure, "killed");
    assert.equal(facts.subjectKey, "q:killed:people");
  });
  it("reads number words, vague plurals, ranges and percentages", () => {
    assert.deepEqual(pick(factsOf("Officers were warned just four or five minutes before the shelling began.")), [4, 5, "RANGE"]);
    assert.deepEqual(pick(factsOf("Hundreds of thousands of people have fled the valley since 2019.")), [200000, null, "AT_LEAST"]);
    assert.deepEqual(pick(factsOf("Between 2,000 and 5,000 residents were displaced by the flood, the council said.")), [2000, 5000, "RANGE"]);
    assert.deepEqual(pick(factsOf("Some 5,000-7,000 fighters remain in the hills.")), [5000, 7000, "RANGE"]);
    const share = factsOf("The militia controls about 60 percent of the province.");
    assert.deepEqual(pick(share), [60, null, "ABOUT"]);
    assert.equal(share.unit, "%");
  });
  it("reads a toll that crossed a mark as more than the mark, counting the dead", () => {
    const facts = factsOf("The death toll from the Tessel floods crossed the 1,600 mark on Sunday.");
    assert.equal(facts.value, 1600);
    assert.equal(facts.qualifier, "MORE_THAN");
    assert.equal(facts.measure, "killed");
  });
  it("takes the counted thing from the figure before when the second has no noun", () => {
    const facts = factsOf("While the monitor documented at least 31 soldiers killed, the ministry admitted to only 6.", "the ministry admitted to only 6");
    assert.equal(facts.value, 6);
    assert.equal(facts.unit, "soldiers");
    assert.equal(facts.counted, "military");
    assert.equal(facts.speaker, "the ministry");
  });
  it("marks totals, parts, local places and single incidents, which change what can be compared", () => {
    assert.equal(factsOf("Health officers counted 81 suspected cases in all.").total, true);
    assert.equal(factsOf("Shelling killed 40 people, including 12 children.", "including 12 children").part, true);
    assert.equal(factsOf("The bombardment has killed nearly 300 people in Marvel since May 2, a monitor said.").place, "marvel");
    assert.equal(factsOf("At least nine people were killed in the latest raid on Tuesday.").incident, true);
    const national = factsOf("The war has killed more than 41,000 people, the monitor said.");
    assert.equal(national.place, null);
    assert.equal(national.incident, false);
  });
  it("does not count durations that only set the scene, pronoun 'one', or resolution numbers", () => {
    assert.deepEqual(countedFigures("After five years of conflict, one envoy cited Resolution 2254 and 12 new camps.").map((q) => q.value), [12]);
  });
});

describe("deriveFacts: speakers and events", () => {
  it("finds who said it, however it is attributed", () => {
    assert.equal(findSpeaker("The dam failed on Monday, the Tessel Valley Water Authority said."), "the Tessel Valley Water Authority");
    assert.equal(findSpeaker("According to the regional health office, 14 clinics closed."), "the regional health office");
    assert.equal(findSpeaker("“We were never warned,” said Ilse Marwan, a farmer in the valley."), "Ilse Marwan");
    assert.equal(findSpeaker("Ilse Marwan, who farms near the dam, told Reuters the water rose in minutes."), "Ilse Marwan");
    assert.equal(findSpeaker("He said the water rose in minutes."), null);
  });
  it("puts opposing verbs on opposite sides of one event class", () => {
    const vetoed = factsOf("Norland vetoed the council resolution on an inquiry into the dam.");
    const proposed = factsOf("A Norland proposal for inspectors to visit the dam had been rebuffed, its minister said.");
    assert.equal(vetoed.event?.name, "block");
    assert.equal(vetoed.event?.polarity, -1);
    assert.equal(proposed.event?.polarity, 1, "the actor proposed; someone else rebuffed it");
    assert.equal(vetoed.subjectKey, proposed.subjectKey);
    const withdrew = factsOf("The Norland army announced the withdrawal of most of its troops from the valley.");
    const shipped = factsOf("Norland has in fact shipped more armour to the valley than it has brought back.");
    assert.equal(withdrew.event?.polarity, -1);
    assert.equal(shipped.event?.polarity, 1);
  });
});

describe("claimFacts: what an editor typed always wins", () => {
  const body = "Intro line.\nThe flood has killed at least 120 people in the valley, the water authority said.\n";
  const start = body.indexOf("at least 120 people");
  const span = { start, end: start + "at least 120 people".length };
  const none = { kind: "QUANTITY" as const, subject: null, speaker: null, value: null, valueMax: null, qualifier: null, unit: null, place: null };
  it("derives every field from the sentence when nothing was typed, and says so", () => {
    const { facts } = claimFacts(body, span, none);
    assert.equal(facts.value, 120);
    assert.equal(facts.speaker, "the water authority");
    assert.deepEqual([...facts.derived].sort(), ["qualifier", "speaker", "subject", "unit", "value"]);
  });
  it("keeps typed values over derived ones and leaves them out of `derived`", () => {
    const { facts, subjectKey } = claimFacts(body, span, { ...none, value: 130, qualifier: "ABOUT", speaker: "Valley Water Authority", subject: "Flood deaths in Tessel Valley" });
    assert.equal(facts.value, 130);
    assert.equal(facts.qualifier, "ABOUT");
    assert.equal(facts.speaker, "Valley Water Authority");
    assert.equal(facts.derived.includes("value"), false);
    assert.equal(facts.derived.includes("speaker"), false);
    assert.equal(subjectKey, "q:killed:people@tessel valley", "a typed subject is keyed by the same classifier, narrowed by the place it names");
  });
  it("keeps a typed toll without a local place on the base key", () => {
    assert.equal(subjectKeyOfText("Norland military deaths"), "q:killed:military");
    assert.equal(subjectKeyOfText("People killed in the Tessel market strike, 9 May"), "q:killed:people@tessel");
  });
  it("keys unclassifiable typed subjects by their normalised text", () => {
    assert.equal(subjectKeyOfText("  Bridge  Budget, 2026 "), "s:bridge budget 2026");
  });
});

function pick(facts: { value: number | null; valueMax: number | null; qualifier: string | null }) {
  return [facts.value, facts.valueMax, facts.qualifier];
}

describe("countedFigures: parts of wholes", () => {
  it("folds the whole into the part and keeps its unit", () => {
    const [figure, ...rest] = countedFigures("Rebels hold three of the region's eleven towns.");
    assert.equal(rest.length, 0);
    assert.equal(figure?.value, 3);
    assert.equal(figure?.whole, 11);
    assert.equal(figure?.unit, "towns");
  });

  it("leaves two separate counts apart", () => {
    assert.deepEqual(countedFigures("Rebels hold three towns and eleven villages.").map((figure) => figure.value), [3, 11]);
  });

  it("marks the part as a part, so it is never set against the whole", () => {
    const sentence = "Gunmen killed 12 of the 40 passengers on the bus, police said.";
    const figure = countedFigures(sentence)[0]!;
    const facts = deriveFacts({ sentence, quoteStart: 0, quoteEnd: sentence.length, kind: "QUANTITY", figure });
    assert.equal(facts.value, 12);
    assert.equal(facts.part, true);
  });
});

describe("countedFigures: the size of a force", () => {
  it("counts a force given as an adjective, in the adjective's noun", () => {
    const [figure] = countedFigures("Envoys discussed a 20,000-member peace force for the valley.");
    assert.equal(figure?.value, 20_000);
    assert.equal(figure?.unit, "members");
    assert.equal(countedFigures("A 300-person relief mission crossed the river.")[0]?.unit, "people");
  });

  it("still skips a measure adjective that sets the scene", () => {
    assert.deepEqual(countedFigures("The 15-member council met after a five-year gap."), []);
  });
});

describe("findSpeaker: whose estimate", () => {
  it("credits an estimate, figure or count to whoever made it", () => {
    assert.equal(findSpeaker("Some 300 homes were destroyed, according to United Nations estimates."), "United Nations");
    assert.equal(findSpeaker("The toll reached 41, according to the ministry's figures."), "the ministry");
  });
});

describe("countedFigures: shares", () => {
  it("reads 'N in M' and fractions of a whole as one share", () => {
    const [ratio, ...rest] = countedFigures("Aid agencies say four in five residents rely on assistance.");
    assert.equal(rest.length, 0);
    assert.equal(ratio?.value, 80);
    assert.equal(ratio?.unit, "%");
    assert.equal(countedFigures("One in three children is underweight, the agency said.")[0]?.value, 33.3);
    const [fraction, ...others] = countedFigures("Two thirds of the city's 90,000 homes were damaged.");
    assert.equal(others.length, 0);
    assert.equal(fraction?.value, 66.7);
    assert.equal(fraction?.whole, 90_000);
  });
});
