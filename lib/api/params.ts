import { notFound } from "@/lib/errors";
import { uuidParam } from "@/lib/validation/fields";

export type IdContext = { params: Promise<{ id: string }> };

/** The `{id}` of a route; anything that is not a uuid cannot exist, so it is a 404 like a missing record. */
export async function routeId(context: IdContext, what: string): Promise<string> {
  const { id } = await context.params;
  if (!uuidParam.safeParse(id).success) throw notFound(what);
  return id;
}
