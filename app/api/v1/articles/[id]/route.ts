import { requireApiPermission, requireApiUser } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, otherMethods, parseOrThrow, readJson } from "@/lib/api/respond";
import { deleteArticle, updateArticleMetadata } from "@/lib/articles/mutations";
import { getArticleWithClaims } from "@/lib/articles/queries";
import { articleJson, articleMetadataJson } from "@/lib/articles/serialize";
import { notFound } from "@/lib/errors";
import { updateArticleSchema } from "@/lib/validation/articles";

export const GET = apiRoute(async (request, context: { params: Promise<{ id: string }> }) => {
  await requireApiPermission(request, "article.read");
  const { id } = await context.params;
  const article = await getArticleWithClaims(id);
  if (!article) throw notFound("The article");
  return Response.json({
    ...articleJson(article, article.outlet),
    claims: article.claims.map((claim) => ({
      id: claim.id,
      start: claim.start,
      end: claim.end,
      quote: claim.quote,
      kind: claim.kind,
      subject: claim.subject,
      speaker: claim.speaker,
      value: claim.value,
      valueMax: claim.valueMax,
      qualifier: claim.qualifier,
      unit: claim.unit,
      status: claim.status,
      version: claim.version,
    })),
  });
});

/** Metadata corrections only; sending `body` is a 400 (see updateArticleSchema). */
export const PATCH = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiPermission(request, "article.import");
  const id = await routeId(context, "The article");
  const input = parseOrThrow(updateArticleSchema, await readJson(request));
  return Response.json(articleMetadataJson(await updateArticleMetadata(actor, id, input)));
});

/** Admins only; 409 while a claim of the article has a verdict. */
export const DELETE = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiUser(request);
  await deleteArticle(actor, await routeId(context, "The article"));
  return new Response(null, { status: 204 });
});

export const { POST, PUT } = otherMethods("GET", "PATCH", "DELETE");
