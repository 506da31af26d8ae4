import { requireApiPermission } from "@/lib/api/auth";
import { apiRoute, otherMethods, parseOrThrow, readJson, searchParamsObject } from "@/lib/api/respond";
import { importArticle } from "@/lib/articles/mutations";
import { listArticles } from "@/lib/articles/queries";
import { articleJson, articleSummaryJson } from "@/lib/articles/serialize";
import { importArticleSchema, listArticlesQuerySchema } from "@/lib/validation/articles";

export const GET = apiRoute(async (request) => {
  await requireApiPermission(request, "article.read");
  const query = parseOrThrow(listArticlesQuerySchema, searchParamsObject(request));
  const page = await listArticles(query);
  return Response.json({ items: page.items.map(articleSummaryJson), nextCursor: page.nextCursor });
});

/** 201 with the new article, or 200 with the stored one when the URL or identical text was imported before. */
export const POST = apiRoute(async (request) => {
  const actor = await requireApiPermission(request, "article.import");
  const input = parseOrThrow(importArticleSchema, await readJson(request));
  const { article, created } = await importArticle(actor, input);
  return Response.json({ ...articleJson(article), created }, { status: created ? 201 : 200 });
});

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
