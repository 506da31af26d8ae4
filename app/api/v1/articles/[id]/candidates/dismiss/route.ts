import { requireApiPermission } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, parseOrThrow, readJson, otherMethods } from "@/lib/api/respond";
import { dismissCandidate } from "@/lib/candidates/mutations";
import { candidateSpanSchema } from "@/lib/validation/candidates";

/** Hides the candidate at { start, end } for good (undo with …/candidates/restore). */
export const POST = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiPermission(request, "claim.create");
  const articleId = await routeId(context, "The article");
  const span = parseOrThrow(candidateSpanSchema, await readJson(request));
  await dismissCandidate(actor, articleId, span);
  return new Response(null, { status: 204 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
