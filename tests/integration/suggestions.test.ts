import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { GET as suggestionsRoute } from "@/app/api/v1/claims/[id]/suggestions/route";
import { createClaim } from "@/lib/claims/mutations";
import { disconnectDb, db } from "@/lib/db";
import { createLink } from "@/lib/links/mutations";
import { createClaimSchema } from "@/lib/validation/claims";
import { articleFactory, bearer, outletFactory, tokenFactory } from "../support/factories";

after(disconnectDb);
const idContext = (id: string) => ({ params: Promise.resolve({ id }) });

describe("GET /api/v1/claims/{id}/suggestions", () => {
  it("ranks a conflicting figure on the same subject first, with a reason, and drops it once linked", async () => {
    const { user, secret } = await tokenFactory("EDITOR");
    const subject = `Soldiers killed at Hadra ${crypto.randomUUID().slice(0, 6)}`;
    const make = async (outletName: string, body: string, quote: string, value: number, publishedAt: string) => {
      const outlet = await outletFactory(`${outletName} ${crypto.randomUUID().slice(0, 4)}`);
      const article = await articleFactory({ outletId: outlet.id, body });
      await db.article.update({ where: { id: article.id }, data: { publishedAt: new Date(publishedAt) } });
      const start = body.indexOf(quote);
      return createClaim(user, createClaimSchema.parse({ articleId: article.id, start, end: start + quote.length, kind: "QUANTITY", subject, value, qualifier: "EXACT", unit: "soldiers" }));
    };
    const ministry = await make("Ministry", "The ministry said five soldiers died in March.", "five soldiers died", 5, "2024-03-29");
    const agency = await make("Wire", "Sources said 21 soldiers died in March.", "21 soldiers died", 21, "2024-03-29");

    const response = await suggestionsRoute(bearer(secret, `/api/v1/claims/${ministry.id}/suggestions`), idContext(ministry.id));
    assert.equal(response.status, 200);
    const { items } = (await response.json()) as { items: { kind: string; reason: string; claim: { id: string } }[] };
    assert.equal(items[0]?.claim.id, agency.id);
    assert.equal(items[0]?.kind, "CONTRADICTS");
    assert.match(items[0]?.reason ?? "", /5 vs 21/);

    await createLink(user, { fromClaimId: ministry.id, toClaimId: agency.id, kind: "CONTRADICTS", note: null });
    const after = (await (await suggestionsRoute(bearer(secret, "/x"), idContext(ministry.id))).json()) as { items: { claim: { id: string } }[] };
    assert.ok(!after.items.some((item) => item.claim.id === agency.id));
  });

  it("answers 404 for an unknown claim and 401 without a token", async () => {
    const { secret } = await tokenFactory("VIEWER");
    const missing = crypto.randomUUID();
    assert.equal((await suggestionsRoute(bearer(secret, "/x"), idContext(missing))).status, 404);
    assert.equal((await suggestionsRoute(new Request("http://claimdesk.test/x"), idContext(missing))).status, 401);
  });
});
