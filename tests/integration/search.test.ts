import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { createClaim, updateClaim } from "@/lib/claims/mutations";
import { db, disconnectDb } from "@/lib/db";
import { searchClaimsForLinking as linkPickerSearch } from "@/lib/links/queries";
import { findNearDuplicateClaims, searchClaimsForLinking, searchEverything } from "@/lib/search/queries";
import { HIGHLIGHT_MARKERS, snippetText } from "@/lib/search/snippets";
import { createClaimSchema } from "@/lib/validation/claims";
import { articleFactory, outletFactory, userFactory } from "../support/factories";

after(disconnectDb);

/** A made-up word of letters only, so each test finds its own rows and nothing else. */
function word(): string {
  return Array.from(randomBytes(9), (byte) => String.fromCharCode(97 + (byte % 26))).join("");
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type Editor = Awaited<ReturnType<typeof userFactory>>;
let editor: Editor;
before(async () => {
  editor = await userFactory("EDITOR");
});

/** Marks `phrase` (its first occurrence in the body) as a claim. */
async function claimOn(article: { id: string; body: string }, phrase: string, fields: { subject?: string; speaker?: string; value?: number; note?: string } = {}) {
  const start = article.body.indexOf(phrase);
  assert.ok(start >= 0, `"${phrase}" is not in the body`);
  return createClaim(editor, createClaimSchema.parse({ articleId: article.id, start, end: start + phrase.length, kind: fields.value === undefined ? "QUOTE" : "QUANTITY", ...fields }));
}

describe("searchEverything", () => {
  it("finds a claim by a word of its quote and an article by a word of its body, with highlighted snippets", async () => {
    const w = word();
    const quote = `The ${w} reservoir was three-quarters empty by August.`;
    const article = await articleFactory({ body: `Officials spoke on Monday. ${quote} Rain is expected later.` });
    const claim = await claimOn(article, quote);

    const results = await searchEverything(w.toUpperCase());
    const articleHit = results.articles.find((hit) => hit.id === article.id);
    const claimHit = results.claims.find((hit) => hit.id === claim.id);
    assert.ok(articleHit, "article not found by a body word");
    assert.ok(claimHit, "claim not found by a quote word");
    assert.equal(results.claimMatch, "words");
    assert.equal(results.totals.articles, 1);
    assert.equal(results.totals.claims, 1);
    assert.deepEqual(
      articleHit.snippet.filter((segment) => segment.match).map((segment) => segment.text),
      [w],
    );
    assert.deepEqual(
      claimHit.snippet.filter((segment) => segment.match).map((segment) => segment.text),
      [w],
    );
    assert.equal(snippetText(claimHit.snippet), quote);
    assert.equal(claimHit.articleId, article.id);
    assert.equal(claimHit.outlet.length > 0, true);
  });

  it("finds a claim by its subject and note, and folds accents", async () => {
    const w = word();
    const article = await articleFactory({ body: `Le ministère de l'Économie ${w} a publié ses chiffres.` });
    const claim = await claimOn(article, `Le ministère de l'Économie ${w}`, { subject: `budget ${w}subject`, note: `checked ${w}note` });
    for (const query of [`economie ${w}`, `${w}subject`, `${w}note`]) {
      const results = await searchEverything(query);
      assert.deepEqual(
        results.claims.map((hit) => hit.id),
        [claim.id],
        query,
      );
    }
  });

  it("ranks an article with the word in its title above one with it in the body", async () => {
    const w = word();
    const inBody = await articleFactory({ title: "Quarterly figures", body: `The ${w} fell. Again the ${w} fell, and the ${w} fell once more.` });
    const inTitle = await articleFactory({ title: `Why the ${w} matters`, body: "Nothing in the body mentions it." });
    const results = await searchEverything(w);
    assert.deepEqual(
      results.articles.map((hit) => hit.id),
      [inTitle.id, inBody.id],
    );
    assert.deepEqual(
      results.articles[0]?.titleSnippet.filter((segment) => segment.match).map((segment) => segment.text),
      [w],
    );
  });

  it("finds a misspelt speaker by trigram similarity, naming the alias that matched", async () => {
    const first = word();
    const name = `${capitalised(first)} Vereczky`;
    const article = await articleFactory({ body: `${name} said the bridge would reopen.` });
    const claim = await claimOn(article, "said the bridge would reopen", { speaker: name });
    const speakerId = claim.speaker?.id ?? assert.fail("speaker not recorded");

    const results = await searchEverything(`${first} Vereczki`);
    const hit = results.speakers.find((speaker) => speaker.id === speakerId);
    assert.ok(hit, "speaker not found by a misspelling");
    assert.equal(hit.name, name);
    assert.equal(hit.matchedAlias, name);
    assert.ok(hit.similarity > 0.5 && hit.similarity < 1, `similarity ${hit.similarity}`);
    assert.equal(results.speakers[0]?.id, speakerId, "the closest speaker comes first");
  });

  it("falls back to similar wording when no claim has the words (a typo)", async () => {
    const w = `${word()}ization`;
    const article = await articleFactory({ body: `The ${w} programme reached every district.` });
    const claim = await claimOn(article, `The ${w} programme reached every district.`);
    // Two neighbouring letters swapped, at the first pair that differs (a random word can repeat one).
    const at = [...w].findIndex((letter, index) => index >= 4 && letter !== w[index + 1]);
    const typo = `${w.slice(0, at)}${w[at + 1]}${w[at]}${w.slice(at + 2)}`;
    assert.notEqual(typo, w);

    const results = await searchEverything(typo);
    assert.equal(results.claimMatch, "similar");
    assert.deepEqual(
      results.claims.map((hit) => hit.id),
      [claim.id],
    );
    assert.equal(results.claims[0]?.snippet.some((segment) => segment.match), false);
  });

  it("survives quotes, operators and punctuation, and ignores too-short queries", async () => {
    const w = word();
    const article = await articleFactory({ body: `At least ${w} people were evacuated, the ministry said. At least ${w} homes were damaged.` });
    const evacuated = await claimOn(article, `At least ${w} people were evacuated, the ministry said.`);
    const damaged = await claimOn(article, `At least ${w} homes were damaged.`);

    const results = await searchEverything(`"at least ${w}" -ministry`);
    assert.deepEqual(
      results.claims.map((hit) => hit.id),
      [damaged.id],
    );
    assert.ok(!results.claims.some((hit) => hit.id === evacuated.id));

    for (const odd of [`'${w}' & | ! ( ) : * <-> \\ %_`, `""`, `-`, `${w}\u0000\u0001\u0002`, `<script>${w}</script>`, "a".repeat(500)]) {
      const outcome = await searchEverything(odd);
      for (const hit of [...outcome.articles, ...outcome.claims]) {
        for (const segment of hit.snippet) assert.ok(![...HIGHLIGHT_MARKERS].some((marker) => segment.text.includes(marker)));
      }
    }
    assert.deepEqual((await searchEverything(" x ")).totals, { articles: 0, claims: 0, speakers: 0 });
  });

  it("shows a quote with markup-like text exactly as written, and no marker characters", async () => {
    const w = word();
    // The stray U+0001/U+0002 would pass for highlight markers if the query did not remove them.
    const quote = `Rates <b>${w}</b> rose \u0001&\u0002 fell; 3 < 5 > 2 "quoted".`;
    const article = await articleFactory({ body: `${quote} Nothing else.` });
    const claim = await claimOn(article, quote);
    const hit = (await searchEverything(w)).claims.find((candidate) => candidate.id === claim.id) ?? assert.fail("claim not found");
    assert.equal(snippetText(hit.snippet), `Rates <b>${w}</b> rose & fell; 3 < 5 > 2 "quoted".`);
    assert.deepEqual(
      hit.snippet.filter((segment) => segment.match).map((segment) => segment.text),
      [w],
    );
  });

  it("keeps the search vector up to date when a claim is edited", async () => {
    const w = word();
    const article = await articleFactory({ body: `Exports grew by a fifth last year.` });
    const claim = await claimOn(article, "Exports grew by a fifth");
    assert.equal((await searchEverything(w)).claims.length, 0);
    await updateClaim(editor, claim.id, { version: claim.version, subject: `trade ${w}` });
    assert.deepEqual(
      (await searchEverything(w)).claims.map((hit) => hit.id),
      [claim.id],
    );
  });
});

describe("findNearDuplicateClaims", () => {
  it("finds similar wording and the same subject and figure in other articles, with a reason", async () => {
    const w = word();
    const subject = `Casualties ${w}`;
    const first = await articleFactory({ body: `At least 40 people were killed in the ${w} strike on Sunday, officials said. At least 40 people died in the ${w} strike on Sunday, officials said.` });
    const second = await articleFactory({ body: `At least 40 people were killed in a ${w} strike on Sunday, officials said.` });
    const third = await articleFactory({ body: `The ${w} attack left forty dead, according to the health authority.` });
    const original = await claimOn(first, `At least 40 people were killed in the ${w} strike on Sunday, officials said.`, { subject, value: 40 });
    const sameArticle = await claimOn(first, `At least 40 people died in the ${w} strike on Sunday, officials said.`, { subject, value: 40 });
    const reworded = await claimOn(second, `At least 40 people were killed in a ${w} strike on Sunday, officials said.`);
    const sameFigure = await claimOn(third, `The ${w} attack left forty dead`, { subject: subject.toLowerCase(), value: 40 });

    const duplicates = await findNearDuplicateClaims(original.id, 10);
    const ids = duplicates.map((duplicate) => duplicate.id);
    assert.ok(!ids.includes(original.id));
    assert.ok(!ids.includes(sameArticle.id), "claims in the same article are not duplicates");

    const wording = duplicates.find((duplicate) => duplicate.id === reworded.id);
    assert.ok(wording, "similar wording in another article not found");
    assert.match(wording.reason, /^\d+% similar wording$/);
    assert.ok(wording.similarity > 0.45);
    assert.equal(wording.sameFigure, false);
    assert.equal(wording.articleId, second.id);

    const figure = duplicates.find((duplicate) => duplicate.id === sameFigure.id);
    assert.ok(figure, "same subject and figure not found");
    assert.equal(figure.reason, "same subject and figure");
    assert.equal(figure.sameFigure, true);
    assert.equal(duplicates[0]?.id, reworded.id);

    assert.deepEqual(await findNearDuplicateClaims("not-a-uuid"), []);
  });
});

describe("searchClaimsForLinking", () => {
  it("matches quote words and outlet names, and never offers the claim itself", async () => {
    const w = word();
    const outlet = await outletFactory(`Meridian ${capitalised(w)} Wire`);
    const article = await articleFactory({ outletId: outlet.id, body: `Grain exports ${w} doubled. Prices fell sharply.` });
    const own = await claimOn(article, `Grain exports ${w} doubled.`);
    const other = await claimOn(article, "Prices fell sharply.");

    const byWord = await searchClaimsForLinking(w, own.id);
    assert.ok(!byWord.some((hit) => hit.id === own.id), "the claim itself is offered");

    // Other outlets may resemble "Meridian …" too, but this one matches best.
    const byOutlet = await searchClaimsForLinking(`meridian ${w}`, own.id);
    assert.ok(!byOutlet.some((hit) => hit.id === own.id), "the claim itself is offered");
    const hit = byOutlet[0] ?? assert.fail("no hit");
    assert.equal(hit.id, other.id);
    assert.equal(hit.article.outlet.name, outlet.name);
    assert.equal(hit.article.title, article.title);
    assert.equal(hit.quote, "Prices fell sharply.");
    assert.equal(hit.status, "DRAFT");

    const withoutExclusion = await searchClaimsForLinking(`Meridian ${w}`);
    assert.deepEqual(new Set(withoutExclusion.slice(0, 2).map((row) => row.id)), new Set([own.id, other.id]));
    assert.equal(linkPickerSearch, searchClaimsForLinking, "lib/links re-exports the search version");
  });

  it("matches a speaker by a misspelt name and a quote by a misspelt word", async () => {
    const w = word();
    const name = `Walid ${capitalised(w)}`;
    const article = await articleFactory({ body: `${name} said the convoy had crossed. Separately, reconstruction${w} began.` });
    const bySpeaker = await claimOn(article, "said the convoy had crossed", { speaker: name });
    const byWord = await claimOn(article, `reconstruction${w} began`);

    const misspeltName = `${name.slice(0, -2)}${name.at(-1)}${name.at(-2)}`;
    assert.ok((await searchClaimsForLinking(misspeltName)).some((hit) => hit.id === bySpeaker.id && hit.speaker?.name === name));

    const typo = `reconstrcution${w}`;
    assert.ok((await searchClaimsForLinking(typo)).some((hit) => hit.id === byWord.id));
    assert.deepEqual(await searchClaimsForLinking(" "), []);
  });
});

describe("search vector columns", () => {
  it("are filled by the database, not by the application", async () => {
    const w = word();
    const article = await articleFactory({ title: `Title ${w}`, body: "Body text." });
    const rows = await db.$queryRaw<{ filled: boolean }[]>`SELECT "searchVector" @@ to_tsquery('claimdesk_search', ${w}) AS filled FROM "Article" WHERE "id" = ${article.id}::uuid`;
    assert.equal(rows[0]?.filled, true);
  });
});
