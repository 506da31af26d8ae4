import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isMeasureAdjective, parseQuantities, parseQuantity } from "@/lib/claims/quantity";

// Pins each reading rule of the quantity parser with sentences of our own writing, so that a
// changed qualifier table, a loosened condition or a dropped list entry fails a test.

type Row = [value: number, valueMax: number | null, qualifier: string, unit: string | null, span: string];

function read(text: string): Row[] {
  return parseQuantities(text).map((q) => [q.value, q.valueMax, q.qualifier, q.unit, text.slice(q.start, q.end)]);
}

function expectRows(cases: ReadonlyArray<[string, Row[]]>) {
  for (const [text, rows] of cases) assert.deepEqual(read(text), rows, text);
}

describe("quantity parser: qualifier phrases", () => {
  it("reads every lower-bound phrase as AT_LEAST, longest phrase first", () => {
    expectRows([
      ["No fewer than 40 families were rehoused.", [[40, null, "AT_LEAST", "families", "No fewer than 40 families"]]],
      ["Not less than 12 ambulances were sent.", [[12, null, "AT_LEAST", "ambulances", "Not less than 12 ambulances"]]],
      ["A minimum of 300 volunteers signed up.", [[300, null, "AT_LEAST", "volunteers", "A minimum of 300 volunteers"]]],
    ]);
  });
  it("reads comparative phrases as MORE_THAN", () => {
    expectRows([
      ["In excess of 9,000 homes lost power.", [[9000, null, "MORE_THAN", "homes", "In excess of 9,000 homes"]]],
      ["Greater than 15 percent of the harvest failed.", [[15, null, "MORE_THAN", "%", "Greater than 15 percent"]]],
      ["Upwards of 600 workers walked out.", [[600, null, "MORE_THAN", "workers", "Upwards of 600 workers"]]],
      ["Well over 2,000 tonnes of grain rotted.", [[2000, null, "MORE_THAN", "tonnes", "Well over 2,000 tonnes"]]],
      ["Just over 70 teachers resigned.", [[70, null, "MORE_THAN", "teachers", "Just over 70 teachers"]]],
      ["Above 45 percent of voters turned out.", [[45, null, "MORE_THAN", "%", "Above 45 percent"]]],
    ]);
  });
  it("reads estimates as ABOUT, including the abbreviated 'Approx.'", () => {
    expectRows([
      ["In the region of 500 cattle drowned.", [[500, null, "ABOUT", "cattle", "In the region of 500 cattle"]]],
      ["An estimated 3,500 people queued.", [[3500, null, "ABOUT", "people", "An estimated 3,500 people"]]],
      ["Estimated 80 boats sank.", [[80, null, "ABOUT", "boats", "Estimated 80 boats"]]],
      ["Approx. 250 pupils were sent home.", [[250, null, "ABOUT", "pupils", "Approx. 250 pupils"]]],
      ["Roughly 90 shops closed.", [[90, null, "ABOUT", "shops", "Roughly 90 shops"]]],
      ["Circa 400 miners were trapped.", [[400, null, "ABOUT", "miners", "Circa 400 miners"]]],
    ]);
  });
  it("reads near misses as NEARLY", () => {
    expectRows([
      ["Just shy of 1,000 signatures were gathered.", [[1000, null, "NEARLY", "signatures", "Just shy of 1,000 signatures"]]],
      ["Just under 60 percent backed the plan.", [[60, null, "NEARLY", "%", "Just under 60 percent"]]],
      ["Close to 800 nurses struck.", [[800, null, "NEARLY", "nurses", "Close to 800 nurses"]]],
      ["Almost 30 villages were cut off.", [[30, null, "NEARLY", "villages", "Almost 30 villages"]]],
    ]);
  });
  it("reads upper bounds: as many as, up to, fewer than", () => {
    expectRows([
      ["As much as $4m went missing.", [[4_000_000, null, "AS_MANY_AS", "USD", "As much as $4m"]]],
      ["As high as 12 percent inflation was forecast.", [[12, null, "AS_MANY_AS", "%", "As high as 12 percent"]]],
      ["Up to 70 trucks waited at the border.", [[70, null, "UP_TO", "trucks", "Up to 70 trucks"]]],
      ["Fewer than 20 doctors remain.", [[20, null, "FEWER_THAN", "doctors", "Fewer than 20 doctors"]]],
      ["Less than 5 percent of the budget was spent.", [[5, null, "FEWER_THAN", "%", "Less than 5 percent"]]],
      ["Under 300 residents voted.", [[300, null, "FEWER_THAN", "residents", "Under 300 residents"]]],
      ["Below 10 percent of wells work.", [[10, null, "FEWER_THAN", "%", "Below 10 percent"]]],
    ]);
  });
  it("reads 'some' as SOME and only the figure right after it", () => {
    expectRows([
      ["Some 14 fishermen are missing.", [[14, null, "SOME", "fishermen", "Some 14 fishermen"]]],
      ["Some 5,000 fighters and 300 militia remained.", [
        [5000, null, "SOME", "fighters", "Some 5,000 fighters"],
        [300, null, "EXACT", "militia", "300 militia"],
      ]],
    ]);
  });
  it("reads trailing qualifiers: 'or so', 'or more', '+', '-plus', '-odd'", () => {
    expectRows([
      ["Officials counted 40 or so tents.", [[40, null, "ABOUT", "tents", "40 or so tents"]]],
      ["Officials counted 40 or more tents.", [[40, null, "AT_LEAST", "tents", "40 or more tents"]]],
      ["There were 40+ tents.", [[40, null, "AT_LEAST", "tents", "40+ tents"]]],
      ["There were 40-plus tents and 60-odd vans.", [
        [40, null, "AT_LEAST", "tents", "40-plus tents"],
        [60, null, "ABOUT", "vans", "60-odd vans"],
      ]],
      ["Four or more lorries overturned.", [[4, null, "AT_LEAST", "lorries", "Four or more lorries"]]],
    ]);
  });
});

