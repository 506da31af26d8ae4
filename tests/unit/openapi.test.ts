import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { z } from "zod";
import { BEARER_SCHEME, buildOpenApiDocument, REQUEST_EXAMPLES } from "@/lib/api/openapi";
import {
  articleDetailSchema,
  articlePageSchema,
  claimPageSchema,
  claimSchema,
  errorBodySchema,
  importedArticleSchema,
  userListSchema,
} from "@/lib/api/openapi-responses";
import type { ArticleSummary } from "@/lib/articles/queries";
import { articleJson, articleSummaryJson } from "@/lib/articles/serialize";
import { claimJson, type ClaimRecord } from "@/lib/claims/serialize";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ClaimKind } from "@/lib/generated/prisma/enums";
import type { userListSelect } from "@/lib/users/queries";
import { importArticleSchema, listArticlesQuerySchema } from "@/lib/validation/articles";
import { createClaimSchema, deleteClaimSchema, listClaimsQuerySchema, updateClaimSchema } from "@/lib/validation/claims";

type Json = Record<string, unknown>;

// Inspected as plain JSON, as a client would read it, which also proves the document serializes.
const document = JSON.parse(JSON.stringify(buildOpenApiDocument())) as Json;

function asObject(value: unknown, where: string): Json {
  assert.ok(typeof value === "object" && value !== null && !Array.isArray(value), `${where} should be an object`);
  return value as Json;
}

function asArray(value: unknown, where: string): unknown[] {
  assert.ok(Array.isArray(value), `${where} should be an array`);
  return value;
}

/** Follows local references such as "#/components/responses/Conflict". */
function resolve(value: unknown, where: string): Json {
  const node = asObject(value, where);
  if (typeof node.$ref !== "string") return node;
  let target: unknown = document;
  for (const segment of node.$ref.replace(/^#\//, "").split("/")) target = asObject(target, node.$ref)[segment];
  return resolve(target, node.$ref);
}

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

type Operation = { path: string; method: string; operation: Json };

function allOperations(): Operation[] {
  const found: Operation[] = [];
  for (const [path, item] of Object.entries(asObject(document.paths, "paths"))) {
    for (const [method, operation] of Object.entries(asObject(item, path))) {
      if (HTTP_METHODS.has(method)) found.push({ path, method, operation: asObject(operation, `${method} ${path}`) });
    }
  }
  return found;
}

function operationAt(path: string, method: string): Json {
  return asObject(asObject(asObject(document.paths, "paths")[path], path)[method], `${method} ${path}`);
}

function operationById(operationId: string): Json {
  const match = allOperations().find(({ operation }) => operation.operationId === operationId);
  assert.ok(match, `no operation ${operationId}`);
  return match.operation;
}

function jsonBodyOf(operation: Json, where: string): { schema: Json; example: unknown } {
  const media = asObject(asObject(resolve(operation.requestBody, where).content, where)["application/json"], where);
  return { schema: resolve(media.schema, where), example: media.example };
}

function parameters(operation: Json, location: string): Json[] {
  const all = operation.parameters === undefined ? [] : asArray(operation.parameters, "parameters");
  return all.map((parameter) => resolve(parameter, "parameter")).filter((parameter) => parameter.in === location);
}

function stringList(value: unknown, where: string): string[] {
  return asArray(value, where).map((item) => {
    assert.equal(typeof item, "string", where);
    return item as string;
  });
}

function routeSource(path: string): string {
  const file = new URL(`../../app${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`, import.meta.url);
  return readFileSync(file, "utf8");
}

function exportedMethods(source: string): string[] {
  const methods = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)];
  return methods.map((match) => (match[1] ?? "").toLowerCase()).sort();
}

