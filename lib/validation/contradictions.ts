import { z } from "zod";
import { ClaimStatus } from "@/lib/generated/prisma/enums";
import { cursorParamSchema } from "@/lib/pagination/cursor";

export const contradictionFiltersSchema = z.object({
  outlet: z.string().trim().max(200).optional().transform((v) => v || undefined),
  status: z.enum(ClaimStatus).optional().or(z.literal("").transform(() => undefined)),
  cursor: cursorParamSchema,
});
