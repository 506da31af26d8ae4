import { z } from "zod";

export const SUGGEST_FIELDS = ["subject", "speaker"] as const;
export type SuggestField = (typeof SUGGEST_FIELDS)[number];

/** GET /api/suggest/{field}?prefix=: the autocomplete behind the subject and speaker inputs. */
export const suggestQuerySchema = z.object({
  field: z.enum(SUGGEST_FIELDS, { error: "Suggestions exist for subject and speaker." }),
  prefix: z
    .string()
    .trim()
    .min(1, "Type at least one character.")
    .max(200)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), "The text must not contain control characters."),
});
