import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, describe, it } from "node:test";
import { GET as claimRoute, PATCH as patchClaimRoute } from "@/app/api/v1/claims/[id]/route";
import { POST as createClaimRoute } from "@/app/api/v1/claims/route";
import { GET as suggestionsRoute } from "@/app/api/v1/claims/[id]/suggestions/route";
import { backfillClaimFacts } from "@/lib/assist/backfill";
import { disconnectDb, db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { createLink } from "@/lib/links/mutations";
import { articleFactory, bearer, outletFactory, tokenFactory } from "../support/factories";

after(disconnectDb);
const idContext = (id: string) => ({ params: Promise.resolve({ id }) });
const noContext = { params: Promise.resolve({}) };

/** A made-up plural noun per test, so claims of other tests never share its subject key. */
function uniqueNoun(): string {
  const letters = randomUUID().replace(/[^a-f]/g, "").slice(0, 6).padEnd(6, "e");
  return `v${letters}rians`;
}

type Suggestion = { kind: string; score: number; reason: string; claim: { id: string; outlet: string } };
type ClaimJson = { id: string; version: number; value: number | null; facts: { value: number | null; unit: string | null; speaker: string | null; subjectKey: string | null; derived: string[] } | null };

async function articleIn(outletName: string, body: string, publishedAt: string) {
  const outlet = await outletFactory(`${outletName} ${randomUUID().slice(0, 4)}`);
  const article = await articleFactory({ outletId: outlet.id, body });
  await db.article.update({ where: { id: article.id }, data: { publishedAt: new Date(publishedAt) } });
  return article;
}

/** Marks a claim the way another tool would: only its span, quote and kind. */
async function markByQuote(secret: string, article: { id: string; body: string }, quote: string, kind: string) {
  const start = article.body.indexOf(quote);
  assert.ok(start >= 0, quote);
  const response = await createClaimRoute(bearer(secret, "/api/v1/claims", { method: "POST", body: JSON.stringify({ articleId: article.id, start, end: start + quote.length, quote, kind }) }), noContext);
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as ClaimJson;
}

async function suggestionsFor(secret: string, id: string): Promise<Suggestion[]> {
  const response = await suggestionsRoute(bearer(secret, `/api/v1/claims/${id}/suggestions`), idContext(id));
  assert.equal(response.status, 200);
  return ((await response.json()) as { items: Suggestion[] }).items;
}

describe("GET /api/v1/claims/{id}/suggestions for claims sent with only quote and kind", () => {
  it("suggests another outlet's conflicting figure first, with its reason, and drops it once linked", async () => {
    const { user, secret } = await tokenFactory("EDITOR");
    const noun = uniqueNoun();
    const wire = await articleIn("Wire", `Field reports show that 21 ${noun} were killed in the valley between January and March, the wire said.`, "2026-03-29");
    const ministry = await articleIn("Ministry", `The ministry, which had confirmed only the deaths of five ${noun} in that period, issued a denial.`, "2026-03-29");
    const agency = await markByQuote(secret, wire, `21 ${noun} were killed in the valley between January and March`, "QUANTITY");
    const official = await markByQuote(secret, ministry, `the deaths of five ${noun} in that period`, "QUANTITY");

    assert.equal(official.facts?.value, 5, "facts are derived from the quote");
    assert.ok(official.facts?.derived.includes("value"));
    const items = await suggestionsFor(secret, official.id);
    assert.equal(items[0]?.claim.id, agency.id);
    assert.equal(items[0]?.kind, "CONTRADICTS");
    assert.match(items[0]?.reason ?? "", /5 against 21|21 against 5/);
    assert.match(items[0]?.claim.outlet ?? "", /^Wire/);

    await createLink(user, { fromClaimId: official.id, toClaimId: agency.id, kind: "CONTRADICTS", note: null });
    assert.ok(!(await suggestionsFor(secret, official.id)).some((item) => item.claim.id === agency.id));
  });

  it("suggests a later, higher running toll in the same article as an update", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const noun = uniqueNoun();
    const article = await articleIn(
      "Daily",
      `At least 17 ${noun} were killed in strikes overnight, the monitor said.\nLater on Friday the monitor said the operation killed at least 22 ${noun}.`,
      "2026-02-26",
    );
    const first = await markByQuote(secret, article, `At least 17 ${noun} were killed in strikes overnight`, "QUANTITY");
    const second = await markByQuote(secret, article, `the operation killed at least 22 ${noun}`, "QUANTITY");
    const items = await suggestionsFor(secret, first.id);
    const update = items.find((item) => item.claim.id === second.id);
    assert.equal(update?.kind, "UPDATES");
    assert.match(update?.reason ?? "", /later in the same article/);
  });

  it("does not suggest consistent figures as contradicting, and never a duplicate from wording alone", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const noun = uniqueNoun();
    const a = await markByQuote(secret, await articleIn("One", `The war has killed at least 250,000 ${noun}.`, "2026-01-10"), `The war has killed at least 250,000 ${noun}`, "QUANTITY");
    const b = await markByQuote(secret, await articleIn("Two", `Hundreds of thousands of ${noun} have been killed in the war.`, "2026-01-10"), `Hundreds of thousands of ${noun} have been killed`, "QUANTITY");
    const c = await markByQuote(secret, await articleIn("Three", `The war has displaced at least 250,000 ${noun}.`, "2026-01-10"), `The war has displaced at least 250,000 ${noun}`, "QUANTITY");
    const items = await suggestionsFor(secret, a.id);
    assert.notEqual(items.find((item) => item.claim.id === b.id)?.kind, "CONTRADICTS");
    assert.equal(items.find((item) => item.claim.id === c.id), undefined, "same words, different thing counted");
  });

  it("suggests opposing statements about the same side", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const side = `Q${uniqueNoun().slice(1, 7)}land`;
    const proposal = await markByQuote(secret, await articleIn("One", `A ${side} proposal for inspectors to visit the dam had been rebuffed, its minister said.`, "2026-04-10"), `A ${side} proposal for inspectors to visit the dam had been rebuffed`, "EVENT");
    const veto = await markByQuote(secret, await articleIn("Two", `It was ${side} that vetoed the council resolution on an inquiry.`, "2026-04-10"), `It was ${side} that vetoed the council resolution on an inquiry`, "EVENT");
    const items = await suggestionsFor(secret, veto.id);
    assert.equal(items.find((item) => item.claim.id === proposal.id)?.kind, "CONTRADICTS");
  });

  it("answers 404 for an unknown claim and 401 without a token", async () => {
    const { secret } = await tokenFactory("VIEWER");
    const missing = randomUUID();
    assert.equal((await suggestionsRoute(bearer(secret, "/x"), idContext(missing))).status, 404);
    assert.equal((await suggestionsRoute(new Request("http://claimdesk.test/x"), idContext(missing))).status, 401);
  });
});