describe("quantity parser: ranges", () => {
  it("reads 'between … and …' as a range, and a lone 'between' as nothing", () => {
    expectRows([
      ["Between 30 and 40 protesters were held.", [[30, 40, "RANGE", "protesters", "Between 30 and 40 protesters"]]],
      ["Between them they carried supplies.", []],
    ]);
  });
  it("lends the scale of the upper bound to a bare lower bound", () => {
    expectRows([
      ["Five to six hundred homes flooded.", [[500, 600, "RANGE", "homes", "Five to six hundred homes"]]],
      ["Two to three thousand marchers gathered.", [[2000, 3000, "RANGE", "marchers", "Two to three thousand marchers"]]],
      ["Thirty or forty shops were looted.", [[30, 40, "RANGE", "shops", "Thirty or forty shops"]]],
    ]);
  });
  it("reads 'from 10 to 20' as two figures (a change), not a range", () => {
    expectRows([["From 10 to 20 clinics, the network grew.", [
      [10, null, "EXACT", null, "10"],
      [20, null, "EXACT", "clinics", "20 clinics"],
    ]]]);
  });
  it("does not make a vague plural into a bounded figure ('up to thousands' is a lower bound)", () => {
    expectRows([["Up to thousands could be affected.", [[2000, null, "AT_LEAST", null, "thousands"]]]]);
  });
});

describe("quantity parser: number words", () => {
  it("composes tens, units, hundreds, 'and' and scales", () => {
    expectRows([
      ["Twenty-one soldiers and ninety-nine civilians died.", [
        [21, null, "EXACT", "soldiers", "Twenty-one soldiers"],
        [99, null, "EXACT", "civilians", "ninety-nine civilians"],
      ]],
      ["One hundred and twenty passengers were rescued.", [[120, null, "EXACT", "passengers", "One hundred and twenty passengers"]]],
      ["Two million three hundred thousand voters registered.", [[2_300_000, null, "EXACT", "voters", "Two million three hundred thousand voters"]]],
      ["Forty-five hundred soldiers deployed.", [[4500, null, "EXACT", "soldiers", "Forty-five hundred soldiers"]]],
      ["Fifteen hundred pilgrims arrived.", [[1500, null, "EXACT", "pilgrims", "Fifteen hundred pilgrims"]]],
      ["Sixty-six children and eleven women were freed.", [
        [66, null, "EXACT", "children", "Sixty-six children"],
        [11, null, "EXACT", "women", "eleven women"],
      ]],
    ]);
  });
  it("reads 'a dozen', 'a thousand', 'half a million' and 'three dozen'", () => {
    expectRows([
      ["A dozen guards deserted.", [[12, null, "EXACT", "guards", "A dozen guards"]]],
      ["A thousand people marched.", [[1000, null, "EXACT", "people", "A thousand people"]]],
      ["Half a million refugees crossed.", [[500_000, null, "EXACT", "refugees", "Half a million refugees"]]],
      ["Three dozen tents burned.", [[36, null, "EXACT", "tents", "Three dozen tents"]]],
    ]);
  });
  it("leaves pronoun 'one' out but keeps a counted one", () => {
    expectRows([
      ["No one of them spoke.", []],
      ["One of the guards fled.", []],
      ["Every one counted.", []],
      ["One soldier fled.", [[1, null, "EXACT", "soldier", "One soldier"]]],
    ]);
  });
});

