// The hot reads send a fixed, small number of SQL statements, however many related rows they
// carry: relations are joined in the database (Prisma's relationJoins, decision 029), not fetched
// one table at a time. Each statement costs a round trip and a share of the server's CPU, which
// is what the benchmark's 10-way run queues on. These tests count the statements each read sends
// and check that the nested values (dates, JSON, names) come back as the callers expect them.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { db, disconnectDb } from "@/lib/db";
import { getClaim, listClaims } from "@/lib/claims/queries";
import { getClaimWorkspace, listMyQueue } from "@/lib/claims/workspace";
import { listContradictions } from "@/lib/contradictions/queries";
import { listLinksOfClaim } from "@/lib/links/queries";
import { listClaimsQuerySchema } from "@/lib/validation/claims";
import { articleFactory, userFactory } from "../support/factories";

after(disconnectDb);

const statements: string[] = [];
let counting = false;

/** The SQL statements `read` sends (transaction control included). */
async function statementsOf<T>(read: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements.length = 0;
  counting = true;
  try {
    const result = await read();
    return { result, sql: [...statements] };
  } finally {
    counting = false;
  }
}

const CLAIMS = 12;
let editorId = "";
let reviewerId = "";
let claimIds: string[] = [];
const marker = randomUUID().slice(0, 8);
// Milliseconds included: a date inside a joined relation arrives as JSON text and must keep them.
const PUBLISHED = new Date("2024-03-23T05:37:40.812Z");

before(async () => {
  // lib/db.ts creates the client with query events on; its exported type does not carry that.
  const onQuery = db.$on as unknown as (event: "query", listener: (event: { query: string }) => void) => void;
  onQuery("query", (event) => {
    if (counting) statements.push(event.query);
  });
  const editor = await userFactory("EDITOR");
  const reviewer = await userFactory("REVIEWER");
  editorId = editor.id;
  reviewerId = reviewer.id;
  const articles = [await articleFactory(), await articleFactory()];
  await db.article.update({ where: { id: articles[0]!.id }, data: { publishedAt: PUBLISHED } });
  const speaker = await db.actor.create({ data: { name: `Speaker ${marker}`, kind: "PERSON" } });
  const created = await db.claim.createManyAndReturn({
    data: Array.from({ length: CLAIMS }, (_, n) => ({
      articleId: articles[n % 2]!.id,
      start: 0,
      end: 5,
      quote: `claim ${marker} ${n}`,
      kind: "QUANTITY" as const,
      subject: `subject ${marker}`,
      value: 10 + n,
      speakerId: n % 3 === 0 ? speaker.id : null,
      status: n % 2 === 0 ? ("IN_REVIEW" as const) : ("DRAFT" as const),
      facts: { value: 10 + n, derived: ["value"] },
      createdById: editorId,
      updatedById: editorId,
    })),
    select: { id: true },
  });
  claimIds = created.map((claim) => claim.id).sort();
  const [first, ...others] = claimIds as [string, ...string[]];
  // The first claim carries several of everything the claim page shows.
  await db.claimLink.createMany({
    data: others.slice(0, 6).map((other, n) => ({ fromClaimId: first, toClaimId: other, kind: n % 2 === 0 ? ("CONTRADICTS" as const) : ("SUPPORTS" as const), note: `link ${n}`, createdById: editorId })),
  });
  await db.source.createMany({ data: [0, 1, 2].map((n) => ({ claimId: first, url: `https://example.test/${marker}/${n}`, kind: "SECONDARY" as const, createdById: editorId })) });
  await db.comment.createMany({ data: [0, 1, 2].map((n) => ({ claimId: first, authorId: n % 2 === 0 ? editorId : reviewerId, body: `comment ${n}` })) });
  await db.assignment.createMany({ data: claimIds.slice(0, 4).map((claimId) => ({ claimId, assigneeId: editorId, assignedById: reviewerId })) });
  await db.auditEvent.createMany({
    data: [0, 1, 2, 3].map((n) => ({ actorId: n % 2 === 0 ? editorId : reviewerId, action: "claim.update", entityType: "Claim", entityId: first, claimId: first, before: { value: n }, after: { value: n + 1 } })),
  });
});

describe("statements per hot read, whatever the number of related rows", () => {
  it("a page of the claims list: its keys, then the claims with article, outlet, speaker and people", async () => {
    const { result, sql } = await statementsOf(() => listClaims(listClaimsQuerySchema.parse({ subject: `subject ${marker}`, limit: 50 })));
    assert.equal(result.items.length, CLAIMS);
    assert.equal(sql.length, 2, sql.join("\n---\n"));
    const withSpeaker = result.items.find((claim) => claim.speaker);
    assert.equal(withSpeaker?.speaker?.name, `Speaker ${marker}`);
    assert.ok(result.items.every((claim) => claim.createdAt instanceof Date && typeof claim.article.outlet.name === "string"));
    const published = result.items.map((claim) => claim.article.publishedAt?.toISOString() ?? null);
    assert.deepEqual(new Set(published), new Set([PUBLISHED.toISOString(), null]));
  });

  it("one claim, with its article and people", async () => {
    const { result, sql } = await statementsOf(() => getClaim(claimIds[0]!));
    assert.equal(result?.id, claimIds[0]);
    assert.equal(sql.length, 1, sql.join("\n---\n"));
  });

  it("a claim's links, each with the other claim, its article and outlet", async () => {
    const { result, sql } = await statementsOf(() => listLinksOfClaim(claimIds[0]!));
    assert.equal(result.length, 6);
    assert.equal(sql.length, 1, sql.join("\n---\n"));
    assert.ok(result.every((link) => link.other.article.outlet.name && link.createdAt instanceof Date));
  });

  it("the claim page's workspace: sources, links, assignments, comments and history, one statement each", async () => {
    const { result, sql } = await statementsOf(() => getClaimWorkspace(claimIds[0]!));
    assert.equal(sql.length, 5, sql.join("\n---\n"));
    assert.equal(result.sources.length, 3);
    assert.equal(result.links.length, 6);
    assert.equal(result.comments.length, 3);
    assert.ok(result.comments.every((comment) => comment.author.name.startsWith("Test ")));
    assert.equal(result.assignments[0]?.assignee.id, editorId);
    // JSON columns of a joined table arrive as values, and the history's actors by name.
    assert.deepEqual(result.history.map((event) => event.after), [{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }]);
    assert.ok(result.history.every((event) => event.actor?.name && event.createdAt instanceof Date));
  });

  it("the contradictions list: its keys, then the links with both sides", async () => {
    const { result, sql } = await statementsOf(() => listContradictions({ cursor: null, limit: 50 }));
    assert.ok(result.items.length >= 3);
    assert.equal(sql.length, 2, sql.join("\n---\n"));
    const ours = result.items.find((item) => item.fromClaim.id === claimIds[0]);
    assert.ok(ours?.toClaim.article.outlet.name);
  });

  it("a reviewer's queue: the assigned claims and those awaiting a verdict, one statement each", async () => {
    const { result, sql } = await statementsOf(() => listMyQueue({ id: reviewerId, role: "REVIEWER" }));
    assert.equal(sql.length, 2, sql.join("\n---\n"));
    assert.ok(result.awaitingReview.some((claim) => claimIds.includes(claim.id) && claim.article.outlet.name));
  });
});
