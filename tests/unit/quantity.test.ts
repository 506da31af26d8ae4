import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseQuantities, parseQuantity, type ParsedQuantity } from "@/lib/claims/quantity";

type Expected = Partial<Omit<ParsedQuantity, "start" | "end">> & { span?: string };

/** Checks only the fields a case cares about, plus the highlighted span when given. */
function check(text: string, expected: Expected): void {
  const q = parseQuantity(text);
  assert.ok(q, `expected a figure in ${JSON.stringify(text)}`);
  const { span, ...fields } = expected;
  for (const [key, value] of Object.entries(fields)) {
    assert.equal(q[key as keyof typeof fields], value, `${key} of ${JSON.stringify(text)}`);
  }
  if (span !== undefined) assert.equal(text.slice(q.start, q.end), span, `span of ${JSON.stringify(text)}`);
}

function table(cases: [string, Expected][]): void {
  for (const [text, expected] of cases) check(text, expected);
}

describe("parseQuantity: core examples", () => {
  it("reads a qualified count with its unit", () => {
    assert.deepEqual(parseQuantity("at least 93 people"), { value: 93, valueMax: null, qualifier: "AT_LEAST", unit: "people", start: 0, end: 18 });
  });

  it("reads a worded range with a unit", () => {
    assert.deepEqual(parseQuantity("four or five minutes"), { value: 4, valueMax: 5, qualifier: "RANGE", unit: "minutes", start: 0, end: 20 });
  });

  it("scales decimals by million, with and without a noun", () => {
    check("13.5 million", { value: 13_500_000, valueMax: null, qualifier: "EXACT", unit: null });
    check("13.5 million Marenians", { value: 13_500_000, qualifier: "EXACT", unit: "Marenians", span: "13.5 million Marenians" });
  });

  it("treats 'more than' and 'over' alike", () => {
    check("more than 250,000", { value: 250_000, qualifier: "MORE_THAN" });
    check("over 250,000", { value: 250_000, qualifier: "MORE_THAN" });
  });

  it("reads 'nearly' with a worded scale", () => {
    check("nearly three million", { value: 3_000_000, qualifier: "NEARLY", unit: null });
  });
});

describe("parseQuantity: number forms", () => {
  it("reads digits with commas and decimals", () => {
    table([
      ["1,234,567", { value: 1_234_567 }],
      ["2.5", { value: 2.5 }],
      ["a fee of 1,250.75", { value: 1250.75, span: "1,250.75" }],
    ]);
  });

  it("reads number words, hyphenated compounds and dozens", () => {
    table([
      ["five", { value: 5, qualifier: "EXACT" }],
      ["twenty-one", { value: 21 }],
      ["twenty five", { value: 25 }],
      ["two dozen", { value: 24 }],
      ["a dozen", { value: 12 }],
      ["one hundred and fifty thousand voters", { value: 150_000, unit: "voters" }],
    ]);
  });

  it("reads worded and abbreviated scales", () => {
    table([
      ["three million", { value: 3_000_000 }],
      ["a million", { value: 1_000_000 }],
      ["half a million", { value: 500_000 }],
      ["1.2bn", { value: 1_200_000_000, unit: null, span: "1.2bn" }],
      ["1.2 billion", { value: 1_200_000_000 }],
      ["15k", { value: 15_000, span: "15k" }],
      ["5m residents", { value: 5_000_000, unit: "residents" }],
    ]);
  });

  it("keeps an attached 'm' as a unit when nothing marks it as million", () => {
    check("within 400m of the wall", { value: 400, unit: "m", span: "400m" });
  });

  it("reads vague plurals as the smallest value they literally support (AT_LEAST)", () => {
    table([
      ["hundreds of thousands", { value: 200_000, qualifier: "AT_LEAST", unit: null }],
      ["hundreds of thousands of families fled", { value: 200_000, qualifier: "AT_LEAST", unit: "families", span: "hundreds of thousands of families" }],
      ["tens of thousands", { value: 20_000, qualifier: "AT_LEAST" }],
      ["dozens of clinics", { value: 24, qualifier: "AT_LEAST", unit: "clinics" }],
      ["thousands of", { value: 2_000, qualifier: "AT_LEAST", unit: null, span: "thousands" }],
    ]);
  });
});

