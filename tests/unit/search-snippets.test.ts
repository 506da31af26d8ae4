import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimHitByline, cleanQuery, containsPattern, exactPattern, nearDuplicateReason } from "@/lib/search/rules";
import { excerptAroundMatch, headlineOptions, HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, hasMatch, markOmissions, parseHighlighted, plainSnippet, snippetText } from "@/lib/search/snippets";

describe("parseHighlighted", () => {
  it("splits ts_headline output at its markers", () => {
    assert.deepEqual(parseHighlighted(`At least ${S}40${E} people, said ${S}Vereczký${E}.`), [
      { text: "At least ", match: false },
      { text: "40", match: true },
      { text: " people, said ", match: false },
      { text: "Vereczký", match: true },
      { text: ".", match: false },
    ]);
  });

  it("keeps < > & and markup as plain text, to be rendered as text", () => {
    const segments = parseHighlighted(`a < b && c > d: <script>alert("${S}x${E}")</script> &amp; <mark>`);
    assert.deepEqual(segments, [
      { text: 'a < b && c > d: <script>alert("', match: false },
      { text: "x", match: true },
      { text: '")</script> &amp; <mark>', match: false },
    ]);
    assert.equal(snippetText(segments), 'a < b && c > d: <script>alert("x")</script> &amp; <mark>');
  });

  it("handles matches at the edges and next to each other", () => {
    assert.deepEqual(parseHighlighted(`${S}death${E}${S}toll${E}`), [{ text: "deathtoll", match: true }]);
    assert.deepEqual(parseHighlighted(`${S}death${E} ${S}toll${E}`), [
      { text: "death", match: true },
      { text: " ", match: false },
      { text: "toll", match: true },
    ]);
  });

  it("tolerates unbalanced markers and drops empty segments", () => {
    assert.deepEqual(parseHighlighted(`stray${E} stop`), [{ text: "stray stop", match: false }]);
    assert.deepEqual(parseHighlighted(`open ${S}to the end`), [
      { text: "open ", match: false },
      { text: "to the end", match: true },
    ]);
    assert.deepEqual(parseHighlighted(`${S}${E}`), []);
    assert.deepEqual(parseHighlighted(""), []);
  });

  it("collapses whitespace, as snippets are shown inline", () => {
    assert.deepEqual(parseHighlighted(`  line one\n\n\tline ${S}two${E}  `), [
      { text: "line one line ", match: false },
      { text: "two", match: true },
    ]);
  });

  it("never lets a marker through into the text", () => {
    for (const input of [`${S}${S}a${E}${E}`, `${E}${S}b`, `c${S}`, `${S}${E}${S}d${E}e`]) {
      for (const segment of parseHighlighted(input)) assert.ok(!segment.text.includes(S) && !segment.text.includes(E), JSON.stringify(input));
    }
  });

  it("reports whether anything matched", () => {
    assert.equal(hasMatch(parseHighlighted(`a ${S}b${E}`)), true);
    assert.equal(hasMatch(parseHighlighted("a b")), false);
  });
});

describe("plainSnippet", () => {
  it("returns short text whole, without markers", () => {
    assert.deepEqual(plainSnippet(`Forty-two ${S}people${E}\n attended.`), [{ text: "Forty-two people attended.", match: false }]);
    assert.deepEqual(plainSnippet("   "), []);
  });

  it("cuts long text at a word boundary", () => {
    const [segment] = plainSnippet("word ".repeat(100), 42);
    assert.ok(segment);
    assert.ok(segment.text.endsWith(" …"));
    assert.ok(segment.text.length <= 44);
    assert.ok(!segment.text.includes("wor …"));
  });
});

describe("headlineOptions", () => {
  it("uses the control-character markers and the requested shape", () => {
    const options = headlineOptions({ maxWords: 30, minWords: 12, maxFragments: 2 });
    assert.ok(options.startsWith(`StartSel=${S}, StopSel=${E}, MaxWords=30, MinWords=12`));
    assert.match(options, /MaxFragments=2/);
    assert.doesNotMatch(headlineOptions({ maxWords: 35, minWords: 15 }), /MaxFragments|HighlightAll/);
  });
});

