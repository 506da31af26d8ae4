import { normalizeAlias } from "@/lib/actors/normalize";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, badRequest, forbidden, notFound } from "@/lib/errors";
import { can, type Actor } from "@/lib/permissions";
import type { z } from "zod";
import type { addAliasSchema } from "@/lib/validation/actors";

/** Records another spelling of a speaker's name ("Walid Uuallem" for "Walid al-Muallem"), so typing either finds the same actor. */
export async function addActorAlias(actor: Actor, input: z.output<typeof addAliasSchema>): Promise<void> {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins manage speakers.");
  const normalized = normalizeAlias(input.alias);
  if (!normalized) throw badRequest("The alias has no letters or digits.", { alias: ["Enter a name."] });
  await db.$transaction(async (tx) => {
    const target = await tx.actor.findUnique({ where: { id: input.actorId }, select: { id: true, name: true } });
    if (!target) throw notFound("The speaker");
    const existing = await tx.actorAlias.findUnique({ where: { normalized }, select: { actor: { select: { id: true, name: true } } } });
    if (existing) {
      const message = existing.actor.id === target.id ? `“${input.alias}” is already recorded for ${target.name}.` : `“${input.alias}” already belongs to ${existing.actor.name}.`;
      throw new AppError("conflict", message, { alias: [message] });
    }
    const alias = await tx.actorAlias.create({ data: { actorId: target.id, alias: input.alias, normalized } });
    await recordAudit(tx, { actorId: actor.id, action: "actor.alias_add", entityType: "Actor", entityId: target.id, after: { alias: alias.alias } });
  });
}
