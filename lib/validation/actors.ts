import { z } from "zod";

export const addAliasSchema = z.object({
  actorId: z.uuid(),
  alias: z.string().trim().min(1, "Enter the other spelling or name.").max(200, "Use at most 200 characters."),
});
export type AddAliasInput = z.input<typeof addAliasSchema>;
