import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countedFigures, deriveFacts, findSpeaker, subjectKeyOfText, type DerivedFacts } from "@/lib/assist/facts";

// Pins each rule of the fact reader with sentences of our own writing (the fictional Tessel Valley,
// with its towns Lusk, Kessel and Marvel and the countries Norland and Vell), so that a loosened
// pattern, a flipped condition or a dropped list entry in lib/assist/facts.ts fails a test.

function factsOf(sentence: string, quote = sentence, kind?: "QUANTITY" | "EVENT" | "ATTRIBUTION" | "OTHER"): DerivedFacts {
  const start = sentence.indexOf(quote);
  assert.ok(start >= 0, `quote not in sentence: ${quote}`);
  return deriveFacts({ sentence, quoteStart: start, quoteEnd: start + quote.length, ...(kind ? { kind } : {}) });
}

function figure(facts: DerivedFacts) {
  return [facts.value, facts.valueMax, facts.qualifier, facts.unit];
}

describe("findSpeaker: the phrase before the reporting verb", () => {
  it("takes a definite noun phrase before or after the quote", () => {
    assert.equal(findSpeaker("The harbour master said the quay was closed."), "the harbour master");
    assert.equal(findSpeaker("The quay was closed, the harbour master said."), "the harbour master");
    assert.equal(findSpeaker("The quay — as the harbour master said — was closed."), "the harbour master");
  });
  it("takes a capitalised name or a speaker head without an article", () => {
    assert.equal(findSpeaker("Tessel Radio reported that the quay was closed."), "Tessel Radio");
    assert.equal(findSpeaker("Police said 12 people were held."), "Police");
    assert.equal(findSpeaker("Aid workers warned that 40 wells had dried up."), "Aid workers");
    assert.equal(findSpeaker("The quay was closed, one official said."), "one official");
  });
  it("drops an indefinite article but keeps the definite one, lower-cased", () => {
    assert.equal(findSpeaker("A spokeswoman for the council said the quay was closed."), "spokeswoman for the council");
    assert.equal(findSpeaker("The ministry said the quay was closed."), "the ministry");
  });
  it("strips leading connectives and trailing adverbs, times and 'in a statement'", () => {
    assert.equal(findSpeaker("But Mayor Petra Lind also said the dam would hold."), "Mayor Petra Lind");
    assert.equal(findSpeaker("However the mayor later said the dam would hold."), "the mayor");
    assert.equal(findSpeaker("Meanwhile, Petra Lind said in a statement that the dam would hold."), "Petra Lind");
    assert.equal(findSpeaker("Petra Lind on Tuesday said the dam would hold."), "Petra Lind");
    assert.equal(findSpeaker("Petra Lind on March 3 said the dam would hold."), "Petra Lind");
    assert.equal(findSpeaker("The water board has previously said the dam would hold."), "the water board");
  });
  it("keeps connective words that sit inside a name", () => {
    assert.equal(findSpeaker("The Tessel Health and Safety Board said the dam would hold."), "the Tessel Health and Safety Board");
  });
  it("refuses pronouns, bare 'officials' and figures", () => {
    assert.equal(findSpeaker("He said the dam would hold."), null);
    assert.equal(findSpeaker("They said the dam would hold."), null);
    assert.equal(findSpeaker("The quay was closed, officials said."), null);
    assert.equal(findSpeaker("the 300 men said nothing."), null);
  });
  it("refuses a phrase longer than a name can be", () => {
    assert.equal(findSpeaker("The quay was closed yesterday, the director of the port authority of the northern Tessel Valley region said."), null);
  });
});

describe("findSpeaker: nested clauses and quotes", () => {
  it("skips a relative clause between the speaker and the verb", () => {
    assert.equal(findSpeaker("Ilse Marwan, who farms near the dam, told Reuters the water was rising."), "Ilse Marwan");
    assert.equal(findSpeaker("The ministry, which runs the camps, said 400 tents arrived."), "the ministry");
    assert.equal(findSpeaker("Ilse Marwan, who farms near the dam, said Norland troops had left."), "Ilse Marwan");
  });
  it("looks past 'for her part' to the speaker", () => {
    assert.equal(findSpeaker("For her part, the envoy said talks would resume."), "the envoy");
  });
  it("takes the name after an opening quotation", () => {
    assert.equal(findSpeaker("“The water is rising,” Ilse Marwan told reporters on Monday."), "Ilse Marwan");
    assert.equal(findSpeaker("“We were never warned,” said Ilse Marwan."), "Ilse Marwan");
  });
  it("prefers an apposition's title to the name before it", () => {
    assert.equal(findSpeaker("Then the governor of Lusk province, Omar al-Rashid, said the quay was closed."), "Omar al-Rashid");
  });
});

