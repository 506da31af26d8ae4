import { z } from "zod";
import { ClaimStatus, LinkKind, SourceKind } from "@/lib/generated/prisma/enums";
import { caseInsensitiveEnum, httpUrl, optionalDate, optionalHttpUrl, optionalText, plainString } from "@/lib/validation/fields";

export const sourceSchema = z.object({
  url: httpUrl,
  title: optionalText(500, "The title"),
  publisher: optionalText(200, "The publisher"),
  kind: caseInsensitiveEnum(SourceKind, { error: "Choose the kind of source." }),
  accessedAt: optionalDate,
  archiveUrl: optionalHttpUrl,
  note: optionalText(2000, "The note"),
});
export type SourceInput = z.input<typeof sourceSchema>;
export type SourceData = z.output<typeof sourceSchema>;

export const createLinkSchema = z.object({
  fromClaimId: z.uuid("fromClaimId must be a claim id."),
  toClaimId: z.uuid("toClaimId must be a claim id."),
  kind: caseInsensitiveEnum(LinkKind, { error: "Choose how the claims relate: contradicts, supports, duplicate or updates." }),
  note: optionalText(1000, "The note"),
});
export type CreateLinkInput = z.input<typeof createLinkSchema>;
export type CreateLinkData = z.output<typeof createLinkSchema>;

export const statusChangeSchema = z.object({
  status: caseInsensitiveEnum(ClaimStatus, { error: "Choose a status." }),
  /** The rationale of a verdict or the reason for reopening; required for those. */
  note: optionalText(5000, "The rationale"),
});
export type StatusChangeInput = z.input<typeof statusChangeSchema>;

export const commentSchema = z.object({
  body: plainString("The comment").trim().min(1, "Write a comment first.").max(5000, "Use at most 5,000 characters."),
});
export type CommentInput = z.input<typeof commentSchema>;

export const assignmentSchema = z.object({ assigneeId: z.uuid("Choose a person.") });

export const claimSearchSchema = z.object({
  q: plainString("The search text").trim().min(2, "Type at least two characters.").max(200),
  excludeClaimId: z.uuid().optional(),
});
