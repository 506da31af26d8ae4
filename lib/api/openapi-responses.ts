import { z } from "zod";
import type { ErrorCode } from "@/lib/errors";
import { claimFactsSchema } from "@/lib/assist/stored";
import { VERDICT_STATUSES } from "@/lib/claims/workflow";
import { CLAIMREVIEW_BEST_RATING, CLAIMREVIEW_RATINGS, CLAIMREVIEW_WORST_RATING } from "@/lib/export/rows";
import { ActorKind, ClaimKind, ClaimStatus, LinkKind, OutletKind, Qualifier, Role, SourceKind } from "@/lib/generated/prisma/enums";

// Documentation of what /api/v1 sends back. The serializers (lib/articles/serialize.ts,
// lib/claims/serialize.ts, lib/export/rows.ts, lib/errors.ts) and the Prisma rows some routes send
// as they are (sources, links) are the source of truth; these schemas only describe them. Objects are strict so that tests/unit/openapi.test.ts, which parses real serializer output
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
  version: z.int().min(1).meta({ description: "Send it back with PATCH /articles/{id}; a stale version is refused with 409." }),
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
    facts: claimFactsSchema.nullable().meta({ description: "Null until the server has derived the claim's facts." }),
    article: z.strictObject({
      id,
      title: z.string(),
      url: z.string().nullable(),
      publishedAt: timestamp.nullable(),
      outlet: z.strictObject({ id, name: z.string() }),
    }),
  })
  .meta({ id: "Claim" });

const sourceFields = {
  id,
  url: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  kind: z.enum(SourceKind),
  accessedAt: timestamp.nullable().meta({ description: "When the source was consulted." }),
  archiveUrl: z.string().nullable().meta({ description: "A snapshot of the page, e.g. in the Wayback Machine." }),
  note: z.string().nullable(),
};

