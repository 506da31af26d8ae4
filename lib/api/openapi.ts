import { z } from "zod";
import {
  createDocument,
  type CreateDocumentOptions,
  type ZodOpenApiObject,
  type ZodOpenApiOperationObject,
  type ZodOpenApiResponseObject,
} from "zod-openapi";
import {
  articleDetailSchema,
  articlePageSchema,
  claimDetailSchema,
  claimCandidateListSchema,
  claimExportSchema,
  claimLinkRecordSchema,
  claimPageSchema,
  claimReviewSchema,
  claimSchema,
  errorBodySchema,
  articleMetadataSchema,
  importedArticleSchema,
  linkReviewResultSchema,
  linkSuggestionListSchema,
  publishStateSchema,
  sourceRecordSchema,
  statusChangeResultSchema,
  userListSchema,
} from "@/lib/api/openapi-responses";
import { MIN_RATIONALE_LENGTH } from "@/lib/claims/workflow";
import { CSV_COLUMNS } from "@/lib/export/rows";
import { cursorParamSchema, pageLimitSchema } from "@/lib/pagination/cursor";
import { candidateSpanSchema } from "@/lib/validation/candidates";
import { importArticleSchema, listArticlesQuerySchema, updateArticleSchema } from "@/lib/validation/articles";
import { createClaimSchema, deleteClaimSchema, listClaimsQuerySchema, updateClaimSchema } from "@/lib/validation/claims";
import { createLinkSchema, sourceSchema, statusChangeSchema } from "@/lib/validation/evidence";
import { exportQuerySchema } from "@/lib/validation/export";
import { CASE_INSENSITIVE_ENUMS, optionalDate, optionalHttpUrl, optionalNumber, uuidParam } from "@/lib/validation/fields";

// The OpenAPI description of /api/v1. Request bodies and query parameters are the very zod schemas
// the route handlers parse with, rendered in their input form (what a client sends, before any
// preprocess/transform runs), so the description cannot promise rules the server does not apply.

export const BEARER_SCHEME = "bearerAuth";

export type OpenApiDocument = ReturnType<typeof createDocument>;

/**
 * One valid request per documented body or query; the bodies are embedded in the document as examples.
 * tests/unit/openapi.test.ts parses each with the route's own schema, so a rule change that
 * invalidates an example fails there instead of shipping a misleading description.
 */
export const REQUEST_EXAMPLES = {
  importArticle: {
    title: "Council approves new bus lanes",
    outlet: "Meridian Wire",
    url: "https://meridianwire.example/2026/03/bus-lanes",
    author: "Ana Ruiz",
    publishedAt: "2026-03-02",
    language: "en",
    body: "The council approved 12 km of new bus lanes on Tuesday, the mayor said.",
  },
  createClaim: {
    articleId: "0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f60",
    start: 4,
    end: 43,
    quote: "council approved 12 km of new bus lanes",
    kind: "QUANTITY",
    subject: "new bus lanes",
    speaker: "the mayor",
    value: 12,
    qualifier: "EXACT",
    unit: "km",
    occurredAt: "2026-03-01",
  },
  updateClaim: { version: 3, value: 12.5, valueMax: null, note: "Figure corrected in the council minutes." },
  listArticles: { q: "bus lanes", outlet: "Meridian Wire", limit: "20" },
  listClaims: {
    articleId: "0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f60",
    status: "IN_REVIEW",
    kind: "QUANTITY",
    outlet: "Meridian Wire",
    speaker: "the mayor",
    subject: "bus lanes",
    assignee: "ana@example.org",
    q: "council",
    sort: "updated",
    limit: "25",
  },
  deleteClaim: { version: "3" },
  addSource: {
    url: "https://council.example/minutes/2026-03-01.pdf",
    title: "Minutes of the council meeting, 1 March 2026",
    publisher: "City Council",
    kind: "OFFICIAL",
    accessedAt: "2026-03-03",
    archiveUrl: "https://web.archive.org/web/20260303000000/https://council.example/minutes/2026-03-01.pdf",
    note: "Item 7 records 12 km of bus lanes.",
  },
  // PATCH replaces the whole source, so the example sends every field it keeps.
  updateSource: {
    url: "https://council.example/minutes/2026-03-01.pdf",
    title: "Minutes of the council meeting, 1 March 2026 (approved)",
    publisher: "City Council",
    kind: "OFFICIAL",
    accessedAt: "2026-03-10T14:00:00Z",
    archiveUrl: null,
    note: "Item 7; the approved minutes confirm 12 km.",
  },
  createLink: {
    fromClaimId: "0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f70",
    toClaimId: "0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f71",
    kind: "CONTRADICTS",
    note: "The transport department puts the figure at 9 km.",
  },
  changeClaimStatus: { status: "VERIFIED", note: "The council minutes of 1 March record 12 km of new bus lanes." },
  updateArticle: { version: 1, title: "Council approves 12 km of new bus lanes", author: "Ana Ruiz", publishedAt: "2026-03-02", language: "en" },
  exportClaims: { format: "csv", status: "VERIFIED", outlet: "Meridian Wire", from: "2026-03-01", to: "2026-03-31" },
  // A candidate is named by its span in the article, as GET /articles/{id}/candidates lists it.
  acceptCandidate: { start: 4, end: 43 },
  dismissCandidate: { start: 4, end: 43 },
  restoreCandidate: { start: 4, end: 43 },
} as const;