describe("findSpeaker: 'said X' after the statement", () => {
  it("takes the name after a verb that opens its clause, not the clause before it", () => {
    assert.equal(findSpeaker("The quay was closed, said Orla Benedek, a pilot on the river."), "Orla Benedek");
    assert.equal(findSpeaker("\"The water is rising,\" said Ilse Marwan."), "Ilse Marwan");
    assert.equal(findSpeaker("The quay was closed, said Orla Benedek."), "Orla Benedek");
  });
  it("keeps an initial's full stop but not the sentence's", () => {
    assert.equal(findSpeaker("The quay was closed, said John F."), "John F.");
  });
  it("never takes a clause or a news agency as the speaker", () => {
    assert.equal(findSpeaker("The quay was closed, said the coastguard."), null);
    assert.equal(findSpeaker("The quay was closed, said Reuters."), null);
  });
  it("does not read what was said as the speaker after an apposition", () => {
    assert.equal(findSpeaker("Anna Berg, the mayor, said Norland had left."), "the mayor");
  });
});

describe("findSpeaker: according to", () => {
  it("reads the source and drops the estimates word and possessive", () => {
    assert.equal(findSpeaker("The quay was closed, according to the Tessel port authority."), "the Tessel port authority");
    assert.equal(findSpeaker("Sixty boats sank, according to United Nations estimates."), "United Nations");
    assert.equal(findSpeaker("According to Marta Kovač's figures, sixty boats sank."), "Marta Kovač");
  });
});

describe("deriveFacts: local places and national places", () => {
  it("keeps a town that narrows the figure", () => {
    const facts = factsOf("At least 31 people were killed in Tessel on Saturday, the health ministry said.");
    assert.equal(facts.place, "tessel");
    assert.equal(facts.subject, "people killed in Tessel");
    assert.equal(facts.subjectKey, "q:killed:people");
  });
  it("leaves a national place out", () => {
    const facts = factsOf("At least 31 people were killed in Syria on Saturday, the health ministry said.");
    assert.equal(facts.place, null);
    assert.equal(facts.subject, "people killed");
  });
  it("reads a place after 'near' and in a short opening phrase", () => {
    assert.equal(factsOf("The army said 20 rebels were killed overnight near Kessel.").place, "kessel");
    assert.equal(factsOf("The shelling of Marvel, which has lasted weeks, has killed nearly 300 people.").place, "marvel");
    assert.equal(factsOf("Floods damaged 17 villages in Lusk province.").subject, "villages in Lusk");
  });
  it("gives the subject key of a typed subject the local place after '@', but not a national one", () => {
    assert.equal(subjectKeyOfText("people killed in the Tessel market strike"), "q:killed:people@tessel");
    assert.equal(subjectKeyOfText("children displaced in Syria"), "q:displaced:children");
    assert.equal(subjectKeyOfText("Norland soldiers wounded"), "q:wounded:military");
    assert.equal(subjectKeyOfText("refugees"), "q:displaced:people");
  });
  it("keys a subject without a measure or a class by its folded words", () => {
    assert.equal(subjectKeyOfText("the price of bread"), "s:the price of bread");
    assert.equal(subjectKeyOfText("Élan vital – policy"), "s:elan vital policy");
  });
});

