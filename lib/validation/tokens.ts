import { z } from "zod";
import { plainString } from "@/lib/validation/fields";

export const createTokenSchema = z.object({
  name: plainString("The token name").trim().min(1, "Name the token after where it is used, e.g. “CMS sync”.").max(80, "Use at most 80 characters."),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

export const revokeTokenSchema = z.object({ tokenId: z.uuid() });