type JsonSchema = Parameters<NonNullable<CreateDocumentOptions["override"]>>[0]["jsonSchema"];

/** Replaces a rendered schema in place: the library emits the very object it hands to the hook. */
function replaceWith(target: JsonSchema, replacement: JsonSchema): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, replacement);
}

function describe(text: string): (schema: JsonSchema) => void {
  return (schema) => {
    schema.description = text;
  };
}

function dateInput(description: string): (schema: JsonSchema) => void {
  return (schema) =>
    replaceWith(schema, {
      anyOf: [{ type: "string", format: "date" }, { type: "string", format: "date-time" }, { type: "null" }],
      description,
    });
}

// The claims list and the export share their filters (lib/claims/queries.ts claimFilters), but each
// validator declares its own field instances, so the text is attached to both.
const CLAIM_FILTERS = {
  articleId: "Only claims marked in this article.",
  status: "Only claims with this status (one status per request).",
  kind: "Only claims of this kind.",
  outlet: "The outlet's name (any case) or id.",
  speaker: "The speaker's name or an alias (any case), or the speaker's id.",
  subject: "The exact subject, any case.",
  assignee: "The email or id of a user the claim is assigned to.",
  q: "Full-text search (as /search: words in any order, accents and case ignored, \"a phrase\" in quotes, -word to exclude) over the quote, subject and note.",
} as const;

const claimFilterDetails = Object.entries(CLAIM_FILTERS).flatMap(([name, text]) => {
  const key = name as keyof typeof CLAIM_FILTERS;
  return [listClaimsQuerySchema.shape[key], exportQuerySchema.shape[key]].map((field) => [field, describe(text)] as const);
});

// zod renders the shared input fields by their inner schema: correct, but a date shows as a bare
// string and a URL without its format, and nothing says what a filter matches. Fields are matched
// by identity, so the validators stay untouched and every reuse of a field gets the same text.
const INPUT_DETAILS = new Map<z.core.$ZodType, (schema: JsonSchema) => void>([
  [optionalDate, dateInput("A calendar date (YYYY-MM-DD, taken as midnight UTC) or an ISO 8601 timestamp ending in Z or an offset.")],
  [
    optionalHttpUrl,
    (schema) =>
      replaceWith(schema, {
        anyOf: [{ type: "string", format: "uri", maxLength: 2000 }, { type: "null" }],
        description: "An absolute http:// or https:// address.",
      }),
  ],
  // Its preprocess step also takes numeric strings ("250,000") for HTML forms; JSON clients send numbers.
  [optionalNumber, describe("A finite number.")],
  [cursorParamSchema, describe("The nextCursor of the previous page; omit for the first page.")],
  [pageLimitSchema, describe("Page size.")],
  [listArticlesQuerySchema.shape.q, describe("Full-text search (as /search) over the headline and the article text.")],
  [listArticlesQuerySchema.shape.outlet, describe("The outlet's name (any case), domain or id.")],
  ...claimFilterDetails,
  [listClaimsQuerySchema.shape.sort, describe("newest / oldest by creation; updated = most recently changed first.")],
  [deleteClaimSchema.shape.version, describe("The version you read; without it the delete is unconditional.")],
  [exportQuerySchema.shape.format, describe("csv, json, or claimreview (schema.org ClaimReview JSON-LD); picks the response's media type.")],
  [
    exportQuerySchema.shape.to,
    dateInput("Only claims in articles published up to this date or time. Inclusive: a bare date (YYYY-MM-DD) means up to the end of that day, UTC."),
  ],
  [statusChangeSchema.shape.note, describe(`The rationale of a verdict or the reason for reopening; required for those, at least ${MIN_RATIONALE_LENGTH} characters.`)],
  [createLinkSchema.shape.kind, describe("fromClaimId supports, contradicts, duplicates or updates (supersedes) toClaimId.")],
]);

