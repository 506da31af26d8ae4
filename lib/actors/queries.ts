import { db } from "@/lib/db";

/** Speakers with their spellings and how often they are quoted; the list is small enough for one page. */
export function listActorsWithAliases() {
  return db.actor.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, aliases: { select: { id: true, alias: true }, orderBy: { alias: "asc" } }, _count: { select: { claims: true } } },
  });
}
