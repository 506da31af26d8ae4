import { z } from "zod";
import { cursorParamSchema, pageLimitSchema } from "@/lib/pagination/cursor";

export const listArticlesQuerySchema = z.object({
  q: z.string().trim().max(200).optional().transform((v) => v || undefined),
  outlet: z.string().trim().max(200).optional().transform((v) => v || undefined),
  cursor: cursorParamSchema,
  limit: pageLimitSchema,
});
export type ListArticlesQuery = z.output<typeof listArticlesQuerySchema>;