/**
 * Parameter text for a field whose zod schema is shared with other meanings: `from` is the very
 * optionalDate instance every date field uses, so it cannot be told apart in the override hook.
 */
const PARAMETER_DESCRIPTIONS: Record<string, Record<string, string>> = {
  exportClaims: {
    from: "Only claims in articles published on or after this date or time (a bare date is midnight UTC). Articles without a publication date never match a date range.",
  },
};

const documentOptions: CreateDocumentOptions = {
  override: ({ zodSchema, jsonSchema, io }) => {
    if (io === "input") {
      INPUT_DETAILS.get(zodSchema)?.(jsonSchema);
      const example = Array.isArray(jsonSchema.enum) ? jsonSchema.enum[0] : undefined;
      if (CASE_INSENSITIVE_ENUMS.has(zodSchema) && typeof example === "string") {
        const variant = example === example.toLowerCase() ? example.toUpperCase() : example.toLowerCase();
        const note = `Any letter case is accepted (\`${variant}\` means \`${example}\`); responses use the form listed here.`;
        if (!jsonSchema.description?.includes(note)) jsonSchema.description = jsonSchema.description ? `${jsonSchema.description} ${note}` : note;
      }
      return;
    }
    // zod spells out its uuid and ISO regexes next to the format; in a response they only add noise.
    if (jsonSchema.format === "uuid" || jsonSchema.format === "date-time" || jsonSchema.format === "date") delete jsonSchema.pattern;
    // The response schemas are strict so the tests catch an undocumented field, but the published
    // contract must let responses grow: a new field is not a breaking change for clients.
    if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
  },
};

/**
 * Most viewers show a parameter's own description, not its schema's, so the text is copied up;
 * PARAMETER_DESCRIPTIONS, being more specific than the schema's text, wins over it.
 */
function liftParameterDescriptions(document: OpenApiDocument): void {
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const method of ["get", "put", "post", "delete", "patch"] as const) {
      const operationId = pathItem[method]?.operationId;
      const specific = operationId === undefined ? undefined : PARAMETER_DESCRIPTIONS[operationId];
      for (const parameter of pathItem[method]?.parameters ?? []) {
        if ("$ref" in parameter) continue;
        const text = specific?.[parameter.name];
        if (text !== undefined) parameter.description = text;
        if (parameter.description) continue;
        const schema = parameter.schema;
        if (typeof schema !== "object" || schema === null || "$ref" in schema) continue;
        if (typeof schema.description === "string") parameter.description = schema.description;
      }
    }
  }
}

function errorResponse(id: string, description: string): ZodOpenApiResponseObject {
  return { id, description, content: { "application/json": { schema: errorBodySchema } } };
}

const errors = {
  400: errorResponse("BadRequest", "Invalid input; `fields` names each problem. Nothing was written."),
  401: errorResponse("Unauthenticated", "No bearer token, or the token is unknown, revoked or belongs to a deactivated user."),
  403: errorResponse("Forbidden", "The token's user has a role that does not allow this."),
  404: errorResponse("NotFound", "No record with that id."),
  409: errorResponse("Conflict", "The claim changed since the given version was read. Nothing was written; reload and retry."),
  422: errorResponse("QuoteMismatch", "`quote` differs from the article text at start..end. Nothing was written."),
  413: errorResponse("PayloadTooLarge", "The request body is over the size limit (about 4 MB); nothing was read past it or written."),
  503: errorResponse("Unavailable", "The database cannot be reached just now; nothing was written. `Retry-After` says how many seconds to wait."),
} as const;

