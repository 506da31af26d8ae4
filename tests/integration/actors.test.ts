import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { addActorAlias } from "@/lib/actors/mutations";
import { createClaim } from "@/lib/claims/mutations";
import { db, disconnectDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createClaimSchema } from "@/lib/validation/claims";
import { articleFactory, userFactory } from "../support/factories";

after(disconnectDb);

describe("speakers and aliases", () => {
  it("a claim naming a known alias is attributed to the same speaker", async () => {
    const editor = await userFactory("EDITOR");
    const unique = crypto.randomUUID().slice(0, 6);
    const article = await articleFactory({ body: `Minister Tomáš Verecký${unique} said five. Tomas Vereczky${unique} repeated it.` });
    const claim = (start: number, end: number, speaker: string) => createClaim(editor, createClaimSchema.parse({ articleId: article.id, start, end, kind: "QUOTE", speaker }));

    const first = await claim(0, 10, `Tomáš Verecký${unique}`);
    // Accents and punctuation fold away, so this spelling is the same alias.
    const second = await claim(11, 20, `tomas verecky${unique}.`);
    assert.equal(second.speaker?.id, first.speaker?.id);

    await addActorAlias(editor, { actorId: first.speaker!.id, alias: `Tomas Vereczky${unique}` });
    const third = await claim(21, 30, `Tomas Vereczky${unique}`);
    assert.equal(third.speaker?.id, first.speaker?.id);
    assert.equal(await db.actor.count({ where: { name: { contains: unique } } }), 1);
  });

  it("refuses an alias that belongs to another speaker and writes nothing; viewers cannot add aliases", async () => {
    const editor = await userFactory("EDITOR");
    const viewer = await userFactory("VIEWER");
    const unique = crypto.randomUUID().slice(0, 6);
    const one = await db.actor.create({ data: { name: `Speaker One ${unique}`, kind: "PERSON", aliases: { create: { alias: `Speaker One ${unique}`, normalized: `speaker one ${unique}` } } } });
    const two = await db.actor.create({ data: { name: `Speaker Two ${unique}`, kind: "PERSON" } });
    const before = await db.auditEvent.count();
    await assert.rejects(addActorAlias(editor, { actorId: two.id, alias: `Speaker One ${unique}` }), (error: unknown) => error instanceof AppError && error.code === "conflict" && /belongs to Speaker One/.test(error.message));
    await assert.rejects(addActorAlias(viewer, { actorId: one.id, alias: "Someone" }), (error: unknown) => error instanceof AppError && error.code === "forbidden");
    assert.equal(await db.actorAlias.count({ where: { actorId: two.id } }), 0);
    assert.equal(await db.auditEvent.count(), before);
  });
});
