import { requireApiPermission } from "@/lib/api/auth";
import { apiRoute, parseOrThrow, searchParamsObject } from "@/lib/api/respond";
import { listArticles } from "@/lib/articles/queries";
import { articleSummaryJson } from "@/lib/articles/serialize";
import { listArticlesQuerySchema } from "@/lib/validation/articles";

export const GET = apiRoute(async (request) => {
  await requireApiPermission(request, "article.read");
  const query = parseOrThrow(listArticlesQuerySchema, searchParamsObject(request));
  const page = await listArticles(query);
  return Response.json({ items: page.items.map(articleSummaryJson), nextCursor: page.nextCursor });
});