describe("derived facts", () => {
  it("never overwrite what an editor typed, and follow the editor's later edits", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const noun = uniqueNoun();
    const article = await articleIn("Wire", `The flood has killed at least 120 ${noun} in the valley, the water authority said.`, "2026-05-01");
    const quote = `at least 120 ${noun}`;
    const start = article.body.indexOf(quote);
    const created = await createClaimRoute(
      bearer(secret, "/api/v1/claims", { method: "POST", body: JSON.stringify({ articleId: article.id, start, end: start + quote.length, kind: "QUANTITY", value: 130, qualifier: "ABOUT", speaker: "Valley Water Board" }) }),
      noContext,
    );
    const claim = (await created.json()) as ClaimJson;
    assert.equal(claim.facts?.value, 130);
    assert.equal(claim.facts?.speaker, "Valley Water Board");
    assert.ok(!claim.facts?.derived.includes("value") && !claim.facts?.derived.includes("speaker"));
    assert.ok(claim.facts?.derived.includes("unit"), "the unit was not typed, so it is derived");

    const patched = await patchClaimRoute(bearer(secret, "/x", { method: "PATCH", body: JSON.stringify({ version: claim.version, unit: "residents" }) }), idContext(claim.id));
    assert.equal(patched.status, 200);
    const edited = (await patched.json()) as ClaimJson;
    assert.equal(edited.facts?.unit, "residents");
    assert.equal(edited.facts?.value, 130);
    assert.equal(edited.value, 130, "the claim's own fields are never touched by derivation");
    const read = (await (await claimRoute(bearer(secret, "/x"), idContext(claim.id))).json()) as ClaimJson;
    assert.deepEqual(read.facts, edited.facts);
  });

  it("are filled in for older claims by the backfill, which audits its run", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const noun = uniqueNoun();
    const article = await articleIn("Wire", `Officials said 44 ${noun} were injured in the blast.`, "2026-05-01");
    const claim = await markByQuote(secret, article, `44 ${noun} were injured in the blast`, "QUANTITY");
    await db.claim.update({ where: { id: claim.id }, data: { facts: Prisma.DbNull, subjectKey: null, factsVersion: 0 } });
    const { updated } = await backfillClaimFacts();
    assert.ok(updated >= 1);
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { subjectKey: true, factsVersion: true, version: true } });
    assert.equal(row.subjectKey, `q:wounded:${noun.slice(0, -1)}`);
    assert.equal(row.version, claim.version, "a derived refresh is not an edit");
    assert.ok(await db.auditEvent.findFirst({ where: { action: "assist.facts_backfill" } }));
    assert.equal((await backfillClaimFacts()).updated, 0, "a second run has nothing to do");
  });
});