describe("parseQuantity: ranges", () => {
  it("reads digit ranges with hyphens and dashes", () => {
    table([
      ["4-5", { value: 4, valueMax: 5, qualifier: "RANGE" }],
      ["4–5", { value: 4, valueMax: 5, qualifier: "RANGE" }],
      ["4—5 hours", { value: 4, valueMax: 5, qualifier: "RANGE", unit: "hours" }],
      ["12-15%", { value: 12, valueMax: 15, unit: "%" }],
    ]);
  });

  it("reads 'between … and …' and '… to …'", () => {
    table([
      ["between 10 and 20", { value: 10, valueMax: 20, qualifier: "RANGE", span: "between 10 and 20" }],
      ["10 to 20", { value: 10, valueMax: 20, qualifier: "RANGE" }],
      ["between two hundred and three hundred", { value: 200, valueMax: 300 }],
    ]);
  });

  it("reads worded ranges and lends the upper bound's scale to the lower", () => {
    table([
      ["four or five", { value: 4, valueMax: 5, qualifier: "RANGE" }],
      ["two to three thousand", { value: 2_000, valueMax: 3_000, qualifier: "RANGE" }],
      ["3-4 million tonnes", { value: 3_000_000, valueMax: 4_000_000, unit: "tonnes" }],
    ]);
  });

  it("does not read a change ('from 10 to 20') or a descending pair as a range", () => {
    assert.deepEqual(
      parseQuantities("rose from 10 to 20").map((q) => [q.value, q.valueMax, q.qualifier]),
      [
        [10, null, "EXACT"],
        [20, null, "EXACT"],
      ],
    );
    check("won 3-1", { value: 3, valueMax: null });
  });
});

describe("parseQuantity: qualifiers", () => {
  it("maps each qualifier phrase", () => {
    table([
      ["as many as 40", { value: 40, qualifier: "AS_MANY_AS" }],
      ["some 2,000", { value: 2_000, qualifier: "SOME" }],
      ["around 300", { qualifier: "ABOUT" }],
      ["about 300", { qualifier: "ABOUT" }],
      ["approximately 300", { qualifier: "ABOUT" }],
      ["roughly 300", { qualifier: "ABOUT" }],
      ["an estimated 300", { qualifier: "ABOUT", span: "an estimated 300" }],
      ["almost 300", { qualifier: "NEARLY" }],
      ["nearly 300", { qualifier: "NEARLY" }],
      ["close to 300", { qualifier: "NEARLY" }],
      ["up to 300", { qualifier: "UP_TO" }],
      ["fewer than 300", { qualifier: "FEWER_THAN" }],
      ["less than 300", { qualifier: "FEWER_THAN" }],
      ["under 300", { qualifier: "FEWER_THAN" }],
      ["at least 300", { qualifier: "AT_LEAST" }],
      ["no fewer than 300", { qualifier: "AT_LEAST", span: "no fewer than 300" }],
      ["more than 300", { qualifier: "MORE_THAN" }],
      ["over 300", { qualifier: "MORE_THAN" }],
      ["in excess of 300", { qualifier: "MORE_THAN" }],
      ["300", { qualifier: "EXACT" }],
    ]);
  });

  it("is case-insensitive at the start of a sentence", () => {
    check("At least 7 boats sank", { value: 7, qualifier: "AT_LEAST", unit: "boats" });
  });

  it("reads trailing qualifiers", () => {
    table([
      ["300 or so volunteers", { value: 300, qualifier: "ABOUT", unit: "volunteers" }],
      ["40 or more trucks", { value: 40, qualifier: "AT_LEAST", unit: "trucks" }],
      ["500+ homes", { value: 500, qualifier: "AT_LEAST", unit: "homes" }],
    ]);
  });
});

describe("parseQuantity: units", () => {
  it("takes the noun phrase after the number and stops at verbs and prepositions", () => {
    table([
      ["at least 14 fighters were killed", { value: 14, unit: "fighters", span: "at least 14 fighters" }],
      ["21 Kastovian servicemen", { unit: "Kastovian servicemen" }],
      ["250,000 people have died", { value: 250_000, unit: "people", span: "250,000 people" }],
      ["8 aid workers in the convoy", { unit: "aid workers" }],
      ["30 schools, the ministry said", { unit: "schools" }],
      ["6 medics who had stayed", { unit: "medics" }],
      ["9 pro-government militiamen killed overnight", { unit: "pro-government militiamen" }],
      ["12 patients reportedly", { unit: "patients" }],
    ]);
  });

  it("keeps the unit to at most three words", () => {
    check("7 small rural primary schools", { unit: "small rural primary" });
    check("5 family members", { unit: "family members" });
    check("12 news agencies", { unit: "news agencies" });
  });

  it("normalises percentages to '%'", () => {
    table([
      ["5%", { value: 5, unit: "%" }],
      ["5 per cent", { value: 5, unit: "%", span: "5 per cent" }],
      ["5 percent", { value: 5, unit: "%" }],
      ["about 70 percent of the district", { value: 70, qualifier: "ABOUT", unit: "%", span: "about 70 percent" }],
    ]);
  });

  it("keeps measure nouns from hyphenated compounds", () => {
    table([
      ["a six-week siege", { value: 6, unit: "week" }],
      ["the 30-day truce", { value: 30, unit: "day" }],
    ]);
  });
});