describe("quantity parser: vague plurals", () => {
  it("takes twice one unit of the plural as the lower bound", () => {
    expectRows([
      ["Dozens of houses collapsed.", [[24, null, "AT_LEAST", "houses", "Dozens of houses"]]],
      ["Millions of dollars vanished.", [[2_000_000, null, "AT_LEAST", "dollars", "Millions of dollars"]]],
      ["Billions of euros were pledged.", [[2_000_000_000, null, "AT_LEAST", "euros", "Billions of euros"]]],
      ["Hundreds fled the fighting.", [[200, null, "AT_LEAST", null, "Hundreds"]]],
    ]);
  });
  it("multiplies nested plurals and refuses a bare 'tens of' noun", () => {
    assert.deepEqual(read("Tens of thousands marched.").map((row) => row.slice(0, 3)), [[20_000, null, "AT_LEAST"]]);
    assert.deepEqual(read("Hundreds of thousands of people fled.")[0], [200_000, null, "AT_LEAST", "people", "Hundreds of thousands of people"]);
    expectRows([["Tens of houses were marked.", []]]);
  });
});

describe("quantity parser: digits, decimals, scales and currencies", () => {
  it("reads decimals with scale words and attached suffixes", () => {
    expectRows([
      ["The fund holds 1.2 million dollars.", [[1_200_000, null, "EXACT", "dollars", "1.2 million dollars"]]],
      ["The plant employs 1.5bn workers, 3k contractors and 2tn units.", [
        [1_500_000_000, null, "EXACT", "workers", "1.5bn workers"],
        [3000, null, "EXACT", "contractors", "3k contractors"],
        [2_000_000_000_000, null, "EXACT", "units", "2tn units"],
      ]],
      ["The number rose to 12.5 percent.", [[12.5, null, "EXACT", "%", "12.5 percent"]]],
      ["The toll of 1,234.5 was disputed.", [[1234.5, null, "EXACT", null, "1,234.5"]]],
    ]);
  });
  it("turns currency symbols into codes, and needs the digits attached", () => {
    expectRows([
      ["The budget is £5m and €2bn; US$7 was the fee.", [
        [5_000_000, null, "EXACT", "GBP", "£5m"],
        [2_000_000_000, null, "EXACT", "EUR", "€2bn"],
        [7, null, "EXACT", "USD", "US$7"],
      ]],
      ["The fee was $ 5 for entry.", [[5, null, "EXACT", null, "5"]]],
    ]);
  });
  it("reads an attached 'm' as million only after a currency or before a noun", () => {
    expectRows([
      ["The road is 500m from the border.", [[500, null, "EXACT", "m", "500m"]]],
      ["The town has 5m residents.", [[5_000_000, null, "EXACT", "residents", "5m residents"]]],
    ]);
  });
  it("does not join digits separated by an ordinary space", () => {
    expectRows([["About 250 000 people were displaced.", [[250, null, "ABOUT", null, "About 250"]]]]);
  });
  it("keeps a plural head noun and stops the unit at a participle", () => {
    expectRows([
      ["Officials said 59 missiles hit the base.", [[59, null, "EXACT", "missiles", "59 missiles"]]],
      ["The unit lost 14 servicemen killed in the raid.", [[14, null, "EXACT", "servicemen", "14 servicemen"]]],
      ["The 12 news reports were wrong.", [[12, null, "EXACT", "news reports", "12 news reports"]]],
      ["At least 7 people were killed, 4 policemen among them.", [
        [7, null, "AT_LEAST", "people", "At least 7 people"],
        [4, null, "EXACT", "policemen", "4 policemen"],
      ]],
    ]);
  });
});