type ErrorStatus = keyof typeof errors;

/** What an error status means for one operation, where the shared wording above would mislead. */
type ErrorNotes = Partial<Record<ErrorStatus, string>>;

function json(description: string, schema: z.ZodType): ZodOpenApiResponseObject {
  return { description, content: { "application/json": { schema } } };
}

/**
 * Every operation needs the token, so security and the 401 are added here rather than per route.
 * A status with a note gets its own inline response (same error body) instead of the shared one.
 */
function operation(
  fields: Omit<ZodOpenApiOperationObject, "responses" | "security"> & { summary: string; operationId: string },
  success: Record<number, ZodOpenApiResponseObject>,
  errorStatuses: readonly ErrorStatus[],
  notes: ErrorNotes = {},
): ZodOpenApiOperationObject {
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, response] of Object.entries(success)) responses[status] = response;
  // Any operation can meet an unreachable database; any with a body can be sent one that is too large.
  const always: ErrorStatus[] = fields.requestBody ? [401, 413, 503] : [401, 503];
  for (const status of [...always, ...errorStatuses] as const) {
    const note = notes[status];
    responses[status] = note === undefined ? errors[status] : { description: note, content: errors[status].content };
  }
  return { ...fields, security: [{ [BEARER_SCHEME]: [] }], responses };
}

function jsonBody(schema: z.ZodType, example: unknown): ZodOpenApiOperationObject["requestBody"] {
  return { required: true, content: { "application/json": { schema, example } } };
}

// Every {id} route answers 404, not 400, to an id that is not a uuid (lib/api/params.ts routeId);
// uuidParam is the routes' own rule.
const idPath = { path: z.object({ id: uuidParam }) };

// Markdown, which OpenAPI allows in descriptions: the steps read best as a list.
const STATUS_WORKFLOW = [
  "Moves a claim through review (the rules are lib/claims/workflow.ts). The steps:",
  [
    "DRAFT → IN_REVIEW: submit (editors and up).",
    "IN_REVIEW → DRAFT: send back (reviewers and admins, or the editor who created the claim).",
    "DRAFT or IN_REVIEW → DISPUTED (editors and up), only while a CONTRADICTS link to another claim exists; DISPUTED → IN_REVIEW returns it to review.",
    "IN_REVIEW or DISPUTED → a verdict: VERIFIED, FALSE, MISLEADING or UNVERIFIABLE (reviewers and admins).",
    "A verdict → IN_REVIEW: reopen (reviewers and admins).",
  ]
    .map((step) => `- ${step}`)
    .join("\n"),
  `A verdict and a reopening need \`note\`: the rationale or the reason, at least ${MIN_RATIONALE_LENGTH} characters. ` +
    "Two-person rule, for every role including admins: nobody gives the verdict on a claim they created or last edited. " +
    "Evidence: VERIFIED, FALSE and MISLEADING need at least one source on the claim (422, `fields.sources`); UNVERIFIABLE needs none. " +
    "Reopening takes down the claim's public fact-check page and answers any contradiction linked against the verdict. " +
    "Any other change, such as going straight from DRAFT to a verdict or from one verdict to another, is refused with 400. " +
    "Each change increments the claim's version; leaving a verdict clears its rationale (the audit trail keeps it).",
].join("\n\n");

const FROZEN_EVIDENCE = "The claim has a verdict, so its sources are frozen: reopen it first. Nothing was written.";

