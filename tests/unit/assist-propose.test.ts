import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { proposeClaims } from "@/lib/assist/propose";
import { blocks } from "@/lib/assist/text";

// A page of our own writing with the furniture real news pages carry: a caption, a promo line,
// a byline, related links and reader comments, plus curly quotes and non-breaking spaces.
const PAGE = [
  "Tessel Valley: Dam Talks Collapse",
  "",
  "In this file photo, flood barriers stand at the Tessel dam. At least 14 homes were swept away overnight, the fire service said on May 2, 2026. PHOTO: VALLEY PRESS / Ilse Marwan",
  "",
  "By Ana Ruiz",
  "",
  "The flood has killed at least 1,240 people in a six-year dispute over the dam, the Tessel Valley Water Authority said on Monday.",
  "",
  "READ ALSO: Farmers Count The Cost Of A Dry Spring",
  "",
  "Some 5,000-7,000 residents fled to higher ground, according to the regional council.",
  "",
  "“We were never warned,” said Ilse Marwan, a farmer in the valley.",
  "",
  "Rescue boats on the flooded road on Friday morning:",
  "",
  "Norland vetoed a council resolution on an independent inquiry.",
  "",
  "The ministry denied that its engineers had ignored the warnings.",
  "",
  "Related Posts",
  "",
  "Dry spring hits the valley",
  "  1. I live downstream and 40 houses on my street flooded.",
  "Leave a Comment",
].join("\n");

describe("blocks", () => {
  it("recognises captions, promos, bylines, related lists and comments as furniture", () => {
    const furniture = blocks(PAGE).filter((block) => block.furniture).map((block) => [block.furniture, block.text.slice(0, 12)]);
    assert.deepEqual(furniture, [
      ["headline", "Tessel Valle"],
      ["caption", "In this file"],
      ["byline", "By Ana Ruiz"],
      ["promo", "READ ALSO: F"],
      ["caption", "Rescue boats"],
      ["related", "Related Post"],
      ["comments", "Dry spring h"],
      ["comments", "1. I live do"],
      ["comments", "Leave a Comm"],
    ]);
  });
});

describe("proposeClaims", () => {
  const proposed = proposeClaims(PAGE);
  it("gives exact UTF-16 offsets for every candidate", () => {
    for (const candidate of proposed) assert.equal(PAGE.slice(candidate.start, candidate.end), candidate.quote);
  });
  it("proposes figures with their fields filled, never the measure adjective", () => {
    const toll = proposed.find((candidate) => candidate.value === 1240);
    assert.ok(toll, "the toll is proposed");
    assert.equal(toll.kind, "QUANTITY");
    assert.equal(toll.qualifier, "AT_LEAST");
    assert.equal(toll.unit, "people");
    assert.equal(toll.speaker, "the Tessel Valley Water Authority");
    assert.match(toll.reason, /death toll/);
    assert.ok(!proposed.some((candidate) => candidate.value === 6), "six-year is not a figure");
    const range = proposed.find((candidate) => candidate.value === 5000);
    assert.equal(range?.valueMax, 7000);
    assert.equal(range?.qualifier, "RANGE");
    assert.equal(range?.speaker, "the regional council");
  });
  it("proposes attributions, events and denials", () => {
    const quote = proposed.find((candidate) => candidate.quote.startsWith("“We were never warned"));
    assert.equal(quote?.speaker, "Ilse Marwan");
    assert.ok(quote && ["QUOTE", "ATTRIBUTION"].includes(quote.kind));
    const veto = proposed.find((candidate) => candidate.quote.startsWith("Norland vetoed"));
    assert.equal(veto?.kind, "EVENT");
    const denial = proposed.find((candidate) => candidate.quote.startsWith("The ministry denied"));
    assert.match(denial?.reason ?? "", /denial/);
  });
  it("keeps the reported sentence of an agency caption, without the picture's description or credit", () => {
    const homes = proposed.find((candidate) => candidate.value === 14);
    assert.ok(homes, "the caption's reported figure is proposed");
    assert.equal(homes.speaker, "the fire service");
    assert.ok(!homes.quote.includes("PHOTO") && !homes.quote.includes("file photo"));
  });
  it("proposes nothing from furniture", () => {
    const furniture = blocks(PAGE).filter((block) => block.furniture && block.furniture !== "caption");
    for (const candidate of proposed) {
      assert.ok(!furniture.some((block) => candidate.start < block.end && block.start < candidate.end), `furniture proposed: ${candidate.quote}`);
    }
    assert.ok(!proposed.some((candidate) => candidate.value === 40), "a reader's comment is not a claim");
  });
  it("splits a sentence with several figures into one candidate per figure", () => {
    const body = "Shelling killed 96 people, including 21 children, the monitor said.";
    const found = proposeClaims(body);
    assert.deepEqual(found.map((candidate) => candidate.value), [96, 21]);
    assert.ok(found[0]!.end <= found[1]!.start);
  });
  it("handles the project's fixture articles quickly and with valid offsets", () => {
    for (const name of ["port-calvane-strike.txt", "tessel-valley-flood.txt"]) {
      const body = readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8");
      const started = performance.now();
      const found = proposeClaims(body);
      assert.ok(performance.now() - started < 2000);
      assert.ok(found.length > 0);
      for (const candidate of found) assert.equal(body.slice(candidate.start, candidate.end), candidate.quote);
    }
  });
});

describe("proposeClaims: a part given with its whole", () => {
  const text = "Shelling hit the harbour on Monday.\n\nThe attack closed two of the port's five container terminals, the harbour authority said, and 14 dock workers were injured.";

  it("proposes one claim about the part, counting what the whole counts", () => {
    const figures = proposeClaims(text).filter((claim) => claim.kind === "QUANTITY");
    assert.deepEqual(
      figures.map((claim) => [claim.value, claim.unit]),
      [
        [2, "container terminals"],
        [14, "dock workers"],
      ],
    );
    const part = figures[0]!;
    assert.match(part.quote, /two of the port's five container terminals/u);
    assert.match(part.reason, /part of 5/u);
  });

  it("does not lend the injured workers' measure to the terminals", () => {
    const [part, workers] = proposeClaims(text).filter((claim) => claim.kind === "QUANTITY");
    assert.doesNotMatch(part!.reason, /wounded/u);
    assert.doesNotMatch(part!.subject ?? "", /wounded/u);
    assert.match(workers!.reason, /count of wounded: 14 dock workers/u);
  });

  it("pre-fills no subject for an event whose actor is unknown", () => {
    const event = proposeClaims(text).find((claim) => claim.kind === "EVENT");
    assert.ok(event, "the shelling is proposed as an event");
    assert.equal(event.subject, undefined);
  });
});