/** What a client receives: Response.json turns Dates into ISO strings. */
function overTheWire(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function parsesOrExplains(schema: z.ZodType, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  assert.ok(result.success, `${what}: ${result.success ? "" : JSON.stringify(result.error.issues)}`);
}

const EXPECTED_ROUTES: Record<string, string[]> = {
  "/api/v1/articles": ["get", "post"],
  "/api/v1/articles/{id}": ["get"],
  "/api/v1/claims": ["get", "post"],
  "/api/v1/claims/{id}": ["delete", "get", "patch"],
  "/api/v1/users": ["get"],
};

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with the API's title and version", () => {
    assert.equal(typeof document.openapi, "string");
    assert.ok(String(document.openapi).startsWith("3.1"), `openapi is ${String(document.openapi)}`);
    const info = asObject(document.info, "info");
    assert.equal(info.title, "Claimdesk API");
    assert.equal(info.version, "1");
  });

  it("documents every route with exactly its methods", () => {
    const documented: Record<string, string[]> = {};
    for (const { path, method } of allOperations()) (documented[path] ??= []).push(method);
    for (const methods of Object.values(documented)) methods.sort();
    assert.deepEqual(documented, EXPECTED_ROUTES);
  });

  it("documents only methods the route handlers export", () => {
    for (const [path, methods] of Object.entries(EXPECTED_ROUTES)) {
      const exported = exportedMethods(routeSource(path));
      for (const method of methods) assert.ok(exported.includes(method), `${method} ${path} is documented but app${path} does not export it`);
    }
  });

  it("gives every operation a unique id and a summary", () => {
    const ids = allOperations().map(({ operation }) => operation.operationId);
    assert.equal(new Set(ids).size, ids.length);
    for (const { path, method, operation } of allOperations()) {
      assert.equal(typeof operation.operationId, "string", `${method} ${path} operationId`);
      assert.ok(typeof operation.summary === "string" && operation.summary.length > 0, `${method} ${path} summary`);
    }
  });

  it("declares the bearer scheme, and bearer security and a 401 on every operation", () => {
    const schemes = asObject(asObject(document.components, "components").securitySchemes, "securitySchemes");
    const bearer = asObject(schemes[BEARER_SCHEME], BEARER_SCHEME);
    assert.equal(bearer.type, "http");
    assert.equal(bearer.scheme, "bearer");
    for (const { path, method, operation } of allOperations()) {
      assert.deepEqual(operation.security, [{ [BEARER_SCHEME]: [] }], `${method} ${path} security`);
      const unauthenticated = resolve(asObject(operation.responses, "responses")["401"], `${method} ${path} 401`);
      assert.ok(typeof unauthenticated.description === "string", `${method} ${path} 401`);
    }
  });

  it("describes error responses with the shared error body", () => {
    const errorSchema = resolve({ $ref: "#/components/schemas/Error" }, "Error");
    for (const [path, method, status] of [
      ["/api/v1/claims/{id}", "patch", "409"],
      ["/api/v1/claims", "post", "422"],
      ["/api/v1/claims", "post", "400"],
      ["/api/v1/articles/{id}", "get", "404"],
      ["/api/v1/users", "get", "403"],
    ] as const) {
      const response = resolve(asObject(operationAt(path, method).responses, "responses")[status], `${method} ${path} ${status}`);
      const schema = resolve(asObject(asObject(response.content, "content")["application/json"], "json").schema, "schema");
      assert.deepEqual(schema, errorSchema, `${method} ${path} ${status}`);
    }
  });

  it("requires articleId, start, end and kind to create a claim, kind being a ClaimKind", () => {
    const { schema } = jsonBodyOf(operationAt("/api/v1/claims", "post"), "POST /api/v1/claims");
    const required = stringList(schema.required, "required");
    for (const field of ["articleId", "start", "end", "kind"]) assert.ok(required.includes(field), `${field} should be required`);
    const kind = asObject(asObject(schema.properties, "properties").kind, "kind");
    assert.deepEqual(stringList(kind.enum, "kind.enum").sort(), Object.values(ClaimKind).sort());
  });

  it("lists the claim filters as optional query parameters", () => {
    const query = parameters(operationById("listClaims"), "query");
    assert.deepEqual(
      query.map((parameter) => parameter.name).sort(),
      ["articleId", "assignee", "cursor", "kind", "limit", "outlet", "q", "sort", "speaker", "status", "subject"],
    );
    for (const parameter of query) assert.notEqual(parameter.required, true, `${String(parameter.name)} should be optional`);
  });

  it("documents request fields in the form clients send them", () => {
    const { schema } = jsonBodyOf(operationById("importArticle"), "importArticle");
    const properties = asObject(schema.properties, "properties");
    // optionalDate and optionalHttpUrl are preprocess pipes; they must still read as strings.
    assert.deepEqual(asObject(properties.publishedAt, "publishedAt").anyOf, [
      { type: "string", format: "date" },
      { type: "string", format: "date-time" },
      { type: "null" },
    ]);
    assert.equal(asObject(asArray(asObject(properties.url, "url").anyOf, "url.anyOf")[0], "url").format, "uri");
    // language has a default, so clients may leave it out.
    assert.ok(!stringList(schema.required, "required").includes("language"));
  });

  it("resolves every reference", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1] ?? "");
    assert.ok(refs.length > 0);
    for (const ref of new Set(refs)) resolve({ $ref: ref }, ref);
  });
});

