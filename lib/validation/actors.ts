import { z } from "zod";
import { plainString } from "@/lib/validation/fields";

export const addAliasSchema = z.object({
  actorId: z.uuid(),
  alias: plainString("The name").trim().min(1, "Enter the other spelling or name.").max(200, "Use at most 200 characters."),
});
export type AddAliasInput = z.input<typeof addAliasSchema>;