describe("quantity parser: what is not a count", () => {
  it("skips codes, clock times and ordinals", () => {
    expectRows([
      ["The shelter houses 007 agents.", []],
      ["The meeting began at 10:15 and ended at 3pm.", []],
      ["The blast hit at 3 p.m. and again at 4 a.m.", []],
      ["The 21st brigade and 3rd battalion fought.", []],
      ["The clock read 14 GMT.", []],
    ]);
  });
  it("skips dates written either way round, with abbreviated months", () => {
    expectRows([
      ["On April 12 and on 3 May troops moved; in April 2017 they withdrew.", []],
      ["The vote on Sept. 11 was delayed.", []],
    ]);
  });
  it("skips identifiers after a capitalised noun but keeps the count beside them", () => {
    expectRows([
      ["Resolution 2118 passed with 15 votes.", [[15, null, "EXACT", "votes", "15 votes"]]],
      ["Flight 370 vanished with 239 passengers.", [[239, null, "EXACT", "passengers", "239 passengers"]]],
    ]);
  });
  it("reads years as years unless a plural noun or a comparative makes them counts", () => {
    expectRows([
      ["In 2000 people fled.", []],
      ["2000 people fled the town.", [[2000, null, "EXACT", "people", "2000 people"]]],
      ["The 2017 budget rose.", []],
      ["From 2011-2017 the war raged.", []],
      ["More than 2000 families left.", [[2000, null, "MORE_THAN", "families", "More than 2000 families"]]],
      ["2,017 people signed.", [[2017, null, "EXACT", "people", "2,017 people"]]],
    ]);
  });
});

describe("quantity parser: measure adjectives and the chosen figure", () => {
  it("marks hyphenated measures as adjectives", () => {
    const text = "It was a five-year war and a 74-month conflict.";
    const figures = parseQuantities(text);
    assert.deepEqual(figures.map((q) => [q.value, q.unit, isMeasureAdjective(text, q)]), [
      [5, "year", true],
      [74, "month", true],
    ]);
    const aged = "A six-week-old truce held.";
    assert.equal(isMeasureAdjective(aged, parseQuantities(aged)[0]!), true);
  });
  it("does not call a spaced measure, a qualified one or a non-measure an adjective", () => {
    const spaced = "The siege lasted five years.";
    assert.equal(isMeasureAdjective(spaced, parseQuantities(spaced)[0]!), false);
    const qualified = "Nearly 40 people were hurt.";
    assert.equal(isMeasureAdjective(qualified, parseQuantities(qualified)[0]!), false);
  });
  it("prefers the first counted figure over a leading measure adjective", () => {
    const chosen = parseQuantity("A five-year war has displaced 300 families.");
    assert.deepEqual(chosen && [chosen.value, chosen.unit], [300, "families"]);
    const only = parseQuantity("It was a five-year war.");
    assert.deepEqual(only && [only.value, only.unit], [5, "year"]);
    assert.equal(parseQuantity("No figure was given."), null);
  });
});