describe("deriveFacts: scope markers", () => {
  it("marks one incident ('on Saturday', 'overnight', 'in the attack')", () => {
    assert.equal(factsOf("At least 31 people were killed in Tessel on Saturday, the health ministry said.").incident, true);
    assert.equal(factsOf("The army said 20 rebels were killed overnight near Kessel.").incident, true);
    assert.equal(factsOf("At least 12 Turkish soldiers were wounded in the attack.").incident, true);
    assert.equal(factsOf("The shelling of Marvel, which has lasted weeks, has killed nearly 300 people.").incident, false);
  });
  it("does not let a phrase that dates the report scope the figure", () => {
    const facts = factsOf("Earlier this week, the agency reported that 31 people were killed in Lusk.");
    assert.equal(facts.incident, false);
    assert.equal(facts.speaker, "the agency");
    assert.equal(facts.place, "lusk");
  });
  it("reads 'since the war began' as since and 'between January and March' as a window", () => {
    const since = factsOf("More than 4,000 civilians have been killed since the war began, the monitor said.");
    assert.equal(since.period, "since");
    assert.equal(since.incident, false);
    assert.equal(factsOf("Some 1,200 people were displaced between January and March, the agency said.").period, "window");
    assert.equal(factsOf("Officials counted 300 strikes on the city.").period, null);
  });
  it("marks a total after the figure ('in all') or before it ('In total')", () => {
    assert.equal(factsOf("Rescuers found 81 cases in all, including 19 children.").total, true);
    assert.equal(factsOf("In total, 500 houses were destroyed.").total, true);
    assert.equal(factsOf("Officials counted 300 strikes on the city.").total, false);
  });
  it("marks a part after 'including', before 'of the victims' and of a whole", () => {
    const sentence = "Rescuers found 81 cases in all, including 19 children.";
    const part = factsOf(sentence, "19 children");
    assert.deepEqual([part.value, part.counted, part.part, part.total], [19, "children", true, false]);
    assert.equal(factsOf(sentence).part, false);
    const victims = factsOf("Fourteen of the victims were children.");
    assert.deepEqual([victims.value, victims.part, victims.counted], [14, true, "people"]);
    const terminals = factsOf("Two of the port's five container terminals closed.");
    assert.deepEqual([terminals.value, terminals.unit, terminals.part], [2, "container terminals", true]);
  });
});

describe("deriveFacts: counted classes, groups and measure words", () => {
  it("maps the counted noun to its class", () => {
    const cases: Array<[string, string]> = [
      ["The army said 20 rebels were killed overnight near Kessel.", "fighters"],
      ["At least 12 Turkish soldiers were wounded in the attack.", "military"],
      ["Some 200 Norland troops crossed into Vell.", "military"],
      ["40 tanks and 12 jets were destroyed.", "armour"],
      ["Officials counted 300 strikes on the city.", "strikes"],
      ["The clinic reported 25 new infections.", "cases"],
      ["Floods damaged 17 villages in Lusk province.", "places"],
      ["More than 4,000 civilians have been killed since the war began, the monitor said.", "people"],
      ["One child died in the fire.", "children"],
    ];
    for (const [sentence, counted] of cases) assert.equal(factsOf(sentence).counted, counted, sentence);
  });
  it("falls back to the singular of the last word of an unknown noun", () => {
    assert.equal(factsOf("After five years of conflict, 900 schools remain shut.").counted, "school");
    assert.equal(factsOf("UN Resolution 2254 calls for 30 observers.").counted, "observer");
    assert.equal(factsOf("In total, 500 houses were destroyed.").subjectKey, "q:count:house");
  });
  it("reads the country of the counted group from the unit", () => {
    assert.equal(factsOf("At least 12 Turkish soldiers were wounded in the attack.").group, "turkey");
    assert.equal(factsOf("The army said 20 rebels were killed overnight near Kessel.").group, null);
  });
  it("reads a measure word as people when the unit is what happened to them", () => {
    const facts = factsOf("About 11 million displaced live in camps.");
    assert.deepEqual([facts.value, facts.measure, facts.counted, facts.subjectKey], [11_000_000, "displaced", "people", "q:displaced:people"]);
  });
  it("reads the measure of people from anywhere in the sentence, but not a later figure's words", () => {
    const sentence = "Two of the port's five container terminals closed, and 14 dock workers were injured.";
    const terminals = factsOf(sentence, "Two of the port's five container terminals closed");
    assert.equal(terminals.measure, null);
    assert.equal(terminals.subjectKey, "q:count:terminal");
    const workers = factsOf(sentence, "14 dock workers were injured");
    assert.deepEqual([workers.value, workers.measure, workers.subject], [14, "wounded", "dock workers wounded"]);
  });
  it("reads 'crossed the 1,600 mark' as more than 1,600 deaths", () => {
    const facts = factsOf("The toll crossed the 1,600 mark, officials said.");
    assert.deepEqual(figure(facts), [1600, null, "MORE_THAN", null]);
    assert.equal(facts.measure, "killed");
    assert.equal(facts.subjectKey, "q:killed:people");
  });
  it("borrows the unit of the figure counted just before a bare one, with the nearest speaker", () => {
    const sentence = "The monitor documented at least 31 deaths, but the ministry admitted to only 5.";
    const monitor = factsOf(sentence);
    assert.deepEqual([...figure(monitor), monitor.speaker], [31, null, "AT_LEAST", "deaths", "the monitor"]);
    const ministry = factsOf(sentence, "only 5");
    assert.deepEqual([...figure(ministry), ministry.speaker, ministry.subjectKey], [5, null, "EXACT", "deaths", "the ministry", "q:killed:people"]);
  });
});

