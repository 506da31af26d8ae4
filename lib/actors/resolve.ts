import { normalizeAlias } from "@/lib/actors/normalize";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { badRequest } from "@/lib/errors";

/**
 * The actor a typed speaker name refers to: any known alias matches ("Walid Uuallem" finds the
 * actor recorded as "Walid al-Muallem" if that spelling was added as an alias); an unknown name
 * creates a new actor with that name as its first alias.
 */
export async function resolveSpeaker(tx: Tx, actorId: string, name: string): Promise<string> {
  const normalized = normalizeAlias(name);
  if (!normalized) throw badRequest("The speaker's name has no letters or digits.", { speaker: ["Enter a name, e.g. the ministry or person quoted."] });
  const alias = await tx.actorAlias.findUnique({ where: { normalized }, select: { actorId: true } });
  if (alias) return alias.actorId;
  // Same display name with different punctuation would collide on Actor.name; reuse it then.
  const sameName = await tx.actor.findUnique({ where: { name }, select: { id: true } });
  if (sameName) return sameName.id;
  const kind = /\b(ministry|agency|army|forces|council|government|observatory|office|committee|group|un|nato|department|police|monitor|coalition|organisation|organization)\b/i.test(name) ? "ORGANISATION" : "PERSON";
  const actor = await tx.actor.create({ data: { name, kind, aliases: { create: { alias: name, normalized } } } });
  await recordAudit(tx, { actorId, action: "actor.create", entityType: "Actor", entityId: actor.id, after: { name, kind } });
  return actor.id;
}
