import { requireApiPermission } from "@/lib/api/auth";
import { apiRoute, otherMethods, parseOrThrow, readJson } from "@/lib/api/respond";
import { createLink } from "@/lib/links/mutations";
import { createLinkSchema } from "@/lib/validation/evidence";

/** Contradicts/duplicate links come back in stored order (smaller claim id first); they are symmetric. */
export const POST = apiRoute(async (request) => {
  const actor = await requireApiPermission(request, "claim.create");
  const input = parseOrThrow(createLinkSchema, await readJson(request));
  return Response.json(await createLink(actor, input), { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