describe("deriveFacts: shares, force sizes and parts of wholes", () => {
  it("reads 'four in five' as a share of what the second counts", () => {
    const facts = factsOf("Four in five residents said they felt unsafe.");
    assert.deepEqual([facts.value, facts.unit, facts.counted, facts.subject], [80, "%", "percent", "share of residents"]);
  });
  it("reads 'two thirds' as 66.7% and keeps the whole on the share", () => {
    const whole = factsOf("Two thirds of the 1.2 million residents have fled.");
    assert.deepEqual([whole.value, whole.unit, whole.part, whole.subject, whole.subjectKey], [66.7, "%", true, "share of residents", "q:displaced:percent"]);
    const bare = factsOf("Two thirds of residents have fled.");
    assert.deepEqual([bare.value, bare.unit, bare.part], [66.7, "%", false]);
  });
  it("counts a force size, but not a small council", () => {
    assert.deepEqual(figure(factsOf("A 50,000-member force was deployed to the valley.")), [50000, null, "EXACT", "members"]);
    const mission = factsOf("A 300-person relief mission arrived in Lusk.");
    assert.deepEqual([...figure(mission), mission.place], [300, null, "EXACT", "people", "lusk"]);
    assert.equal(factsOf("A 15-member council met in Lusk.").value, null);
  });
  it("keeps the part, its whole and the whole's unit in countedFigures", () => {
    const text = "Two of the port's five container terminals closed.";
    const [part, ...rest] = countedFigures(text);
    assert.deepEqual(rest, []);
    assert.deepEqual(part && [part.value, part.unit, part.whole, part.wholeUnit, text.slice(part.start, part.end)], [
      2,
      "container terminals",
      5,
      "container terminals",
      "Two of the port's five container terminals",
    ]);
  });
});

describe("deriveFacts: the figure chosen", () => {
  it("skips a pronoun 'one' but keeps 'one child died'", () => {
    const envoy = factsOf("One envoy said talks had stalled.");
    assert.deepEqual([envoy.value, envoy.speaker], [null, "One envoy"]);
    assert.deepEqual(figure(factsOf("One child died in the fire.")), [1, null, "EXACT", "child"]);
  });
  it("skips durations that set the scene, ages and resolution numbers", () => {
    assert.deepEqual(figure(factsOf("After five years of conflict, 900 schools remain shut.")), [900, null, "EXACT", "schools"]);
    assert.deepEqual(figure(factsOf("The 45-year-old driver and 3 passengers were hurt.")), [3, null, "EXACT", "passengers"]);
    assert.deepEqual(figure(factsOf("UN Resolution 2254 calls for 30 observers.")), [30, null, "EXACT", "observers"]);
  });
  it("keeps a checkable short range of minutes", () => {
    assert.deepEqual(figure(factsOf("Residents had four or five minutes before the shelling began.")), [4, 5, "RANGE", "minutes"]);
  });
  it("takes the first counted figure of the quote", () => {
    assert.deepEqual(figure(factsOf("40 tanks and 12 jets were destroyed.")), [40, null, "EXACT", "tanks"]);
    assert.deepEqual(figure(factsOf("40 tanks and 12 jets were destroyed.", "12 jets were destroyed")), [12, null, "EXACT", "jets"]);
  });
  it("reads a percentage as a percent class", () => {
    const facts = factsOf("The figure rose to 40 percent, the agency said.");
    assert.deepEqual([facts.value, facts.unit, facts.counted, facts.subjectKey, facts.speaker], [40, "%", "percent", "q:count:percent", "the agency"]);
  });
});