describe("quantity parser: word and suffix tables", () => {
  it("knows every tens word", () => {
    assert.deepEqual(
      read("Twenty drivers, thirty sailors, forty dockers, fifty medics, sixty porters, seventy guards, eighty cooks and ninety clerks joined.").map((row) => row[0]),
      [20, 30, 40, 50, 60, 70, 80, 90],
    );
  });
  it("knows every scale word and attached or spaced abbreviation", () => {
    expectRows([
      ["The debt reached 2 trillion dollars.", [[2e12, null, "EXACT", "dollars", "2 trillion dollars"]]],
      ["The debt reached 5mn dollars, 3b euros, 1.2trn yen, 4 tn pesos and 7 mn rupees.", [
        [5e6, null, "EXACT", "dollars", "5mn dollars"],
        [3e9, null, "EXACT", "euros", "3b euros"],
        [1.2e12, null, "EXACT", "yen", "1.2trn yen"],
        [4e12, null, "EXACT", "pesos", "4 tn pesos"],
        [7e6, null, "EXACT", "rupees", "7 mn rupees"],
      ]],
      ["The fund lost 9bn, 6 bn and 2 billion.", [
        [9e9, null, "EXACT", null, "9bn"],
        [6e9, null, "EXACT", null, "6 bn"],
        [2e9, null, "EXACT", null, "2 billion"],
      ]],
    ]);
  });
  it("knows every vague plural as an outer scale", () => {
    expectRows([
      ["Hundreds of millions of people and tens of billions of dollars were at stake.", [
        [2e8, null, "AT_LEAST", "people", "Hundreds of millions of people"],
        [2e10, null, "AT_LEAST", "dollars", "tens of billions of dollars"],
      ]],
      ["Thousands of millions of litres leaked.", [[2e9, null, "AT_LEAST", "litres", "Thousands of millions of litres"]]],
    ]);
  });
  it("takes 'approx' with or without its attached full stop, but not a loose one", () => {
    expectRows([
      ["Approx 250 pupils were sent home.", [[250, null, "ABOUT", "pupils", "Approx 250 pupils"]]],
      ["Approx . 250 pupils were sent home.", [[250, null, "EXACT", "pupils", "250 pupils"]]],
    ]);
  });
  it("keeps plural nouns without an s whole, and the nouns that only look plural", () => {
    expectRows([
      ["Officials said 40 police and 12 personnel and 30 staff and 90 cattle and 20 sheep and 4 aircraft were lost.", [
        [40, null, "EXACT", "police", "40 police"],
        [12, null, "EXACT", "personnel", "12 personnel"],
        [30, null, "EXACT", "staff", "30 staff"],
        [90, null, "EXACT", "cattle", "90 cattle"],
        [20, null, "EXACT", "sheep", "20 sheep"],
        [4, null, "EXACT", "aircraft", "4 aircraft"],
      ]],
      ["He read 3 news items and 4 series and 2 species.", [
        [3, null, "EXACT", "news items", "3 news items"],
        [4, null, "EXACT", "series", "4 series"],
        [2, null, "EXACT", "species", "2 species"],
      ]],
    ]);
  });
  it("stops the unit at verbs, 'more' and prepositions", () => {
    expectRows([
      ["Some 40 were hurt, 12 more were missing.", [[40, null, "SOME", null, "Some 40"], [12, null, "EXACT", null, "12"]]],
      ["Nearly 40 remain, and 12 died.", [[40, null, "NEARLY", null, "Nearly 40"], [12, null, "EXACT", null, "12"]]],
      ["The bill rose by 12 and fell by 3.", [[12, null, "EXACT", null, "12"], [3, null, "EXACT", null, "3"]]],
      ["12 of the 40 were freed.", [[12, null, "EXACT", null, "12"], [40, null, "EXACT", null, "40"]]],
    ]);
  });
});

describe("quantity parser: times, years and identifiers by table", () => {
  it("skips an hour followed by any listed time zone", () => {
    expectRows([["The sirens sounded at 14 UTC, 9 BST, 10 CET, 11 CEST, 5 EST, 6 EDT, 2 PST and 3 PDT.", []]]);
  });
  it("reads a year after every year preposition and season", () => {
    expectRows([
      ["Since 2015 the plant has closed; until 2030 it stays shut; by 2025 the plan ends.", []],
      ["From 2019 the board met; during 2020 it paused; before 2021 it resumed; after 2022 it grew.", []],
      ["Early 2019 saw growth; late 2020 saw losses; mid 2021 was flat; through 2022 it rose.", []],
      ["Between 2019 and 2021 output rose.", []],
      ["Spring 2020 was wet; summer 2021 was dry; autumn 2022 was mild; fall 2023 was cold; winter 2024 was long.", []],
      ["In the year 2000 crowds gathered.", []],
    ]);
  });
  it("reads comparatives before a year-like number as counts, and a plural noun after it", () => {
    assert.deepEqual(read("Over 2000 attended; under 1950 signed.").map((row) => row.slice(0, 3)), [
      [2000, null, "MORE_THAN"],
      [1950, null, "FEWER_THAN"],
    ]);
    expectRows([["The 1999 people who came were counted.", [[1999, null, "EXACT", "people", "1999 people"]]]]);
  });
  it("skips numbers naming gates, platforms, camps, zones, brigades, terminals, roads and phases", () => {
    expectRows([
      ["Gate 7 and Platform 9 were shut; Camp 4 and Zone 2 were cleared.", []],
      ["Brigade 5, Terminal 3, Road 66 and Highway 1 were closed.", []],
      ["Phase 2 began and Section 8 was cordoned off.", []],
    ]);
  });
  it("skips a bare number after a name (a score) but keeps a count after a name or a function word", () => {
    expectRows([
      ["Lusk 3, Kessel 1.", []],
      ["Norland 300 troops moved.", [[300, null, "EXACT", "troops", "300 troops"]]],
      ["Vell's 300 troops moved.", [[300, null, "EXACT", "troops", "300 troops"]]],
      ["About 300 people and Only 40 children and The 12 boats.", [
        [300, null, "ABOUT", "people", "About 300 people"],
        [40, null, "EXACT", "children", "40 children"],
        [12, null, "EXACT", "boats", "12 boats"],
      ]],
    ]);
  });
  it("skips days after abbreviated months, with or without their full stop", () => {
    expectRows([
      ["The blast on Jan 3 and the strike on Dec. 9 and the one on Sept 4 were separate.", []],
      ["The 3 March and 4 Aug. attacks differed.", []],
    ]);
  });
});