describe("search rules", () => {
  it("cleans queries: control characters and markers out, operators and quotes kept", () => {
    assert.equal(cleanQuery(`  "at least"\u0000 -ministry ${S}or${E}  `), '"at least" -ministry or');
    assert.equal(cleanQuery("x".repeat(500)).length, 200);
    assert.equal(cleanQuery("\t\n"), "");
  });

  it("escapes LIKE wildcards", () => {
    assert.equal(containsPattern("50%_off\\"), "%50\\%\\_off\\\\%");
    assert.equal(exactPattern("Casualties"), "Casualties");
  });

  it("explains near-duplicates", () => {
    assert.equal(nearDuplicateReason({ similarity: 0.917, sameFigure: false }), "92% similar wording");
    assert.equal(nearDuplicateReason({ similarity: 0.1, sameFigure: true }), "same subject and figure");
    assert.equal(nearDuplicateReason({ similarity: 0.6, sameFigure: true }), "60% similar wording; same subject and figure");
  });
});

describe("excerptAroundMatch", () => {
  const long = (before: number, after: number) => parseHighlighted(`${"alpha ".repeat(before)}${S}needle${E}${" omega".repeat(after)}`);

  it("leaves a short snippet as it is", () => {
    const snippet = long(2, 2);
    assert.deepEqual(excerptAroundMatch(snippet, 300), snippet);
  });

  it("cuts around the first match at word boundaries, marking what was left out", () => {
    const excerpt = excerptAroundMatch(long(100, 100), 90);
    const text = snippetText(excerpt);
    assert.ok(text.startsWith("… alpha "), text);
    assert.ok(text.endsWith(" omega …"), text);
    assert.ok(text.length <= 90 + 4, `${text.length}`);
    assert.deepEqual(
      excerpt.filter((segment) => segment.match).map((segment) => segment.text),
      ["needle"],
    );
  });

  it("starts at the beginning when the match is early, and keeps the end when it is late", () => {
    assert.ok(!snippetText(excerptAroundMatch(long(1, 100), 60)).startsWith("…"));
    const late = snippetText(excerptAroundMatch(long(100, 1), 60));
    assert.ok(late.startsWith("… ") && late.endsWith("needle omega"), late);
  });
});

describe("markOmissions", () => {
  it("marks text left out before and after an excerpt, but not at the text's own edges", () => {
    const body = "KYIV —  At least 40 people were killed, officials said on Monday. Rescue teams worked through the night.";
    const start = parseHighlighted(`KYIV — At least 40 people were ${S}killed${E}, officials`);
    assert.equal(snippetText(markOmissions(start, body.slice(0, 200), body.slice(-200))), "KYIV — At least 40 people were killed, officials …");
    const end = parseHighlighted(`Rescue teams ${S}worked${E} through the night.`);
    assert.equal(snippetText(markOmissions(end, body.slice(0, 200), body.slice(-200))), "… Rescue teams worked through the night.");
    assert.deepEqual(markOmissions([], body, body), []);
  });
});

describe("claimHitByline", () => {
  it("joins subject, speaker and outlet, leaving out the missing ones", () => {
    assert.equal(claimHitByline({ subject: "Death toll", speaker: "Health ministry", outlet: "Daily Wire" }), "Death toll · Health ministry · Daily Wire");
    assert.equal(claimHitByline({ subject: null, speaker: "Health ministry", outlet: "Daily Wire" }), "Health ministry · Daily Wire");
    assert.equal(claimHitByline({ subject: "Death toll", speaker: null, outlet: "Daily Wire" }), "Death toll · Daily Wire");
    assert.equal(claimHitByline({ subject: "  ", speaker: null, outlet: null }), "");
  });

  it("names an outlet quoted as its own speaker once, whatever its case and spacing", () => {
    assert.equal(claimHitByline({ subject: "Death toll", speaker: "Reuters", outlet: "Reuters" }), "Death toll · Reuters");
    assert.equal(claimHitByline({ subject: null, speaker: "Syrian  Observatory", outlet: "syrian observatory" }), "Syrian  Observatory");
    assert.equal(claimHitByline({ subject: "Reuters", speaker: "Reuters", outlet: "Reuters" }), "Reuters");
    // Different names stay, even when one contains the other.
    assert.equal(claimHitByline({ subject: null, speaker: "Reuters staff", outlet: "Reuters" }), "Reuters staff · Reuters");
  });
});