describe("deriveFacts: statements without a figure", () => {
  it("reads the event and its actor, even a clefted one", () => {
    for (const sentence of ["Norland vetoed the resolution.", "It was Norland that vetoed the resolution."]) {
      const facts = factsOf(sentence);
      assert.deepEqual([facts.value, facts.event, facts.actor, facts.subjectKey], [null, { name: "block", polarity: -1 }, "norland", "e:block:norland"], sentence);
    }
  });
  it("compares an event claim as an event even when its sentence carries a figure", () => {
    const facts = factsOf("Norland vetoed the resolution, killing 93 hopes.", undefined, "EVENT");
    assert.deepEqual([facts.value, facts.subject, facts.subjectKey], [null, "norland block", "e:block:norland"]);
  });
});

describe("deriveFacts: shares written 'N in M' and 'N out of M'", () => {
  it("reads 'nine out of 10' as 90%", () => {
    const facts = factsOf("Nine out of 10 households lack water.");
    assert.deepEqual([facts.value, facts.unit, facts.subject], [90, "%", "share of households"]);
    assert.deepEqual(pick(factsOf("3 out of 4 voters backed the plan.")), [75, "%", "share of voters"]);
  });
  it("reads 'one in 10' as 10%, not as ten households", () => {
    assert.deepEqual(pick(factsOf("One in 10 households lacks water.")), [10, "%", "share of households"]);
    assert.deepEqual(pick(factsOf("Only one in 12 clinics is open.")), [8.3, "%", "share of clinics"]);
  });
  function pick(facts: DerivedFacts) {
    return [facts.value, facts.unit, facts.subject];
  }
});

describe("deriveFacts: ages and singular classes", () => {
  it("does not propose an age written after 'aged' as the figure", () => {
    assert.deepEqual(figure(factsOf("The driver, aged 45, and 3 passengers were hurt.")), [3, null, "EXACT", "passengers"]);
    assert.deepEqual(figure(factsOf("A man aged 70 and 12 children were rescued.")), [12, null, "EXACT", "children"]);
  });
  it("gives 'one family' and '300 families' the same counted class", () => {
    const many = factsOf("Two years ago 300 families fled.");
    const one = factsOf("One family fled.");
    assert.equal(many.counted, "family");
    assert.equal(many.subjectKey, one.subjectKey);
    assert.equal(factsOf("40 bodies were recovered.").counted, "body");
  });
});

describe("deriveFacts: places that are not local places", () => {
  it("leaves out an organisation, a capital standing for its country and a month", () => {
    assert.equal(factsOf("About 70 people died in the United Nations compound.").place, null);
    assert.equal(factsOf("Some 40 people were killed in Damascus.").place, null);
    const january = factsOf("Some 40 people were killed in January.");
    assert.deepEqual([january.place, january.period], [null, "window"]);
  });
  it("drops the possessive of a town", () => {
    const facts = factsOf("The clinic treated 40 patients in Kessel's main hospital.");
    assert.deepEqual([facts.place, facts.counted, facts.subject], ["kessel", "cases", "patients in Kessel"]);
  });
});

describe("deriveFacts: the clause around the figure", () => {
  const sentence = "Shelling in Kessel killed 12 civilians, while 30 soldiers were wounded in Marvel.";
  it("stops the first figure's clause at ', while'", () => {
    const civilians = factsOf(sentence, "12 civilians");
    assert.deepEqual([civilians.place, civilians.measure, civilians.subject], ["kessel", "killed", "civilians killed in Kessel"]);
  });
  it("gives the second figure its own place and measure", () => {
    const soldiers = factsOf(sentence, "30 soldiers were wounded in Marvel");
    assert.deepEqual([soldiers.place, soldiers.measure, soldiers.subjectKey], ["marvel", "wounded", "q:wounded:military"]);
  });
  it("starts a clause after a semicolon, borrowing the earlier figure's unit", () => {
    const facts = factsOf("Some 400 people were killed in Lusk; in Kessel 20 more died.", "20 more died");
    assert.deepEqual([facts.value, facts.unit, facts.place, facts.measure], [20, "people", "kessel", "killed"]);
  });
});

