import { requireApiPermission } from "@/lib/api/auth";
import { apiRoute } from "@/lib/api/respond";
import { getArticleWithClaims } from "@/lib/articles/queries";
import { notFound } from "@/lib/errors";

export const GET = apiRoute(async (request, context: { params: Promise<{ id: string }> }) => {
  await requireApiPermission(request, "article.read");
  const { id } = await context.params;
  const article = await getArticleWithClaims(id);
  if (!article) throw notFound("The article");
  return Response.json(article);
});
