import { z } from "zod";
import type { ErrorCode } from "@/lib/errors";
import { ClaimKind, ClaimStatus, OutletKind, Qualifier, Role } from "@/lib/generated/prisma/enums";

// Documentation of what /api/v1 sends back. The serializers (lib/articles/serialize.ts,
// lib/claims/serialize.ts, lib/errors.ts) are the source of truth; these schemas only describe
// them. Objects are strict so that tests/unit/openapi.test.ts, which parses real serializer output
// with them, fails when a serializer gains a field that is not documented here (the published
// document still leaves them open to additions; see lib/api/openapi.ts).

const id = z.uuid();
// Response.json turns every Date into toISOString(), i.e. UTC with a trailing "Z".
const timestamp = z.iso.datetime();

export const outletSchema = z
  .strictObject({ id, name: z.string(), domain: z.string().nullable(), kind: z.enum(OutletKind) })
  .meta({ id: "Outlet" });

export const speakerSchema = z
  .strictObject({ id, name: z.string() })
  .meta({ id: "Speaker", description: "The person or organisation the claim is attributed to." });

export const userRefSchema = z.strictObject({ id, name: z.string() }).meta({ id: "UserRef" });

export const articleSummarySchema = z
  .strictObject({
    id,
    title: z.string(),
    url: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: timestamp.nullable(),
    language: z.string(),
    outlet: outletSchema,
    claimCount: z.int().min(0),
    createdAt: timestamp,
  })
  .meta({ id: "ArticleSummary" });

/** articleJson without `outlet`, whose shape depends on whether the caller passed the outlet. */
const articleFields = {
  id,
  title: z.string(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: timestamp.nullable(),
  language: z.string(),
  body: z.string().meta({ description: "The text exactly as imported; claim offsets count its UTF-16 code units." }),
  contentHash: z.string().meta({ description: "SHA-256 (hex) of body." }),
  createdAt: timestamp,
};

export const importedArticleSchema = z
  .strictObject({
    ...articleFields,
    // The import path does not load the outlet row, so only its id is sent.
    outlet: z.strictObject({ id }),
    created: z.boolean().meta({ description: "false when the same URL or identical text had been imported before." }),
  })
  .meta({ id: "ImportedArticle" });

export const articleClaimSchema = z
  .strictObject({
    id,
    start: z.int().min(0),
    end: z.int().min(0),
    quote: z.string(),
    kind: z.enum(ClaimKind),
    subject: z.string().nullable(),
    speaker: speakerSchema.nullable(),
    value: z.number().nullable(),
    valueMax: z.number().nullable(),
    qualifier: z.enum(Qualifier).nullable(),
    unit: z.string().nullable(),
    status: z.enum(ClaimStatus),
    version: z.int().min(1),
  })
  .meta({ id: "ArticleClaim", description: "A claim as listed with its article; GET /api/v1/claims/{id} has the full record." });

export const articleDetailSchema = z
  .strictObject({ ...articleFields, outlet: outletSchema, claims: z.array(articleClaimSchema) })
  .meta({ id: "ArticleDetail" });

export const claimSchema = z
  .strictObject({
    id,
    articleId: id,
    start: z.int().min(0).meta({ description: "Offset into the article body, in UTF-16 code units." }),
    end: z.int().min(0).meta({ description: "Exclusive end offset, in UTF-16 code units." }),
    quote: z.string().meta({ description: "Exactly body.slice(start, end)." }),
    prefix: z.string(),
    suffix: z.string(),
    kind: z.enum(ClaimKind),
    subject: z.string().nullable(),
    speaker: speakerSchema.nullable(),
    value: z.number().nullable(),
    valueMax: z.number().nullable(),
    qualifier: z.enum(Qualifier).nullable(),
    unit: z.string().nullable(),
    occurredAt: timestamp.nullable(),
    place: z.string().nullable(),
    note: z.string().nullable(),
    status: z.enum(ClaimStatus),
    verdictRationale: z.string().nullable(),
    reviewedAt: timestamp.nullable(),
    version: z.int().min(1).meta({ description: "Send it back with PATCH or DELETE; a stale version is refused with 409." }),
    createdAt: timestamp,
    updatedAt: timestamp,
    createdBy: userRefSchema,
    updatedBy: userRefSchema,
    article: z.strictObject({
      id,
      title: z.string(),
      url: z.string().nullable(),
      publishedAt: timestamp.nullable(),
      outlet: z.strictObject({ id, name: z.string() }),
    }),
  })
  .meta({ id: "Claim" });

const nextCursor = z
  .string()
  .nullable()
  .meta({ description: "Pass as `cursor` to get the next page; null on the last page." });

export const articlePageSchema = z
  .strictObject({ items: z.array(articleSummarySchema), nextCursor })
  .meta({ id: "ArticlePage" });

export const claimPageSchema = z.strictObject({ items: z.array(claimSchema), nextCursor }).meta({ id: "ClaimPage" });

export const userSchema = z
  .strictObject({
    id,
    email: z.string(),
    name: z.string(),
    role: z.enum(Role),
    deactivatedAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "User" });

export const userListSchema = z.strictObject({ items: z.array(userSchema) }).meta({ id: "UserList" });

// `satisfies` makes this fail to compile when lib/errors.ts gains or loses a code.
const ERROR_CODES = {
  bad_request: "bad_request",
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  not_found: "not_found",
  conflict: "conflict",
  quote_mismatch: "quote_mismatch",
  rate_limited: "rate_limited",
  internal: "internal",
} as const satisfies { [Code in ErrorCode]: Code };

export const errorBodySchema = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(ERROR_CODES),
      message: z.string().meta({ description: "A sentence meant for people, not for matching on." }),
      fields: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: "Problems per input field (dotted path; `_` for the body as a whole)." }),
    }),
  })
  .meta({ id: "Error" });