// The document is generated from the validators, but examples and tests are written by hand: these
// check that the three agree, so neither the description nor the validator can drift silently.
const BODY_VALIDATORS: Record<string, z.ZodType> = {
  importArticle: importArticleSchema,
  createClaim: createClaimSchema,
  updateClaim: updateClaimSchema,
};

const QUERY_VALIDATORS: Record<string, z.ZodType> = {
  listArticles: listArticlesQuerySchema,
  listClaims: listClaimsQuerySchema,
  deleteClaim: deleteClaimSchema,
};

function exampleFor(operationId: string): Json {
  const examples: Record<string, unknown> = REQUEST_EXAMPLES;
  return asObject(examples[operationId], `REQUEST_EXAMPLES.${operationId}`);
}

function without(value: Json, key: string): Json {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

describe("OpenAPI request examples against the validators", () => {
  it("has a validator and an example for every documented request body", () => {
    const withBody = allOperations().filter(({ operation }) => operation.requestBody !== undefined);
    assert.deepEqual(withBody.map(({ operation }) => operation.operationId).sort(), Object.keys(BODY_VALIDATORS).sort());
    for (const { operation } of withBody) {
      const operationId = String(operation.operationId);
      assert.deepEqual(jsonBodyOf(operation, operationId).example, exampleFor(operationId), `${operationId} example in the document`);
    }
  });

  for (const [operationId, validator] of Object.entries(BODY_VALIDATORS)) {
    it(`${operationId}: the example parses and uses only documented fields`, () => {
      const example = exampleFor(operationId);
      parsesOrExplains(validator, example, operationId);
      const { schema } = jsonBodyOf(operationById(operationId), operationId);
      const documented = Object.keys(asObject(schema.properties, "properties"));
      for (const key of Object.keys(example)) assert.ok(documented.includes(key), `${operationId}: ${key} is not documented`);
    });

    it(`${operationId}: "required" in the document is what the validator requires`, () => {
      const example = exampleFor(operationId);
      const { schema } = jsonBodyOf(operationById(operationId), operationId);
      const required = schema.required === undefined ? [] : stringList(schema.required, "required");
      for (const key of Object.keys(example)) {
        const accepted = validator.safeParse(without(example, key)).success;
        assert.equal(accepted, !required.includes(key), `${operationId}: leaving out ${key} should ${required.includes(key) ? "fail" : "pass"}`);
      }
    });
  }

  for (const [operationId, validator] of Object.entries(QUERY_VALIDATORS)) {
    it(`${operationId}: the query example parses and uses only documented parameters`, () => {
      const example = exampleFor(operationId);
      for (const value of Object.values(example)) assert.equal(typeof value, "string", "query values arrive as strings");
      parsesOrExplains(validator, example, operationId);
      const documented = parameters(operationById(operationId), "query").map((parameter) => parameter.name);
      for (const key of Object.keys(example)) assert.ok(documented.includes(key), `${operationId}: ${key} is not a documented parameter`);
      parsesOrExplains(validator, {}, `${operationId} with no parameters (all are documented as optional)`);
    });
  }

  it("quotes the example article exactly at the example offsets", () => {
    const { body } = REQUEST_EXAMPLES.importArticle;
    const { start, end, quote } = REQUEST_EXAMPLES.createClaim;
    assert.equal(body.slice(start, end), quote);
  });
});

const ID = "0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f60";
const OTHER_ID = "0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f61";
const AT = new Date("2026-03-02T09:30:00.000Z");

const claimRecord: ClaimRecord = {
  id: ID,
  articleId: OTHER_ID,
  start: 4,
  end: 43,
  quote: "council approved 12 km of new bus lanes",
  prefix: "The ",
  suffix: " on Tuesday",
  kind: "QUANTITY",
  subject: "new bus lanes",
  value: 12,
  valueMax: null,
  qualifier: "EXACT",
  unit: "km",
  occurredAt: AT,
  place: null,
  note: null,
  status: "DRAFT",
  verdictRationale: null,
  reviewedAt: null,
  version: 1,
  createdAt: AT,
  updatedAt: AT,
  createdById: ID,
  updatedById: ID,
  speaker: { id: ID, name: "The mayor" },
  createdBy: { id: ID, name: "Ana Ruiz" },
  updatedBy: { id: ID, name: "Ana Ruiz" },
  article: { id: OTHER_ID, title: "Council approves new bus lanes", url: null, publishedAt: AT, outlet: { id: ID, name: "Meridian Wire" } },
};

const outlet = { id: ID, name: "Meridian Wire", domain: "meridianwire.example", kind: "AGENCY" as const };

const articleSummary: ArticleSummary = {
  id: OTHER_ID,
  title: "Council approves new bus lanes",
  url: "https://meridianwire.example/2026/03/bus-lanes",
  author: null,
  publishedAt: null,
  language: "en",
  createdAt: AT,
  outlet,
  _count: { claims: 2 },
};

const fullArticle = {
  id: OTHER_ID,
  title: "Council approves new bus lanes",
  url: null,
  author: "Ana Ruiz",
  publishedAt: AT,
  language: "en",
  body: REQUEST_EXAMPLES.importArticle.body,
  contentHash: "0".repeat(64),
  createdAt: AT,
  outletId: ID,
};

const userRow: Prisma.UserGetPayload<{ select: typeof userListSelect }> = {
  id: ID,
  email: "ana@example.org",
  name: "Ana Ruiz",
  role: "EDITOR",
  deactivatedAt: null,
  createdAt: AT,
};

describe("OpenAPI response schemas against the serializers", () => {
  it("match claimJson, alone and in a page", () => {
    parsesOrExplains(claimSchema, overTheWire(claimJson(claimRecord)), "claimJson");
    parsesOrExplains(claimSchema, overTheWire(claimJson({ ...claimRecord, speaker: null, occurredAt: null, reviewedAt: AT })), "claimJson with nulls");
    parsesOrExplains(claimPageSchema, overTheWire({ items: [claimJson(claimRecord)], nextCursor: "abc" }), "claim page");
  });

  it("match articleSummaryJson in a page", () => {
    parsesOrExplains(articlePageSchema, overTheWire({ items: [articleSummaryJson(articleSummary)], nextCursor: null }), "article page");
  });

  it("match articleJson as the import answers and as GET /articles/{id} answers", () => {
    parsesOrExplains(importedArticleSchema, overTheWire({ ...articleJson(fullArticle), created: true }), "imported article");
    parsesOrExplains(articleDetailSchema.omit({ claims: true }), overTheWire(articleJson(fullArticle, outlet)), "article detail");
  });

  it("match the users list", () => {
    parsesOrExplains(userListSchema, overTheWire({ items: [userRow, { ...userRow, deactivatedAt: AT }] }), "users");
  });

  it("match AppError bodies", () => {
    parsesOrExplains(errorBodySchema, new AppError("conflict", "Stale.", { version: ["Current version is 4."] }).toBody(), "error with fields");
    parsesOrExplains(errorBodySchema, new AppError("unauthenticated", "No token.").toBody(), "error without fields");
  });

  it("reject a field the documentation does not mention", () => {
    assert.equal(claimSchema.safeParse({ ...(overTheWire(claimJson(claimRecord)) as Json), surprise: true }).success, false);
  });
});