describe("deriveFacts: durations, ages and numbered documents are not the figure", () => {
  it("drops a bare duration but keeps one marked 'barely' or given as a range", () => {
    assert.equal(factsOf("The siege lasted three weeks.").value, null);
    assert.equal(factsOf("The siege lasted 300 days of hunger.").value, null);
    assert.deepEqual(figure(factsOf("The siege lasted barely three weeks.")), [3, null, "EXACT", "weeks"]);
    assert.deepEqual(figure(factsOf("The ceasefire lasted only 12 hours.")), [12, null, "EXACT", "hours"]);
    assert.deepEqual(figure(factsOf("The ceasefire lasted 12 to 14 hours.")), [12, 14, "RANGE", "hours"]);
  });
  it("drops durations that set the scene ('ago', 'within')", () => {
    assert.deepEqual(figure(factsOf("Two years ago 300 families fled.")), [300, null, "EXACT", "families"]);
    assert.deepEqual(figure(factsOf("Within 48 hours, 200 homes were evacuated.")), [200, null, "EXACT", "homes"]);
    assert.deepEqual(figure(factsOf("Within two decades the town lost 3,000 jobs.")), [3000, null, "EXACT", "jobs"]);
  });
  it("drops an age given as 'years old'", () => {
    assert.deepEqual(figure(factsOf("A man, 45 years old, and 3 passengers were hurt.")), [3, null, "EXACT", "passengers"]);
  });
  it("drops the number of an article or resolution", () => {
    assert.deepEqual(figure(factsOf("Article 12 requires 30 inspectors.")), [30, null, "EXACT", "inspectors"]);
    assert.deepEqual(figure(factsOf("Resolution no. 7 named 12 envoys.")), [12, null, "EXACT", "envoys"]);
  });
  it("drops 'one' in 'at one point' and 'one day'", () => {
    assert.deepEqual(figure(factsOf("At one point, 40 people were trapped.")), [40, null, "EXACT", "people"]);
    assert.deepEqual(figure(factsOf("One day 12 people died.")), [12, null, "EXACT", "people"]);
  });
});

describe("deriveFacts: subjects of figures", () => {
  it("describes a 'figure' or 'mark' by what the clause counts", () => {
    const disputed = factsOf("Officials disputed the 300 figure, saying 40 people died.");
    assert.deepEqual([disputed.value, disputed.unit, disputed.counted, disputed.subject], [300, "figure", "people", "people killed"]);
    const mark = factsOf("The toll stood at the 1,600 mark.");
    assert.deepEqual([mark.qualifier, mark.unit, mark.counted, mark.subject], ["EXACT", "mark", null, "people killed"]);
  });
  it("gives no subject to a figure that counts nothing known", () => {
    const facts = factsOf("The score was 40.");
    assert.deepEqual([facts.value, facts.counted, facts.measure, facts.subject, facts.subjectKey], [40, null, null, null, null]);
  });
});

describe("deriveFacts: the claim kind decides whether a figure is read", () => {
  const sentence = "About 70 people died in Lusk.";
  it("reads the figure for OTHER as for QUANTITY", () => {
    assert.deepEqual(figure(factsOf(sentence, sentence, "OTHER")), [70, null, "ABOUT", "people"]);
    assert.deepEqual(figure(factsOf(sentence, sentence, "QUANTITY")), [70, null, "ABOUT", "people"]);
  });
  it("reads no figure for an attribution, keeping its place", () => {
    const facts = factsOf(sentence, sentence, "ATTRIBUTION");
    assert.deepEqual([facts.value, facts.unit, facts.place, facts.total, facts.part, facts.period], [null, null, "lusk", false, false, null]);
  });
});

