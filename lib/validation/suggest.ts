import { z } from "zod";
import { plainString } from "@/lib/validation/fields";

export const SUGGEST_FIELDS = ["subject", "speaker"] as const;
export type SuggestField = (typeof SUGGEST_FIELDS)[number];

/** GET /api/suggest/{field}?prefix=: the autocomplete behind the subject and speaker inputs. */
export const suggestQuerySchema = z.object({
  field: z.enum(SUGGEST_FIELDS, { error: "Suggestions exist for subject and speaker." }),
  prefix: plainString("The text")
    .trim()
    .min(1, "Type at least one character.")
    .max(200, "The text must be at most 200 characters."),
});