describe("quantity parser: 'out of'", () => {
  it("does not take 'out' as the unit of a share's first figure", () => {
    expectRows([["Nine out of 10 households lack water.", [
      [9, null, "EXACT", null, "Nine"],
      [10, null, "EXACT", "households", "10 households"],
    ]]]);
  });
});

describe("quantity parser: attached and spaced marks", () => {
  it("joins 'US$' only when written together", () => {
    expectRows([["Donors pledged US $7 per family.", [[7, null, "EXACT", "USD", "$7"]]]]);
  });
  it("reads '+' and ':' as qualifier and clock only when attached", () => {
    expectRows([
      ["The tally was 40 + 12 ballots.", [[40, null, "EXACT", null, "40"], [12, null, "EXACT", "ballots", "12 ballots"]]],
      ["The tally stood at 10 : 15 ballots.", [[10, null, "EXACT", null, "10"], [15, null, "EXACT", "ballots", "15 ballots"]]],
    ]);
  });
  it("skips 'a.m' without its last full stop and keeps the count after it", () => {
    expectRows([["By 4 a.m 300 people had fled.", [[300, null, "EXACT", "people", "300 people"]]]]);
  });
  it("skips a hyphenated ordinal ('21st-century')", () => {
    expectRows([["The 21st-century arsenal holds 40 drones.", [[40, null, "EXACT", "drones", "40 drones"]]]]);
  });
  it("keeps an attached unit other than 'm' as the unit, even before a noun", () => {
    expectRows([["Crews repaired 12km stretches of road.", [[12, null, "EXACT", "km", "12km"]]]]);
  });
  it("keeps every decimal place", () => {
    expectRows([["Inflation hit 12.75 percent.", [[12.75, null, "EXACT", "%", "12.75 percent"]]]]);
  });
});

describe("quantity parser: scores, scales and years after a name", () => {
  it("skips a plain number after a name but keeps one with a separator or a scale", () => {
    expectRows([
      ["Lusk 1,204, Kessel 880.", [[1204, null, "EXACT", null, "1,204"]]],
      ["Population: Lusk 2 million, Kessel 900.", [[2e6, null, "EXACT", null, "2 million"]]],
    ]);
  });
  it("keeps a vague plural after a name", () => {
    expectRows([["In Lusk hundreds fled.", [[200, null, "AT_LEAST", null, "hundreds"]]]]);
  });
  it("reads 1900 and 2100 as years, both ends included", () => {
    expectRows([["The 1900 census and the 2100 forecast differ.", []]]);
  });
  it("keeps a year-like number with an attached measure", () => {
    expectRows([["It is a 2000-year-old temple.", [[2000, null, "EXACT", "year-old", "2000-year-old"]]]]);
  });
  it("reads 'a million', 'a hundred', '5 hundred' and 'forty dozen'", () => {
    expectRows([
      ["The repairs cost a million dollars.", [[1e6, null, "EXACT", "dollars", "a million dollars"]]],
      ["A hundred guards deserted.", [[100, null, "EXACT", "guards", "A hundred guards"]]],
      ["Some 5 hundred homes flooded.", [[500, null, "SOME", "homes", "Some 5 hundred homes"]]],
      ["Traders sold forty dozen eggs.", [[480, null, "EXACT", "eggs", "forty dozen eggs"]]],
    ]);
  });
  it("ends the unit at a plural in -men", () => {
    expectRows([["Some 40 firemen fought the blaze.", [[40, null, "SOME", "firemen", "Some 40 firemen"]]]]);
  });
});