describe("deriveFacts: events, their actors and main clauses", () => {
  it("takes the main clause's verb over one after 'after'", () => {
    for (const sentence of ["After Iran proposed talks, Turkey rejected the plan.", "Turkey rejected the plan after Iran proposed talks."]) {
      const facts = factsOf(sentence);
      assert.deepEqual([facts.event, facts.actor, facts.subjectKey], [{ name: "block", polarity: -1 }, "turkey", "e:block:turkey"], sentence);
    }
  });
  it("takes the country named nearest before the verb", () => {
    assert.equal(factsOf("Russia said Turkey had withdrawn its troops from the border.").actor, "turkey");
    const withdrew = factsOf("Turkey withdrew its troops, a move Russia welcomed.");
    assert.deepEqual([withdrew.event, withdrew.actor], [{ name: "deploy", polarity: -1 }, "turkey"]);
  });
  it("looks after the verb when the country before it is too far back", () => {
    const facts = factsOf(
      "Turkey, whose envoys spent most of the past decade shuttling between regional capitals, hosting summits, drafting communiqués and courting donors for the reconstruction fund, finally struck the depot used by Iraqi militias.",
    );
    assert.deepEqual([facts.event, facts.actor], [{ name: "attack", polarity: 1 }, "iraq"]);
  });
  it("falls back to the last name before the verb, past sentence openers", () => {
    assert.deepEqual(factsOf("In Vell, the council vetoed the plan.").subjectKey, "e:block:vell");
  });
  it("reads the sentence's event for a short quote, and the quote's own for a long one", () => {
    const short = factsOf("Norland vetoed the resolution.", "the resolution", "EVENT");
    assert.deepEqual([short.event, short.actor, short.subject], [{ name: "block", polarity: -1 }, null, null]);
    const long = factsOf("Norland vetoed the resolution and then, weeks later, agreed to a new draft.", "weeks later, agreed to a new draft", "EVENT");
    assert.deepEqual(long.event, { name: "block", polarity: 1 });
    const none = factsOf("Officials met for the third time in the capital that week.", undefined, "EVENT");
    assert.equal(none.event, null);
  });
  it("gives no subject to an event without an actor", () => {
    const facts = factsOf("Talks resumed in Lusk on Monday.");
    assert.deepEqual([facts.event, facts.actor, facts.subject, facts.subjectKey, facts.place, facts.incident], [
      { name: "talks", polarity: 1 },
      null,
      null,
      null,
      "lusk",
      true,
    ]);
  });
});

describe("findSpeaker: limits and noise", () => {
  it("takes a name of nine words and refuses one of ten", () => {
    assert.equal(findSpeaker("Deputy Harbour Master Ilse Anna Marwan of Lusk Port said the quay was shut."), "Deputy Harbour Master Ilse Anna Marwan of Lusk Port");
    assert.equal(findSpeaker("Deputy Harbour Master Ilse Anna Marwan of Lusk Port Authority said the quay was shut."), null);
  });
  it("refuses a phrase opening on a stop word, and an indefinite one with no name or title", () => {
    assert.equal(findSpeaker("Officials in Lusk said the quay was shut."), null);
    assert.equal(findSpeaker("This official said the quay was shut."), null);
    assert.equal(findSpeaker("An aide said the talks were over."), null);
    assert.equal(findSpeaker("A Lusk aide said the talks were over."), "Lusk aide");
  });
  it("strips every listed time and manner phrase after the name", () => {
    for (const tail of ["in an interview", "last week", "this week", "yesterday", "today", "had earlier", "still", "again"]) {
      assert.equal(findSpeaker(`Petra Lind ${tail} said the camp was full.`), "Petra Lind", tail);
    }
  });
  it("keeps digits inside a named unit", () => {
    assert.equal(findSpeaker("Camp 4 residents said the camp was full."), "Camp 4 residents");
    assert.equal(findSpeaker("The 4th Brigade said the camp was full."), "the 4th Brigade");
  });
  it("skips a parenthetical 'she said' and a place opening the sentence", () => {
    assert.equal(findSpeaker("The council, she said, had closed the camp."), "the council");
    assert.equal(findSpeaker("On Monday, in Lusk, the council said the camp was full."), "the council");
  });
});

describe("findSpeaker: relative clauses without commas, brackets and the source of figures", () => {
  it("reads the name before 'who has served with …'", () => {
    assert.equal(findSpeaker("Ilse Marwan who has served with Unicef said the camp was full."), "Ilse Marwan");
    assert.equal(findSpeaker("Ilse Marwan, who has served with Unicef, said the camp was full."), "Ilse Marwan");
  });
  it("strips 'still' after the speaker and a bracket around it", () => {
    assert.equal(findSpeaker("And yet the Lusk council still said the camp was full."), "the Lusk council");
    assert.equal(findSpeaker("(Lusk Radio) reported that the camp was full."), "Lusk Radio");
  });
  it("reads the source after 'figures from' and 'a tally by'", () => {
    assert.equal(findSpeaker("According to figures from the Lusk health office, 40 beds remain."), "the Lusk health office");
    assert.equal(findSpeaker("According to a tally by Lusk Radio, 40 people died."), "Lusk Radio");
    assert.equal(findSpeaker("According to its own records, the clinic has 40 beds."), null);
  });
});

