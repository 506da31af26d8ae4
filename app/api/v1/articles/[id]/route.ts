import { requireApiPermission } from "@/lib/api/auth";
import { apiRoute, otherMethods } from "@/lib/api/respond";
import { getArticleWithClaims } from "@/lib/articles/queries";
import { articleJson } from "@/lib/articles/serialize";
import { notFound } from "@/lib/errors";

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

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