describe("quantity parser: number words with 'and' and the noun after them", () => {
  it("joins 'and' after a scale word", () => {
    expectRows([["Two thousand and fifty troops were deployed.", [[2050, null, "EXACT", "troops", "Two thousand and fifty troops"]]]]);
  });
  it("keeps a participle before the noun and stops at one after it", () => {
    expectRows([
      ["About 40 armed men stormed the depot.", [[40, null, "ABOUT", "armed men", "About 40 armed men"]]],
      ["At least 12 crew injured in the blast were flown out.", [[12, null, "AT_LEAST", "crew", "At least 12 crew"]]],
    ]);
  });
});

describe("quantity parser: ranges with scales, currencies and verbs before them", () => {
  it("reads 'to' as a range after a verb, not only at the start", () => {
    expectRows([["Officials counted 10 to 20 boats.", [[10, 20, "RANGE", "boats", "10 to 20 boats"]]]]);
  });
  it("carries the currency to the upper bound, and 'm' is million only with it", () => {
    expectRows([
      ["Damage was put at $5m to $7m.", [[5e6, 7e6, "RANGE", "USD", "$5m to $7m"]]],
      ["Shells landed 5 to 7m from the wall.", [[5, 7, "RANGE", "m", "5 to 7m"]]],
    ]);
  });
  it("does not scale a lower bound that is already larger than the upper bound's base", () => {
    expectRows([["Estimates ranged between 900,000 and 1.5 million people.", [[900_000, 1_500_000, "RANGE", "people", "between 900,000 and 1.5 million people"]]]]);
  });
  it("keeps a range of a year-like number and a count", () => {
    expectRows([["Between 2000 and 3,000 people were displaced.", [[2000, 3000, "RANGE", "people", "Between 2000 and 3,000 people"]]]]);
  });
  it("keeps a range of 'one or two' even before 'of'", () => {
    expectRows([["One or two of the guards fled.", [[1, 2, "RANGE", null, "One or two"]]]]);
  });
});

describe("quantity parser: qualifiers on vague plurals and percent words", () => {
  it("keeps an explicit lower bound in the span of a vague plural", () => {
    expectRows([
      ["At least dozens of homes burned.", [[24, null, "AT_LEAST", "homes", "At least dozens of homes"]]],
      ["Fires burned over thousands of acres.", [[2000, null, "MORE_THAN", "acres", "over thousands of acres"]]],
    ]);
  });
  it("reads 'per cent' as a percentage but not 'per day'", () => {
    expectRows([
      ["Inflation reached 12 per cent.", [[12, null, "EXACT", "%", "12 per cent"]]],
      ["Clinics see 40 per day.", [[40, null, "EXACT", null, "40"]]],
    ]);
  });
});

describe("quantity parser: months, years and names before a figure", () => {
  it("skips day 31 after a month but keeps a larger count after one", () => {
    expectRows([
      ["The vote on May 31 drew 400 voters.", [[400, null, "EXACT", "voters", "400 voters"]]],
      ["In April 45 people died.", [[45, null, "EXACT", "people", "45 people"]]],
      ["In April 2,000 people fled.", [[2000, null, "EXACT", "people", "2,000 people"]]],
    ]);
  });
  it("keeps a qualified figure after a month, and one after a month and a comma", () => {
    expectRows([
      ["In April some 12 people died.", [[12, null, "SOME", "people", "some 12 people"]]],
      ["In March, 12 people died.", [[12, null, "EXACT", "people", "12 people"]]],
    ]);
  });
  it("reads a year before a capitalised noun or a span of years before a plural as years", () => {
    expectRows([
      ["The 2017 Games drew crowds.", []],
      ["The 2015-2018 droughts ruined farms.", []],
    ]);
  });
  it("keeps a qualified figure or a possessive's figure after a name", () => {
    expectRows([
      ["In Kessel about 300 fled.", [[300, null, "ABOUT", null, "about 300"]]],
      ["Lusk's 300 were evacuated first.", [[300, null, "EXACT", null, "300"]]],
    ]);
  });
});

describe("quantity parser: what a measure adjective is", () => {
  it("needs an exact, hyphenated measure", () => {
    const qualified = "Nearly 30-year-old pipes burst.";
    assert.equal(isMeasureAdjective(qualified, parseQuantities(qualified)[0]!), false);
    const spaced = "Crews cleared 5 km of road.";
    assert.equal(isMeasureAdjective(spaced, parseQuantities(spaced)[0]!), false);
  });
});
