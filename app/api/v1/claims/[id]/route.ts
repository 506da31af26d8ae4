import { requireApiPermission, requireApiUser } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, otherMethods, parseOrThrow, readJson, searchParamsObject } from "@/lib/api/respond";
import { deleteClaim, updateClaim } from "@/lib/claims/mutations";
import { getClaim, listSourcesOfClaim } from "@/lib/claims/queries";
import { listLinksOfClaim } from "@/lib/links/queries";
import { claimJson } from "@/lib/claims/serialize";
import { notFound } from "@/lib/errors";
import { deleteClaimSchema, updateClaimSchema } from "@/lib/validation/claims";

type Context = IdContext;
const claimId = (context: Context) => routeId(context, "The claim");

export const GET = apiRoute(async (request, context: Context) => {
  await requireApiPermission(request, "article.read");
  const claim = await getClaim(await claimId(context));
  if (!claim) throw notFound("The claim");
  const [sources, links] = await Promise.all([listSourcesOfClaim(claim.id), listLinksOfClaim(claim.id)]);
  return Response.json({
    ...claimJson(claim),
    sources,
    links: links.map((link) => ({ id: link.id, kind: link.kind, note: link.note, direction: link.fromClaimId === claim.id ? "outgoing" : "incoming", otherClaimId: link.other.id })),
  });
});

export const PATCH = apiRoute(async (request, context: Context) => {
  const actor = await requireApiUser(request);
  const id = await claimId(context);
  const input = parseOrThrow(updateClaimSchema, await readJson(request));
  return Response.json(claimJson(await updateClaim(actor, id, input)));
});

/** Editors may delete their own drafts; `?version=` makes the delete conditional on what was read. */
export const DELETE = apiRoute(async (request, context: Context) => {
  const actor = await requireApiUser(request);
  const id = await claimId(context);
  const { version } = parseOrThrow(deleteClaimSchema, searchParamsObject(request));
  await deleteClaim(actor, id, version);
  return new Response(null, { status: 204 });
});

export const { POST, PUT } = otherMethods("GET", "PATCH", "DELETE");
