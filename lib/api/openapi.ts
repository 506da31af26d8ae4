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
  claimPageSchema,
  claimSchema,
  errorBodySchema,
  importedArticleSchema,
  userListSchema,
} from "@/lib/api/openapi-responses";
import { cursorParamSchema, pageLimitSchema } from "@/lib/pagination/cursor";
import { importArticleSchema, listArticlesQuerySchema } from "@/lib/validation/articles";
import { createClaimSchema, deleteClaimSchema, listClaimsQuerySchema, updateClaimSchema } from "@/lib/validation/claims";
import { optionalDate, optionalHttpUrl, optionalNumber, uuidParam } from "@/lib/validation/fields";

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

// zod renders the shared input fields by their inner schema: correct, but a date shows as a bare
// string and a URL without its format, and nothing says what a filter matches. Fields are matched
// by identity, so the validators stay untouched and every reuse of a field gets the same text.
const INPUT_DETAILS = new Map<z.core.$ZodType, (schema: JsonSchema) => void>([
  [
    optionalDate,
    (schema) =>
      replaceWith(schema, {
        anyOf: [{ type: "string", format: "date" }, { type: "string", format: "date-time" }, { type: "null" }],
        description: "A calendar date (YYYY-MM-DD, taken as midnight UTC) or an ISO 8601 timestamp ending in Z or an offset.",
      }),
  ],
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
  [listArticlesQuerySchema.shape.q, describe("Matches the title or author, case-insensitively.")],
  [listArticlesQuerySchema.shape.outlet, describe("The outlet's name (any case), domain or id.")],
  [listClaimsQuerySchema.shape.articleId, describe("Only claims marked in this article.")],
  [listClaimsQuerySchema.shape.outlet, describe("The outlet's name (any case) or id.")],
  [listClaimsQuerySchema.shape.speaker, describe("The speaker's name or an alias (any case), or the speaker's id.")],
  [listClaimsQuerySchema.shape.subject, describe("The exact subject, any case.")],
  [listClaimsQuerySchema.shape.assignee, describe("The email or id of a user the claim is assigned to.")],
  [listClaimsQuerySchema.shape.q, describe("Matches the quote, subject or note, case-insensitively.")],
  [listClaimsQuerySchema.shape.sort, describe("newest / oldest by creation; updated = most recently changed first.")],
  [deleteClaimSchema.shape.version, describe("The version you read; without it the delete is unconditional.")],
]);

const documentOptions: CreateDocumentOptions = {
  override: ({ zodSchema, jsonSchema, io }) => {
    if (io === "input") {
      INPUT_DETAILS.get(zodSchema)?.(jsonSchema);
      return;
    }
    // zod spells out its uuid and ISO regexes next to the format; in a response they only add noise.
    if (jsonSchema.format === "uuid" || jsonSchema.format === "date-time") delete jsonSchema.pattern;
    // The response schemas are strict so the tests catch an undocumented field, but the published
    // contract must let responses grow: a new field is not a breaking change for clients.
    if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
  },
};

/** Most viewers show a parameter's own description, not its schema's, so the text is copied up. */
function liftParameterDescriptions(document: OpenApiDocument): void {
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const method of ["get", "put", "post", "delete", "patch"] as const) {
      for (const parameter of pathItem[method]?.parameters ?? []) {
        if ("$ref" in parameter || parameter.description) continue;
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
} as const;

type ErrorStatus = keyof typeof errors;

function json(description: string, schema: z.ZodType): ZodOpenApiResponseObject {
  return { description, content: { "application/json": { schema } } };
}

/** Every operation needs the token, so security and the 401 are added here rather than per route. */
function operation(
  fields: Omit<ZodOpenApiOperationObject, "responses" | "security"> & { summary: string; operationId: string },
  success: Record<number, ZodOpenApiResponseObject>,
  errorStatuses: readonly ErrorStatus[],
): ZodOpenApiOperationObject {
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, response] of Object.entries(success)) responses[status] = response;
  for (const status of [401, ...errorStatuses] as const) responses[status] = errors[status];
  return { ...fields, security: [{ [BEARER_SCHEME]: [] }], responses };
}

function jsonBody(schema: z.ZodType, example: unknown): ZodOpenApiOperationObject["requestBody"] {
  return { required: true, content: { "application/json": { schema, example } } };
}

// Both {id} routes answer 404, not 400, to an id that is not a uuid; uuidParam is the route's own rule.
const idPath = { path: z.object({ id: uuidParam }) };

export function buildOpenApiDocument(): OpenApiDocument {
  const spec: ZodOpenApiObject = {
    openapi: "3.1.0",
    info: {
      title: "Claimdesk API",
      version: "1",
      description:
        "Articles and the claims marked in them. Offsets (start, end) count UTF-16 code units of the article body. " +
        "Lists are paged with an opaque cursor. Errors share one body: { error: { code, message, fields? } }.",
    },
    tags: [{ name: "Articles" }, { name: "Claims" }, { name: "Users" }],
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
          { operationId: "getClaim", summary: "Get a claim", tags: ["Claims"], requestParams: idPath },
          { 200: json("The claim.", claimSchema) },
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
