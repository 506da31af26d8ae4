import { normalizeAlias } from "@/lib/actors/normalize";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { badRequest, conflict } from "@/lib/errors";

/**
 * The actor a typed speaker name refers to: any known alias matches ("Walid Uuallem" finds the
 * actor recorded as "Walid al-Muallem" if that spelling was added as an alias); an unknown name
 * creates a new actor with that name as its first alias.
 */
export async function resolveSpeaker(tx: Tx, actorId: string, name: string): Promise<string> {
  const normalized = normalizeAlias(name);
  if (!normalized) throw badRequest("The speaker's name has no letters or digits.", { speaker: ["Enter a name, e.g. the ministry or person quoted."] });
  const existing = await findSpeaker(tx, name, normalized);
  if (existing) return existing;
  const kind = /\b(ministry|agency|army|forces|council|government|observatory|office|committee|group|un|nato|department|police|monitor|coalition|organisation|organization)\b/i.test(name) ? "ORGANISATION" : "PERSON";
  // Race-free find-or-create: ON CONFLICT DO NOTHING waits for a concurrent insert of the same
  // name to commit and then skips, and the row that won is used, so concurrent claims naming one
  // new speaker all succeed instead of all but one failing on the unique index.
  const { count } = await tx.actor.createMany({ data: [{ name, kind }], skipDuplicates: true });
  if (count === 0) return (await findSpeaker(tx, name, normalized)) ?? raceLost();
  const actor = await tx.actor.findUniqueOrThrow({ where: { name }, select: { id: true } });
  const aliases = await tx.actorAlias.createMany({ data: [{ actorId: actor.id, alias: name, normalized }], skipDuplicates: true });
  if (aliases.count === 0) {
    // Another spelling with the same folded form ("U.N." and "UN") won the alias meanwhile: use its actor.
    await tx.actor.delete({ where: { id: actor.id } });
    return (await findSpeaker(tx, name, normalized)) ?? raceLost();
  }
  await recordAudit(tx, { actorId, action: "actor.create", entityType: "Actor", entityId: actor.id, after: { name, kind } });
  return actor.id;
}

async function findSpeaker(tx: Tx, name: string, normalized: string): Promise<string | null> {
  const alias = await tx.actorAlias.findUnique({ where: { normalized }, select: { actorId: true } });
  if (alias) return alias.actorId;
  // Same display name with different punctuation would collide on Actor.name; reuse it then.
  const sameName = await tx.actor.findUnique({ where: { name }, select: { id: true } });
  return sameName?.id ?? null;
}

function raceLost(): never {
  throw conflict("This speaker was being created at the same moment; try again.");
}