const EXPORT_DESCRIPTION = [
  "Streams every claim that matches the filters, oldest first; the filters mean what they mean in GET /api/v1/claims, and an empty filter value is the same as leaving the filter out. `from`/`to` filter on the article's publication date.",
  "The body is written while it is read from the database, so a failure midway ends in a truncated download after a 200.",
  "format=csv: text/csv; charset=utf-8, RFC 4180 with CRLF line ends and a UTF-8 byte-order mark (so Excel reads it as UTF-8). " +
    `A header row, then one row per claim with the columns ${CSV_COLUMNS.join(", ")}. ` +
    "Every cell is text: empty for no value, ISO 8601 UTC for times; `sources` holds the URLs separated by \" | \", the link columns the other claims' ids separated by spaces.",
  "format=json: application/json, { claims: [ExportedClaim, …] }.",
  "format=claimreview: application/ld+json, an array of schema.org ClaimReview objects. Only claims with a verdict are included; a `status` filter naming another status gives an empty array. " +
    "A published verdict's `url` is its public page (/fact-checks/{id}) and its creativeWorkStatus is Published; an unpublished verdict is for internal use: its creativeWorkStatus is Internal, its disambiguatingDescription says so, and its `url` is the claim's page behind the login. `reviewRating.ratingExplanation` carries the reviewer's rationale.",
].join("\n\n");

const exportHeaders = z.object({
  "Content-Disposition": z.string().meta({
    description: 'attachment; filename="claimdesk-claims-YYYY-MM-DD.csv" (or .json), or "claimdesk-claimreview-YYYY-MM-DD.json" for ClaimReview.',
  }),
});

