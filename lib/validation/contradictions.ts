import { z } from "zod";
import { ClaimStatus } from "@/lib/generated/prisma/enums";
import { cursorParamSchema } from "@/lib/pagination/cursor";
import { caseInsensitiveEnum, filterText } from "@/lib/validation/fields";

export const contradictionFiltersSchema = z.object({
  outlet: filterText(200, "The outlet"),
  status: caseInsensitiveEnum(ClaimStatus).optional().or(z.literal("").transform(() => undefined)),
  cursor: cursorParamSchema,
});