/** The stored row, as POST /claims/{id}/sources and PATCH /sources/{id} send it back. */
export const sourceRecordSchema = z
  .strictObject({
    ...sourceFields,
    claimId: id,
    // Null once the user who added it has been deleted; the source stays.
    createdById: id.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Source", description: "Evidence attached to a claim." });

/** A source as listed with its claim (GET /claims/{id}). */
export const claimSourceSchema = z.strictObject({ ...sourceFields, createdAt: timestamp }).meta({ id: "ClaimSource" });

const SYMMETRIC_NOTE = "CONTRADICTS and DUPLICATE are symmetric and stored once, with the smaller claim id as fromClaimId.";

/** The stored link row, as POST /links sends it back. */
export const claimLinkRecordSchema = z
  .strictObject({
    id,
    fromClaimId: id,
    toClaimId: id,
    kind: z.enum(LinkKind),
    note: z.string().nullable(),
    createdById: id.nullable(),
    createdAt: timestamp,
  })
  .meta({
    id: "ClaimLink",
    description: `A relation between two claims: fromClaimId supports, contradicts, duplicates or updates (supersedes) toClaimId. ${SYMMETRIC_NOTE}`,
  });

/** One link as seen from one of its claims; GET /claims/{id} and the JSON export send the same shape. */
export const linkedClaimSchema = z
  .strictObject({
    id,
    kind: z.enum(LinkKind),
    note: z.string().nullable(),
    direction: z.enum(["outgoing", "incoming"]).meta({
      description: `outgoing when this claim is the link's fromClaimId. ${SYMMETRIC_NOTE} So for those kinds the direction carries no meaning.`,
    }),
    otherClaimId: id.meta({ description: "The claim at the other end of the link." }),
  })
  .meta({ id: "LinkedClaim" });

export const claimDetailSchema = z
  .strictObject({
    ...claimSchema.shape,
    sources: z.array(claimSourceSchema).meta({ description: "Oldest first." }),
    links: z.array(linkedClaimSchema).meta({ description: "Links at either end of this claim, oldest first." }),
  })
  .meta({ id: "ClaimDetail", description: "A claim with its evidence and its links to other claims." });

/** One entry of GET /claims/{id}/suggestions (lib/suggestions/queries.ts suggestLinksFor). */
export const linkSuggestionSchema = z
  .strictObject({
    kind: z.enum(LinkKind).meta({ description: "How the two claims probably relate." }),
    score: z.number().min(0).max(1).meta({ description: "Higher is likelier; for ordering, not a probability." }),
    reason: z.string().meta({ description: "Why it was suggested, in plain words for the editor." }),
    claim: z
      .strictObject({
        id,
        articleId: id,
        quote: z.string(),
        subject: z.string().nullable(),
        status: z.enum(ClaimStatus),
        speaker: z.string().nullable().meta({ description: "The speaker's name." }),
        outlet: z.string().meta({ description: "The outlet's name." }),
        publishedAt: timestamp.nullable().meta({ description: "When the claim's article was published." }),
      })
      .meta({ description: "The suggested claim." }),
  })
  .meta({ id: "LinkSuggestion" });

export const linkSuggestionListSchema = z
  .strictObject({ items: z.array(linkSuggestionSchema).meta({ description: "Best first." }) })
  .meta({ id: "LinkSuggestionList" });

/** One entry of GET /articles/{id}/candidates (lib/candidates/rules.ts candidateItem); absent fields are left out. */
export const claimCandidateSchema = z
  .strictObject({
    start: z.int().min(0).meta({ description: "Offset into the article body, in UTF-16 code units." }),
    end: z.int().min(0).meta({ description: "Exclusive end offset, in UTF-16 code units." }),
    quote: z.string().meta({ description: "Exactly body.slice(start, end)." }),
    kind: z.enum(ClaimKind),
    value: z.number().optional(),
    valueMax: z.number().optional(),
    qualifier: z.enum(Qualifier).optional(),
    unit: z.string().optional().meta({ description: "What is counted (\"people\", \"ships\")." }),
    speaker: z.string().optional().meta({ description: "Who asserts it: the recorded speaker's name when the text's spelling is a known alias, else the name as written." }),
    subject: z.string().optional(),
    score: z.number().min(0).max(1).meta({ description: "How likely a fact-checker would mark this span; for ordering, not a probability." }),
    reason: z.string().meta({ description: "Why it was proposed, in plain words." }),
  })
  .meta({ id: "ClaimCandidate", description: "A claim the article probably contains; the fields are those of POST /api/v1/claims, pre-filled." });

export const claimCandidateListSchema = z
  .strictObject({ items: z.array(claimCandidateSchema).meta({ description: "In text order (by start)." }) })
  .meta({ id: "ClaimCandidateList" });

export const statusChangeResultSchema = z
  .strictObject({
    status: z.enum(ClaimStatus),
    version: z.int().min(1).meta({ description: "The claim's version after the change." }),
  })
  .meta({ id: "StatusChangeResult" });

// ---------------------------------------------------------------------------------------------
// Export (GET /api/v1/export): the shapes of lib/export/rows.ts
// ---------------------------------------------------------------------------------------------

export const exportedClaimSchema = z
  .strictObject({
    id,
    start: z.int().min(0),
    end: z.int().min(0),
    quote: z.string(),
    kind: z.enum(ClaimKind),
    subject: z.string().nullable(),
    speaker: z.strictObject({ id, name: z.string(), kind: z.enum(ActorKind) }).nullable(),
    value: z.number().nullable(),
    valueMax: z.number().nullable(),
    qualifier: z.enum(Qualifier).nullable(),
    unit: z.string().nullable(),
    occurredAt: timestamp.nullable(),
    place: z.string().nullable(),
    note: z.string().nullable(),
    status: z.enum(ClaimStatus),
    verdict: z.enum(VERDICT_STATUSES).nullable().meta({ description: "The status when it is a verdict, else null." }),
    verdictRationale: z.string().nullable(),
    reviewedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    article: z.strictObject({
      id,
      title: z.string(),
      url: z.string().nullable(),
      publishedAt: timestamp.nullable(),
      outlet: z.strictObject({ name: z.string(), kind: z.enum(OutletKind) }),
    }),
    sources: z.array(z.strictObject(sourceFields)),
    links: z.array(linkedClaimSchema),
  })
  .meta({ id: "ExportedClaim" });

export const claimExportSchema = z
  .strictObject({ claims: z.array(exportedClaimSchema).meta({ description: "Oldest claim first." }) })
  .meta({ id: "ClaimExport" });

const isoDate = z.iso.date();
const organization = z.strictObject({ "@type": z.literal("Organization"), name: z.string() });

const creativeWorkSchema = z
  .strictObject({
    "@type": z.literal("CreativeWork"),
    url: z.string().optional().meta({ description: "The article's address, when it has one." }),
    headline: z.string(),
    datePublished: isoDate.optional(),
    publisher: organization,
  })
  .meta({ id: "ClaimReviewAppearance", description: "The article the claim appeared in." });

const ratings = Object.entries(CLAIMREVIEW_RATINGS);
const ratingValues = ratings.flatMap(([, { ratingValue }]) => (ratingValue === null ? [] : [ratingValue]));
// Written from the table itself so the description cannot disagree with what is exported.
const ratingScale = ratings
  .map(([status, { ratingValue }]) => (ratingValue === null ? `${status} has alternateName only (it is not a point on the scale)` : `${status} is ${ratingValue}`))
  .join(", ");

export const claimReviewSchema = z
  .strictObject({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.string().meta({ description: "The public fact-check page (/fact-checks/{id}) when the verdict is published; otherwise the claim's page inside Claimdesk, which needs a login." }),
    creativeWorkStatus: z.enum(["Published", "Internal"]).meta({ description: "Internal: the verdict has not been published, so this review is for internal use only." }),
    disambiguatingDescription: z.string().optional().meta({ description: "On internal reviews: a sentence saying so." }),
    claimReviewed: z.string().meta({ description: "The quote." }),
    datePublished: isoDate.meta({ description: "The day of the verdict (UTC)." }),
    author: z.strictObject({ "@type": z.literal("Organization"), name: z.string(), url: z.string().optional() }),
    reviewRating: z
      .strictObject({
        "@type": z.literal("Rating"),
        alternateName: z.enum(Object.values(CLAIMREVIEW_RATINGS).map(({ alternateName }) => alternateName)),
        ratingValue: z.literal(ratingValues).optional(),
        bestRating: z.literal(CLAIMREVIEW_BEST_RATING).optional(),
        worstRating: z.literal(CLAIMREVIEW_WORST_RATING).optional(),
        ratingExplanation: z.string().optional().meta({ description: "The reviewer's rationale for the verdict." }),
      })
      .meta({
        description: `On a ${CLAIMREVIEW_WORST_RATING} (worst) to ${CLAIMREVIEW_BEST_RATING} (best) scale: ${ratingScale}.`,
      }),
    itemReviewed: z.strictObject({
      "@type": z.literal("Claim"),
      author: z
        .strictObject({ "@type": z.enum(["Person", "Organization"]), name: z.string() })
        .optional()
        .meta({ description: "The speaker, when the claim has one." }),
      datePublished: isoDate.optional(),
      appearance: z.array(creativeWorkSchema),
      firstAppearance: creativeWorkSchema,
    }),
  })
  .meta({ id: "ClaimReview", description: "A schema.org ClaimReview; only claims with a verdict have one." });

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
  evidence_required: "evidence_required",
  method_not_allowed: "method_not_allowed",
  payload_too_large: "payload_too_large",
  rate_limited: "rate_limited",
  internal: "internal",
  unavailable: "unavailable",
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

/** PATCH /articles/{id} (lib/articles/serialize.ts articleMetadataJson). */
export const articleMetadataSchema = z
  .strictObject({
    id,
    title: z.string(),
    url: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: timestamp.nullable(),
    language: z.string(),
    version: z.int().min(1),
    outlet: z.strictObject({ id, name: z.string() }),
  })
  .meta({ id: "ArticleMetadata" });

/** POST/DELETE /claims/{id}/publish (lib/claims/publish.ts). */
export const publishStateSchema = z
  .strictObject({
    id,
    publishedAt: timestamp.nullable().meta({ description: "When the fact-check was published; null once taken down." }),
    path: z.string().nullable().meta({ description: "The public page, /fact-checks/{id}, while published." }),
  })
  .meta({ id: "PublishState" });

export const linkReviewResultSchema = z.strictObject({ id, reviewedAt: timestamp }).meta({ id: "LinkReview" });