describe("findSpeaker: asides and appositions between the speaker and the verb", () => {
  it("skips 'on Monday', 'in Lusk' and 'however' set off by commas", () => {
    for (const aside of ["on Monday", "in Lusk", "however"]) {
      assert.equal(findSpeaker(`The council, ${aside}, said the camp was full.`), "the council", aside);
    }
  });
  it("takes the name before an indefinite apposition, and the apposition when no name precedes it", () => {
    assert.equal(findSpeaker("Petra Lind, a farmer, said the camp was full."), "Petra Lind");
    assert.equal(findSpeaker("Petra Lind, an aid worker in Lusk, said the camp was full."), "Petra Lind");
    assert.equal(findSpeaker("The mayor - a former nurse - said the camp was full."), "the mayor");
    assert.equal(findSpeaker("Earlier, a Lusk aide said the talks were over."), "Lusk aide");
    assert.equal(findSpeaker("A farmer, a mother of three, said the camp was full."), null);
  });
  it("refuses a long description without a name or a title", () => {
    assert.equal(findSpeaker("The head of the regional water board said 40 wells had failed."), null);
  });
  it("reads 'according to' at the very end of the text and a name starting with 'The'", () => {
    assert.equal(findSpeaker("Forty people died, according to Lusk Radio"), "Lusk Radio");
    assert.equal(findSpeaker("Thessaly Radio reported that the camp was full."), "Thessaly Radio");
  });
});

describe("deriveFacts: more figure rules", () => {
  it("reads the class of '12 wounded soldiers' from the noun, not the fate before it", () => {
    const facts = factsOf("Medics treated 12 wounded soldiers.");
    assert.deepEqual([facts.counted, facts.measure, facts.subjectKey], ["military", "wounded", "q:wounded:military"]);
  });
  it("drops every plural duration that only sets the scene", () => {
    for (const unit of ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries"]) {
      assert.equal(factsOf(`The standoff lasted two ${unit}.`).value, null, unit);
    }
  });
  it("keeps a noun that only ends in a duration word", () => {
    assert.deepEqual(figure(factsOf("Volunteers gave 400 working hours.")), [400, null, "EXACT", "working hours"]);
  });
  it("needs 'only' right before the duration, and a scene word right before it", () => {
    assert.deepEqual(figure(factsOf("Hopes of a truce lasted only three weeks.")), [3, null, "EXACT", "weeks"]);
    assert.equal(factsOf("The only ceasefire lasted three weeks.").value, null);
  });
  it("drops a decree number written 'no' or 'no.7'", () => {
    assert.equal(factsOf("Decree no 7 named 12 envoys.").value, 12);
    assert.equal(factsOf("Decree no.7 named 12 envoys.").value, 12);
  });
  it("keeps 'one envoy' out when the toll comes far later in the sentence", () => {
    assert.deepEqual(figure(factsOf("One envoy said the talks in Lusk had stalled; later, 12 people died.")), [12, null, "EXACT", "people"]);
  });
  it("keeps a park's full name as the place", () => {
    assert.equal(factsOf("12 people died in Lusk State Park.").place, "lusk state park");
  });
  it("keeps a place before a semicolon for the figure before it", () => {
    const facts = factsOf("Some 40 people were killed in Lusk; the toll in Kessel was lower.", "Some 40 people were killed in Lusk");
    assert.equal(facts.place, "lusk");
  });
});

describe("deriveFacts: events late in a long sentence", () => {
  it("takes the country just before a late verb", () => {
    const facts = factsOf(
      "After weeks of shuttle diplomacy between the capitals of the region and a summit that ended without agreement, Turkey finally struck the depot used by Iraqi militias.",
    );
    assert.deepEqual([facts.event, facts.actor], [{ name: "attack", polarity: 1 }, "turkey"]);
  });
  it("takes the first main verb of the sentence, whatever its class", () => {
    assert.deepEqual(factsOf("Turkey struck the depot and then rejected the plan.").event, { name: "attack", polarity: 1 });
  });
});
