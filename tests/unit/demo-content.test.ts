import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeAlias } from "@/lib/actors/normalize";
import { locateQuote } from "@/lib/claims/anchor";
import { buildDemoSeedRows } from "@/lib/demo/seed";
import {
  DEMO_PASSWORD,
  demoActors,
  demoArticles,
  demoClaims,
  demoLinks,
  demoOutlets,
  demoUsers,
  type DemoClaim,
} from "@/lib/demo/content";

const claims = Object.entries(demoClaims) as [string, DemoClaim][];
const articles = Object.values(demoArticles);

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

describe("demo content", () => {
  it("anchors every claim at the requested occurrence of its quote", () => {
    for (const [key, claim] of claims) {
      const body = demoArticles[claim.article].body;
      const anchor = locateQuote(body, claim.quote, claim.occurrence ?? 1);
      assert.equal(body.slice(anchor.start, anchor.end), claim.quote, key);
      assert.ok(body.startsWith(anchor.prefix, anchor.start - anchor.prefix.length), key);
      assert.ok(body.startsWith(anchor.suffix, anchor.end), key);
    }
  });

  it("anchors at least one claim on a later occurrence than the first", () => {
    const later = claims.filter(([, claim]) => (claim.occurrence ?? 1) > 1);
    assert.ok(later.length >= 1);
    for (const [key, claim] of later) {
      const body = demoArticles[claim.article].body;
      assert.notEqual(locateQuote(body, claim.quote).start, locateQuote(body, claim.quote, claim.occurrence).start, key);
    }
  });

  it("has at least 8 claims with sensible structured fields", () => {
    assert.ok(claims.length >= 8);
    const actorNames = new Set<string>(demoActors.map((actor) => actor.name));
    for (const [key, claim] of claims) {
      if (claim.speaker !== undefined) assert.ok(actorNames.has(claim.speaker), `${key}: unknown speaker`);
      if (claim.valueMax !== undefined) {
        assert.ok(claim.value !== undefined && claim.value <= claim.valueMax, `${key}: range`);
        assert.equal(claim.qualifier, "RANGE", key);
      }
      if (["VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"].includes(claim.status)) {
        assert.ok(claim.verdictRationale, `${key}: verdict without rationale`);
        assert.ok(claim.reviewedBy !== undefined && claim.reviewedBy !== claim.createdBy, `${key}: two-person rule`);
      }
    }
    const statuses = claims.map(([, claim]) => claim.status);
    assert.ok(statuses.includes("DRAFT"));
    assert.ok(statuses.includes("IN_REVIEW"));
    assert.ok(statuses.includes("VERIFIED"));
  });

  it("covers the qualifiers editors meet", () => {
    const qualifiers = new Set(claims.map(([, claim]) => claim.qualifier));
    for (const q of ["EXACT", "AT_LEAST", "MORE_THAN", "NEARLY", "AS_MANY_AS", "RANGE"] as const) {
      assert.ok(qualifiers.has(q), q);
    }
  });

  it("links only existing claims, never a claim to itself, and includes the needed kinds", () => {
    for (const link of demoLinks) {
      assert.ok(link.from in demoClaims, link.from);
      assert.ok(link.to in demoClaims, link.to);
      assert.notEqual(link.from, link.to);
    }
    const kinds = new Set(demoLinks.map((link) => link.kind));
    assert.ok(kinds.has("CONTRADICTS"));
    assert.ok(kinds.has("UPDATES"));
    assert.ok(kinds.has("SUPPORTS") || kinds.has("DUPLICATE"));
    const contradiction = demoLinks.find(
      (link) =>
        link.kind === "CONTRADICTS" &&
        demoArticles[demoClaims[link.from].article].outlet !== demoArticles[demoClaims[link.to].article].outlet,
    );
    assert.ok(contradiction, "a contradiction across outlets");
  });

  it("stores each link at most once, in either direction for symmetric kinds", () => {
    const seen = new Set<string>();
    for (const link of demoLinks) {
      const pair =
        link.kind === "CONTRADICTS" || link.kind === "DUPLICATE" ? [link.from, link.to].sort() : [link.from, link.to];
      const key = `${link.kind}:${pair.join("|")}`;
      assert.ok(!seen.has(key), key);
      seen.add(key);
    }
  });

  it("has at least 4 outlets including an agency, a newspaper, a blog and a government", () => {
    const outlets = Object.values(demoOutlets);
    assert.ok(outlets.length >= 4);
    const kinds = new Set(outlets.map((outlet) => outlet.kind));
    for (const kind of ["AGENCY", "NEWSPAPER", "BLOG", "GOVERNMENT"] as const) assert.ok(kinds.has(kind), kind);
  });

  it("has at least 6 short articles on their outlets' domains with distinct urls and bodies", () => {
    assert.ok(articles.length >= 6);
    for (const article of articles) {
      const words = wordCount(article.body);
      assert.ok(words >= 150 && words <= 350, `${article.title}: ${words} words`);
      assert.equal(new URL(article.url).hostname, demoOutlets[article.outlet].domain);
      assert.ok(!Number.isNaN(Date.parse(article.publishedAt)), article.publishedAt);
      assert.equal(article.language, "en");
      assert.ok(!article.body.includes("\r"));
    }
    assert.equal(new Set(articles.map((article) => article.url)).size, articles.length);
    assert.equal(new Set(articles.map((article) => article.body)).size, articles.length);
  });

  it("has a subject reported by at least three outlets", () => {
    const outletsBySubject = new Map<string, Set<string>>();
    for (const [, claim] of claims) {
      const outlets = outletsBySubject.get(claim.subject) ?? new Set<string>();
      outlets.add(demoArticles[claim.article].outlet);
      outletsBySubject.set(claim.subject, outlets);
    }
    assert.ok([...outletsBySubject.values()].some((outlets) => outlets.size >= 3));
  });

  it("contains curly quotes, an em dash and a non-breaking space in one article", () => {
    assert.ok(articles.some((a) => a.body.includes("\u201C") && a.body.includes("\u2014") && a.body.includes("\u00A0")));
  });

  it("contains page furniture and numbers written as words", () => {
    const all = articles.map((article) => article.body).join("\n\n");
    assert.match(all, /^Photo: /mu);
    assert.match(all, /^READ ALSO: /mu);
    assert.match(all, /four or five/u);
    assert.match(all, /three million/u);
    assert.match(all, /13\.5\u00A0million/u);
    assert.match(all, /250,000/u);
  });

  it("gives actors aliases whose normalised forms do not collide across actors", () => {
    const owner = new Map<string, string>();
    for (const actor of demoActors) {
      for (const alias of [actor.name, ...actor.aliases]) {
        const normalized = normalizeAlias(alias);
        assert.ok(normalized.length > 0, alias);
        const previous = owner.get(normalized);
        assert.ok(previous === undefined || previous === actor.name, `${alias} collides with ${previous}`);
        owner.set(normalized, actor.name);
      }
    }
    assert.ok(demoActors.some((actor) => actor.kind === "PERSON" && actor.aliases.length >= 2));
  });

  it("has one demo user per role and the documented password", () => {
    assert.equal(DEMO_PASSWORD, "claimdesk-demo");
    const roles = Object.values(demoUsers).map((user) => user.role).sort();
    assert.deepEqual(roles, ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"]);
    for (const user of Object.values(demoUsers)) {
      assert.equal(user.email, `${user.role.toLowerCase()}@claimdesk.test`);
    }
  });
});

describe("demo data obeys the evidence rules", () => {
  const hashes = Object.fromEntries(Object.keys(demoUsers).map((key) => [key, "hash"])) as Record<keyof typeof demoUsers, string>;
  const rows = buildDemoSeedRows(hashes, new Date("2026-03-01T12:00:00Z"));
  const finalStatuses = new Set(["VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"]);

  it("gives every verified, false or misleading claim a source attached before its verdict", () => {
    const rated = rows.claims.filter((claim) => ["VERIFIED", "FALSE", "MISLEADING"].includes(String(claim.status)));
    assert.ok(rated.length >= 1);
    for (const claim of rated) {
      const sources = rows.sources.filter((source) => source.claimId === claim.id);
      assert.ok(sources.length >= 1, `${claim.quote}: no source`);
      for (const source of sources) assert.ok(new Date(source.createdAt!) < new Date(claim.reviewedAt!), `${claim.quote}: source after verdict`);
    }
  });

  it("never has a verdict given by the claim's creator, nor a link made from a claim with a verdict", () => {
    const byId = new Map(rows.claims.map((claim) => [claim.id, claim]));
    for (const claim of rows.claims) if (claim.reviewedById) assert.notEqual(claim.reviewedById, claim.createdById, claim.quote);
    for (const link of rows.links) {
      const challenged = link.challengesVerdictOfId ? byId.get(link.challengesVerdictOfId) : undefined;
      if (challenged) assert.ok(finalStatuses.has(String(challenged.status)), "a flagged link challenges a verdict");
      const ends = [byId.get(link.fromClaimId), byId.get(link.toClaimId)];
      const judged = ends.filter((claim) => claim && finalStatuses.has(String(claim.status)));
      if (judged.length > 0) {
        assert.equal(judged.length, 1, "both ends judged: one of them would have been linked from");
        if (link.kind === "CONTRADICTS") assert.equal(link.challengesVerdictOfId, judged[0]!.id, "a contradiction after the verdict is flagged");
      }
    }
  });

  it("publishes only claims with a verdict", () => {
    const published = rows.claims.filter((claim) => claim.publishedAt);
    assert.ok(published.length >= 1);
    for (const claim of published) assert.ok(finalStatuses.has(String(claim.status)));
  });
});