describe("parseQuantity: typography", () => {
  it("accepts no-break and narrow no-break spaces", () => {
    table([
      ["13.5\u00A0million", { value: 13_500_000 }],
      ["at least 93\u00A0people", { value: 93, unit: "people" }],
      ["250\u00A0000 people", { value: 250_000, unit: "people" }],
      ["1\u202F234\u202F567", { value: 1_234_567 }],
    ]);
  });

  it("returns spans inside curly quotes", () => {
    const text = "“at least 93 people”";
    check(text, { value: 93, span: "at least 93 people" });
    assert.equal(parseQuantity(text)?.start, 1);
  });

  it("maps currency symbols to ISO codes", () => {
    table([
      ["$1.2bn in aid", { value: 1_200_000_000, unit: "USD", span: "$1.2bn" }],
      ["£5m", { value: 5_000_000, unit: "GBP" }],
      ["€40", { value: 40, unit: "EUR" }],
      ["more than $3 million", { value: 3_000_000, qualifier: "MORE_THAN", unit: "USD" }],
      ["$4-5bn", { value: 4_000_000_000, valueMax: 5_000_000_000, unit: "USD" }],
    ]);
  });
});

describe("parseQuantity: things that are not quantities", () => {
  it("returns null when there is no figure", () => {
    assert.equal(parseQuantity("The US said on Monday"), null);
    assert.equal(parseQuantity(""), null);
  });

  it("skips standalone years but keeps separated and counted ones", () => {
    assert.equal(parseQuantity("2017"), null);
    assert.equal(parseQuantity("in 2021"), null);
    assert.equal(parseQuantity("the 2019 budget"), null);
    assert.equal(parseQuantity("the 2011-2014 period"), null);
    check("in 2021, 40 homes burned", { value: 40, unit: "homes" });
    check("2,017 people", { value: 2_017, unit: "people" });
    check("2000 people", { value: 2_000, unit: "people" });
    check("more than 2000", { value: 2_000, qualifier: "MORE_THAN" });
  });

  it("skips dates", () => {
    assert.equal(parseQuantity("talks are due on May 3-4 in the capital"), null);
    assert.equal(parseQuantity("April 12"), null);
    assert.equal(parseQuantity("on 9 June"), null);
    assert.equal(parseQuantity("March 2, 2020"), null);
    check("since April 22, 60 shells have landed", { value: 60, unit: "shells" });
  });

  it("skips times", () => {
    assert.equal(parseQuantity("10:15"), null);
    assert.equal(parseQuantity("at 3pm"), null);
    assert.equal(parseQuantity("from 6 a.m."), null);
    check("at 10:15, 4 shells hit", { value: 4, unit: "shells" });
  });

  it("skips ordinals", () => {
    assert.equal(parseQuantity("the first and second rounds"), null);
    assert.equal(parseQuantity("the 3rd battalion"), null);
  });

  it("skips the pronoun 'one'", () => {
    assert.equal(parseQuantity("one of the largest"), null);
    assert.equal(parseQuantity("no one was hurt"), null);
    check("one of the 6 bridges", { value: 6, unit: "bridges" });
    check("at least one person", { value: 1, qualifier: "AT_LEAST", unit: "person" });
  });

  it("skips identifiers after a capitalised noun", () => {
    assert.equal(parseQuantity("Resolution 2118"), null);
    assert.equal(parseQuantity("under Article 5 of the treaty"), null);
    check("The 59 cruise missiles", { value: 59, unit: "cruise missiles" });
    check("Russia’s 40 jets", { value: 40, unit: "jets" });
  });

  it("skips codes and names that contain digits", () => {
    assert.equal(parseQuantity("Covid-19"), null);
    assert.equal(parseQuantity("Su-24 and F-16"), null);
    assert.equal(parseQuantity("agent 007"), null);
  });
});

describe("parseQuantities", () => {
  it("returns every figure in order with spans into the original string", () => {
    const text = "On April 7, some 59 missiles hit the base; at least 93\u00A0people died in 2017 and about 3.5 million fled.";
    const found = parseQuantities(text);
    assert.deepEqual(
      found.map((q) => [text.slice(q.start, q.end), q.value, q.qualifier, q.unit]),
      [
        ["some 59 missiles", 59, "SOME", "missiles"],
        ["at least 93\u00A0people", 93, "AT_LEAST", "people"],
        ["about 3.5 million", 3_500_000, "ABOUT", null],
      ],
    );
  });

  it("agrees with parseQuantity on the first figure", () => {
    const text = "In 2019 one of the 4 depots burned, then 12 more.";
    assert.deepEqual(parseQuantity(text), parseQuantities(text)[0]);
    assert.equal(parseQuantity(text)?.value, 4);
  });

  it("returns an empty list when nothing is numeric", () => {
    assert.deepEqual(parseQuantities("Officials declined to comment."), []);
  });
});