export function buildOpenApiDocument(): OpenApiDocument {
  const spec: ZodOpenApiObject = {
    openapi: "3.1.0",
    info: {
      title: "Claimdesk API",
      version: "1",
      description:
        "Articles, the claims marked in them, their evidence, links between claims and the review workflow. Offsets (start, end) count UTF-16 code units of the article body. " +
        "Lists are paged with an opaque cursor. Errors share one body: { error: { code, message, fields? } }.",
    },
    tags: [{ name: "Articles" }, { name: "Candidates" }, { name: "Claims" }, { name: "Sources" }, { name: "Links" }, { name: "Export" }, { name: "Users" }],
    paths: {
      "/api/v1/articles": {
        get: operation(
          {
            operationId: "listArticles",
            summary: "List articles, newest first",
            tags: ["Articles"],
            requestParams: { query: listArticlesQuerySchema },
          },
          { 200: json("A page of articles.", articlePageSchema) },
          [400],
        ),
        post: operation(
          {
            operationId: "importArticle",
            summary: "Import an article",
            description: "Re-posting the same URL or identical body returns the stored article with 200 instead of creating a duplicate.",
            tags: ["Articles"],
            requestBody: jsonBody(importArticleSchema, REQUEST_EXAMPLES.importArticle),
          },
          {
            201: json("The article was created.", importedArticleSchema),
            200: json("The same URL or text had been imported before; this is the stored article.", importedArticleSchema),
          },
          [400, 403],
        ),
      },
      "/api/v1/articles/{id}": {
        get: operation(
          {
            operationId: "getArticle",
            summary: "Get an article with its body and claims",
            tags: ["Articles"],
            requestParams: idPath,
          },
          { 200: json("The article, with its claims in text order.", articleDetailSchema) },
          [404],
        ),
        patch: operation(
          {
            operationId: "updateArticle",
            summary: "Correct an article's metadata",
            description:
              "Editors and up. Corrects title, outlet (by name; a new name creates the outlet), author, publishedAt, url and language. Send the version you read; an absent field is left unchanged, null clears author, publishedAt or url. " +
              "The body never changes after import (claims point into it): sending `body` is a 400. A corrected text is imported as a new article.",
            tags: ["Articles"],
            requestParams: idPath,
            requestBody: jsonBody(updateArticleSchema, REQUEST_EXAMPLES.updateArticle),
          },
          { 200: json("The corrected metadata, with the version incremented.", articleMetadataSchema) },
          [400, 403, 404, 409],
          {
            400: "Invalid input, or `body` was sent (the text never changes after import). Nothing was written.",
            409: "The article was corrected by someone else since the given version was read, or the new url belongs to another article. Nothing was written.",
          },
        ),
        delete: operation(
          {
            operationId: "deleteArticle",
            summary: "Delete an article (admins only)",
            description: "Removes the article with its claims, their sources, links, comments and assignments, in one transaction recorded in the audit trail.",
            tags: ["Articles"],
            requestParams: idPath,
          },
          { 204: { description: "The article and everything marked in it were deleted." } },
          [403, 404, 409],
          { 409: "A claim of this article has a verdict; reopen it first. Nothing was deleted." },
        ),
      },
      "/api/v1/articles/{id}/candidates": {
        get: operation(
          {
            operationId: "listCandidates",
            summary: "List the claims an article probably contains",
            description:
              "Claims proposed when the article was imported (or by `npm run candidates:backfill`), read from storage: each with its span, a kind, the pre-filled fields of POST /api/v1/claims, a score and a reason. " +
              "Left out: candidates already accepted or dismissed, and any whose span overlaps a claim marked in the article (identical or not). Nothing is created until …/candidates/accept.",
            tags: ["Candidates"],
            requestParams: idPath,
          },
          { 200: json("The open candidates in text order; an empty list when there are none.", claimCandidateListSchema) },
          [404],
        ),
      },
      "/api/v1/articles/{id}/candidates/accept": {
        post: operation(
          {
            operationId: "acceptCandidate",
            summary: "Accept a candidate: mark it as a claim",
            description:
              "Creates a DRAFT claim from the candidate at `start`..`end`, with its pre-filled fields, exactly as POST /api/v1/claims would (an unknown speaker name becomes a new speaker), and records the candidate as accepted in the same transaction. " +
              "An accepted candidate is never listed again; correct the claim with PATCH /api/v1/claims/{id}.",
            tags: ["Candidates"],
            requestParams: idPath,
            requestBody: jsonBody(candidateSpanSchema, REQUEST_EXAMPLES.acceptCandidate),
          },
          { 201: json("The claim that was created.", claimSchema) },
          [400, 403, 404, 409],
          {
            404: "No article with that id, or the article has no candidate at that start and end.",
            409: "The candidate was already accepted or dismissed. Nothing was written.",
          },
        ),
      },
      "/api/v1/articles/{id}/candidates/dismiss": {
        post: operation(
          {
            operationId: "dismissCandidate",
            summary: "Dismiss a candidate",
            description: "Hides the candidate at `start`..`end` for good: it is not listed again, and the backfill never recreates it. The dismissal is audited; …/candidates/restore undoes it.",
            tags: ["Candidates"],
            requestParams: idPath,
            requestBody: jsonBody(candidateSpanSchema, REQUEST_EXAMPLES.dismissCandidate),
          },
          { 204: { description: "The candidate was dismissed." } },
          [400, 403, 404, 409],
          {
            404: "No article with that id, or the article has no candidate at that start and end.",
            409: "The candidate was already accepted or dismissed. Nothing was written.",
          },
        ),
      },
      "/api/v1/articles/{id}/candidates/restore": {
        post: operation(
          {
            operationId: "restoreCandidate",
            summary: "Undo a dismissal",
            description: "Lists the dismissed candidate at `start`..`end` again. Accepted candidates cannot be restored: their claim exists.",
            tags: ["Candidates"],
            requestParams: idPath,
            requestBody: jsonBody(candidateSpanSchema, REQUEST_EXAMPLES.restoreCandidate),
          },
          { 204: { description: "The candidate is open again." } },
          [400, 403, 404, 409],
          {
            404: "No article with that id, or the article has no candidate at that start and end.",
            409: "The candidate is open or was accepted, not dismissed. Nothing was written.",
          },
        ),
      },
      "/api/v1/claims": {
        get: operation(
          {
            operationId: "listClaims",
            summary: "List claims",
            tags: ["Claims"],
            requestParams: { query: listClaimsQuerySchema },
          },
          { 200: json("A page of claims.", claimPageSchema) },
          [400],
        ),
        post: operation(
          {
            operationId: "createClaim",
            summary: "Mark a claim in an article",
            description: "If `quote` is given it must equal the article body's text from start to end, else 422.",
            tags: ["Claims"],
            requestBody: jsonBody(createClaimSchema, REQUEST_EXAMPLES.createClaim),
          },
          { 201: json("The claim was created as a draft.", claimSchema) },
          [400, 403, 404, 422],
        ),
      },
      "/api/v1/claims/{id}": {
        get: operation(
          { operationId: "getClaim", summary: "Get a claim with its sources and links", tags: ["Claims"], requestParams: idPath },
          { 200: json("The claim, its sources and its links to other claims.", claimDetailSchema) },
          [404],
        ),
        patch: operation(
          {
            operationId: "updateClaim",
            summary: "Edit a claim",
            description: "Send the version you read. An absent field is left unchanged; null clears it.",
            tags: ["Claims"],
            requestParams: idPath,
            requestBody: jsonBody(updateClaimSchema, REQUEST_EXAMPLES.updateClaim),
          },
          { 200: json("The claim after the edit, with its version incremented.", claimSchema) },
          [400, 403, 404, 409],
        ),
        delete: operation(
          {
            operationId: "deleteClaim",
            summary: "Delete a claim",
            description: "Admins may delete any claim; editors and reviewers only drafts they created. With `version`, the delete applies only if the claim is still at that version.",
            tags: ["Claims"],
            requestParams: { ...idPath, query: deleteClaimSchema },
          },
          { 204: { description: "The claim was deleted." } },
          [400, 403, 404, 409],
        ),
      },
      "/api/v1/claims/{id}/status": {
        post: operation(
          {
            operationId: "changeClaimStatus",
            summary: "Change a claim's status (review workflow)",
            description: STATUS_WORKFLOW,
            tags: ["Claims"],
            requestParams: idPath,
            requestBody: jsonBody(statusChangeSchema, REQUEST_EXAMPLES.changeClaimStatus),
          },
          { 200: json("The status was changed.", statusChangeResultSchema) },
          [400, 403, 404, 409, 422],
          {
            422: "A verdict of VERIFIED, FALSE or MISLEADING on a claim without a source (code `evidence_required`, `fields.sources`). Nothing was written.",
            400: `Invalid input, a step that is not in the workflow (or the status the claim already has), a verdict or reopening without a rationale of at least ${MIN_RATIONALE_LENGTH} characters, or DISPUTED without a contradicting link. Nothing was written.`,
            403: "The user's role does not allow this step, or the two-person rule forbids this reviewer the verdict.",
            409: "Someone changed the claim's status at the same moment. Nothing was written; reload and retry.",
          },
        ),
      },
      "/api/v1/claims/{id}/publish": {
        post: operation(
          {
            operationId: "publishClaim",
            summary: "Publish a verdict as a public fact-check",
            description:
              "Reviewers and admins. The claim must have a verdict. Its page /fact-checks/{id} is then readable without a login and shows the claim in context, the speaker, the verdict, the rationale, the sources and the dates, with the ClaimReview JSON-LD; the ClaimReview export's `url` points there. Reopening the claim unpublishes it.",
            tags: ["Claims"],
            requestParams: idPath,
          },
          { 200: json("The claim is published.", publishStateSchema) },
          [403, 404, 409],
          { 409: "The claim has no verdict, or is already published. Nothing was written." },
        ),
        delete: operation(
          { operationId: "unpublishClaim", summary: "Take down a public fact-check", description: "Reviewers and admins. The public page answers 404 from then on.", tags: ["Claims"], requestParams: idPath },
          { 200: json("The claim is no longer published.", publishStateSchema) },
          [403, 404, 409],
          { 409: "The claim is not published. Nothing was written." },
        ),
      },
      "/api/v1/claims/{id}/suggestions": {
        get: operation(
          {
            operationId: "suggestLinks",
            summary: "Suggest links for a claim",
            description:
              "Up to 10 candidates, best first, each with a reason: claims on the same subject in other articles whose figures contradict, update, support or repeat this one's, and claims with near-identical wording. " +
              "Claims already linked to this one are left out. Nothing is linked until POST /api/v1/links.",
            tags: ["Links"],
            requestParams: idPath,
          },
          { 200: json("The suggestions; an empty list when there are none.", linkSuggestionListSchema) },
          [404],
        ),
      },
      "/api/v1/claims/{id}/sources": {
        post: operation(
          {
            operationId: "addSource",
            summary: "Attach a source to a claim",
            tags: ["Sources"],
            requestParams: idPath,
            requestBody: jsonBody(sourceSchema, REQUEST_EXAMPLES.addSource),
          },
          { 201: json("The source was attached.", sourceRecordSchema) },
          [400, 403, 404, 409],
          { 404: "No claim with that id.", 409: FROZEN_EVIDENCE },
        ),
      },
      "/api/v1/sources/{id}": {
        patch: operation(
          {
            operationId: "updateSource",
            summary: "Replace a source",
            description: "Replaces every field: one left out or null is cleared (unlike PATCH on a claim, which leaves absent fields unchanged).",
            tags: ["Sources"],
            requestParams: idPath,
            requestBody: jsonBody(sourceSchema, REQUEST_EXAMPLES.updateSource),
          },
          { 200: json("The source after the change.", sourceRecordSchema) },
          [400, 403, 404, 409],
          { 409: FROZEN_EVIDENCE },
        ),
        delete: operation(
          { operationId: "deleteSource", summary: "Remove a source", tags: ["Sources"], requestParams: idPath },
          { 204: { description: "The source was removed." } },
          [403, 404, 409],
          { 409: FROZEN_EVIDENCE },
        ),
      },
      "/api/v1/links": {
        post: operation(
          {
            operationId: "createLink",
            summary: "Link two claims",
            description:
              "CONTRADICTS and DUPLICATE are symmetric: they are stored once, with the smaller claim id as fromClaimId, so the response may have the two ids swapped. " +
              "SUPPORTS and UPDATES keep the direction given. The same link twice, in either order for the symmetric kinds, is a 409. " +
              "A claim with a verdict cannot be linked from (409, reopen it first), but may be linked to: a CONTRADICTS link to it then flags it as contradicted after the verdict, and the pair stays on the contradictions board until the claim is reopened or the link is reviewed (POST /api/v1/links/{id}/review).",
            tags: ["Links"],
            requestBody: jsonBody(createLinkSchema, REQUEST_EXAMPLES.createLink),
          },
          { 201: json("The link was created.", claimLinkRecordSchema) },
          [400, 403, 404, 409],
          {
            400: "Invalid input, or fromClaimId equals toClaimId (a claim cannot be linked to itself). Nothing was written.",
            404: "One of the two claims does not exist.",
            409: "These claims are already linked with this kind, or fromClaimId has a verdict (reopen it first). Nothing was written.",
          },
        ),
      },
      "/api/v1/links/{id}": {
        delete: operation(
          { operationId: "deleteLink", summary: "Remove a link between claims", tags: ["Links"], requestParams: idPath },
          { 204: { description: "The link was removed." } },
          [403, 404, 409],
          { 409: "One of the two claims has a verdict; reopen it first. Nothing was written." },
        ),
      },
      "/api/v1/links/{id}/review": {
        post: operation(
          {
            operationId: "reviewLink",
            summary: "Let a verdict stand against a later contradiction",
            description: "Reviewers and admins. Clears the \"contradicted after the verdict\" notice that a CONTRADICTS link made to a claim with a verdict raises, and takes the pair off the contradictions board (unless a side is still open).",
            tags: ["Links"],
            requestParams: idPath,
          },
          { 200: json("The link is reviewed.", linkReviewResultSchema) },
          [403, 404, 409],
          { 409: "The link does not challenge a standing verdict, or was reviewed already." },
        ),
      },
      "/api/v1/export": {
        get: operation(
          {
            operationId: "exportClaims",
            summary: "Export claims as CSV, JSON or ClaimReview",
            description: EXPORT_DESCRIPTION,
            tags: ["Export"],
            requestParams: { query: exportQuerySchema },
          },
          {
            200: {
              description: "The export, as an attachment in the media type `format` asks for.",
              headers: exportHeaders,
              content: {
                "text/csv": { schema: z.string().meta({ description: "CSV with a header row; see the operation's description." }) },
                "application/json": { schema: claimExportSchema },
                "application/ld+json": { schema: z.array(claimReviewSchema) },
              },
            },
          },
          [400],
        ),
      },
      "/api/v1/users": {
        get: operation(
          { operationId: "listUsers", summary: "List users (admins only)", tags: ["Users"] },
          { 200: json("Every user, active first.", userListSchema) },
          [403],
        ),
      },
    },
    components: {
      securitySchemes: {
        [BEARER_SCHEME]: {
          type: "http",
          scheme: "bearer",
          description: "An API token created in Settings or with `npm run token:create`; it acts with its user's role.",
        },
      },
    },
  };
  const document = createDocument(spec, documentOptions);
  liftParameterDescriptions(document);
  return document;
}
