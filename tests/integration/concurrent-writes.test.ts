// Valid writes that arrive at the same moment: each must succeed or be refused for a reason the
// client can act on, and the database must end up as if they had come one after another.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { POST as importArticleRoute } from "@/app/api/v1/articles/route";
import { PATCH as patchClaimRoute } from "@/app/api/v1/claims/[id]/route";
import { POST as createClaimRoute } from "@/app/api/v1/claims/route";
import { POST as createLinkRoute } from "@/app/api/v1/links/route";
import { db, disconnectDb } from "@/lib/db";
import { bearer, tokenFactory } from "../support/factories";

after(disconnectDb);
const noContext = {} as never;

function postJson(handler: (request: Request, context: never) => Promise<Response>, secret: string, path: string, body: unknown): Promise<Response> {
  return handler(bearer(secret, path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), noContext);
}

async function statuses(responses: Response[]): Promise<number[]> {
  return responses.map((response) => response.status).sort();
}

async function articleWithClaims(secret: string, count: number) {
  const body = `Figures from the harbour census ${crypto.randomUUID()}: ${"forty ships. ".repeat(count)}`;
  const imported = await postJson(importArticleRoute, secret, "/api/v1/articles", { title: "Census", outlet: `Race Wire ${crypto.randomUUID().slice(0, 6)}`, body });
  assert.equal(imported.status, 201);
  const article = (await imported.json()) as { id: string; body: string };
  const claims: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = article.body.indexOf("forty ships.", 0) + index * "forty ships. ".length;
    const response = await postJson(createClaimRoute, secret, "/api/v1/claims", { articleId: article.id, start, end: start + 11, kind: "QUANTITY" });
    assert.equal(response.status, 201);
    claims.push(((await response.json()) as { id: string }).id);
  }
  return { article, claims };
}

describe("find-or-create under concurrency", () => {
  it("10 claims naming the same new speaker at once all succeed and share one speaker", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const { article } = await articleWithClaims(secret, 0);
    const speaker = `Harbour Master ${crypto.randomUUID().slice(0, 8)}`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => postJson(createClaimRoute, secret, "/api/v1/claims", { articleId: article.id, start: 0, end: 7, kind: "ATTRIBUTION", speaker })),
    );
    assert.deepEqual(await statuses(responses), Array(10).fill(201));
    const speakerIds = new Set(await Promise.all(responses.map(async (response) => ((await response.json()) as { speaker: { id: string } }).speaker.id)));
    assert.equal(speakerIds.size, 1);
    assert.equal(await db.actor.count({ where: { name: speaker } }), 1);
    assert.equal(await db.auditEvent.count({ where: { action: "actor.create", entityId: [...speakerIds][0]! } }), 1);
  });

  it("10 articles naming the same new outlet at once all succeed and share one outlet", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const outlet = `Tideline Courier ${crypto.randomUUID().slice(0, 8)}`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) => postJson(importArticleRoute, secret, "/api/v1/articles", { title: `Story ${index}`, outlet, url: `https://tideline.example/${crypto.randomUUID()}`, body: `Story ${index} ${crypto.randomUUID()}` })),
    );
    assert.deepEqual(await statuses(responses), Array(10).fill(201));
    const outletIds = new Set(await Promise.all(responses.map(async (response) => ((await response.json()) as { outlet: { id: string } }).outlet.id)));
    assert.equal(outletIds.size, 1);
    assert.equal(await db.outlet.count({ where: { name: outlet } }), 1);
    assert.equal(await db.auditEvent.count({ where: { action: "outlet.create", entityId: [...outletIds][0]! } }), 1);
  });
});

describe("links under concurrency", () => {
  it("x SUPPORTS y and y SUPPORTS x sent at once: exactly one is stored, the other is a 409", async () => {
    const { secret } = await tokenFactory("EDITOR");
    for (const kind of ["SUPPORTS", "UPDATES", "CONTRADICTS"]) {
      const { claims } = await articleWithClaims(secret, 2);
      const [x, y] = claims as [string, string];
      const attempts = Array.from({ length: 6 }, (_, index) =>
        postJson(createLinkRoute, secret, "/api/v1/links", index % 2 === 0 ? { fromClaimId: x, toClaimId: y, kind } : { fromClaimId: y, toClaimId: x, kind }),
      );
      const responses = await Promise.all(attempts);
      assert.deepEqual(await statuses(responses), [201, 409, 409, 409, 409, 409], kind);
      for (const response of responses.filter((r) => r.status === 409)) {
        assert.equal(((await response.json()) as { error: { code: string } }).error.code, "conflict");
      }
      assert.equal(await db.claimLink.count({ where: { OR: [{ fromClaimId: x, toClaimId: y }, { fromClaimId: y, toClaimId: x }] } }), 1, kind);
      assert.equal(await db.auditEvent.count({ where: { action: "link.create", claimId: { in: [x, y] } } }), 1, kind);
    }
  });

  it("the database itself refuses the reverse of a one-directional link", async () => {
    const { secret, user } = await tokenFactory("EDITOR");
    const { claims } = await articleWithClaims(secret, 2);
    const [x, y] = claims as [string, string];
    await db.claimLink.create({ data: { fromClaimId: x, toClaimId: y, kind: "SUPPORTS", createdById: user.id } });
    await assert.rejects(db.claimLink.create({ data: { fromClaimId: y, toClaimId: x, kind: "SUPPORTS", createdById: user.id } }), (error: { code?: string }) => error.code === "P2002");
    // Different kinds between the same two claims stay allowed.
    await db.claimLink.create({ data: { fromClaimId: y, toClaimId: x, kind: "UPDATES", createdById: user.id } });
  });
});

describe("optimistic concurrency under load", () => {
  it("10 edits sent at once against the same version: exactly one wins, the others get 409", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const { claims } = await articleWithClaims(secret, 1);
    const id = claims[0]!;
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        patchClaimRoute(
          bearer(secret, `/api/v1/claims/${id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ version: 1, value: 100 + index }) }),
          { params: Promise.resolve({ id }) },
        ),
      ),
    );
    assert.deepEqual(await statuses(responses), [200, ...Array(9).fill(409)]);
    const stored = await db.claim.findUniqueOrThrow({ where: { id } });
    assert.equal(stored.version, 2);
    assert.equal(await db.auditEvent.count({ where: { action: "claim.update", claimId: id } }), 1);
  });
});
