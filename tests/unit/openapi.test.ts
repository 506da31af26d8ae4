import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { z } from "zod";
import { BEARER_SCHEME, buildOpenApiDocument, REQUEST_EXAMPLES } from "@/lib/api/openapi";
import {
  articleMetadataSchema,
  linkReviewResultSchema,
  publishStateSchema,
  articleDetailSchema,
  articlePageSchema,
  claimCandidateListSchema,
  claimDetailSchema,
  claimExportSchema,
  claimLinkRecordSchema,
  claimPageSchema,
  claimReviewSchema,
  claimSchema,
  errorBodySchema,
  importedArticleSchema,
  linkSuggestionListSchema,
  sourceRecordSchema,
  statusChangeResultSchema,
  userListSchema,
} from "@/lib/api/openapi-responses";
import type { ArticleSummary } from "@/lib/articles/queries";
import { candidateItem } from "@/lib/candidates/rules";
import { articleJson, articleMetadataJson, articleSummaryJson } from "@/lib/articles/serialize";
import type { publishClaim } from "@/lib/claims/publish";
import type { listSourcesOfClaim } from "@/lib/claims/queries";
import { claimFacts } from "@/lib/assist/claim-facts";
import { claimJson, type ClaimRecord } from "@/lib/claims/serialize";
import type { changeClaimStatus } from "@/lib/claims/status";
import { AppError } from "@/lib/errors";
import { claimExportJson, claimLinks, claimReview, CSV_COLUMNS, type ExportClaim, type ExportConfig } from "@/lib/export/rows";
import { claimReviewPlan, csvPlan, exportDownload, exportWhereSql, jsonPlan } from "@/lib/export/stream";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ClaimKind } from "@/lib/generated/prisma/enums";
import type { createLink } from "@/lib/links/mutations";
import type { listLinksOfClaim } from "@/lib/links/queries";
import { orientLink } from "@/lib/links/rules";
import type { addSource } from "@/lib/sources/mutations";
import type { LinkSuggestion } from "@/lib/suggestions/queries";
import { relate, type MatchClaim } from "@/lib/assist/match";
import type { userListSelect } from "@/lib/users/queries";
import { candidateSpanSchema } from "@/lib/validation/candidates";
import { importArticleSchema, listArticlesQuerySchema, updateArticleSchema } from "@/lib/validation/articles";
import { createClaimSchema, deleteClaimSchema, listClaimsQuerySchema, updateClaimSchema } from "@/lib/validation/claims";
import { createLinkSchema, sourceSchema, statusChangeSchema } from "@/lib/validation/evidence";
import { EXPORT_FORMATS, exportQuerySchema } from "@/lib/validation/export";

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

const API_DIRECTORY = new URL("../../app/api/v1/", import.meta.url);

// The document's own route (it is the description, not part of what it describes) and the
// catch-all that answers a JSON 404 for every address no endpoint serves.
const UNDOCUMENTED_ROUTES = new Set(["/api/v1/openapi.json", "/api/v1/[[...path]]"]);

/** Every route handler under app/api/v1, as its OpenAPI path ("[id]" folders become "{id}"). */
function routeFilePaths(): string[] {
  const files = readdirSync(API_DIRECTORY, { recursive: true, encoding: "utf8" }).filter((file) => /(^|[\\/])route\.ts$/.test(file));
  return files
    .map((file) => `/api/v1/${file.replace(/\\/g, "/").replace(/\/?route\.ts$/, "")}`.replace(/\/$/, "").replace(/\[(\w+)\]/g, "{$1}"))
    .filter((path) => !UNDOCUMENTED_ROUTES.has(path))
    .sort();
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
  "/api/v1/articles/{id}/candidates": ["get"],
  "/api/v1/articles/{id}/candidates/accept": ["post"],
  "/api/v1/articles/{id}/candidates/dismiss": ["post"],
  "/api/v1/articles/{id}/candidates/restore": ["post"],
  "/api/v1/articles/{id}": ["delete", "get", "patch"],
  "/api/v1/claims": ["get", "post"],
  "/api/v1/claims/{id}": ["delete", "get", "patch"],
  "/api/v1/claims/{id}/sources": ["post"],
  "/api/v1/claims/{id}/status": ["post"],
  "/api/v1/claims/{id}/publish": ["delete", "post"],
  "/api/v1/claims/{id}/suggestions": ["get"],
  "/api/v1/export": ["get"],
  "/api/v1/links": ["post"],
  "/api/v1/links/{id}": ["delete"],
  "/api/v1/links/{id}/review": ["post"],
  "/api/v1/sources/{id}": ["delete", "patch"],
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

  it("documents every route file under app/api/v1, with exactly the methods it exports", () => {
    const files = routeFilePaths();
    assert.ok(files.includes("/api/v1/claims/{id}"), `the walk should find the [id] routes; found ${files.join(", ")}`);
    assert.deepEqual(files, Object.keys(EXPECTED_ROUTES).sort(), "route files and documented paths differ");
    for (const path of files) {
      assert.deepEqual(EXPECTED_ROUTES[path], exportedMethods(routeSource(path)), `app${path}/route.ts exports other methods than are documented`);
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
      ["/api/v1/links", "post", "409"],
      ["/api/v1/links", "post", "404"],
      ["/api/v1/claims/{id}/status", "post", "403"],
      ["/api/v1/sources/{id}", "delete", "404"],
      ["/api/v1/export", "get", "400"],
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

  it("describes the export's three media types, its filters and its download header", () => {
    const ok = resolve(asObject(operationById("exportClaims").responses, "responses")["200"], "export 200");
    const content = asObject(ok.content, "content");
    assert.deepEqual(Object.keys(content).sort(), ["application/json", "application/ld+json", "text/csv"]);
    assert.deepEqual(asObject(content["application/json"], "json").schema, { $ref: "#/components/schemas/ClaimExport" });
    const ldSchema = asObject(asObject(content["application/ld+json"], "ld+json").schema, "ld+json schema");
    assert.equal(ldSchema.type, "array");
    assert.deepEqual(ldSchema.items, { $ref: "#/components/schemas/ClaimReview" });
    assert.ok(asObject(ok.headers, "headers")["Content-Disposition"], "Content-Disposition");

    const query = parameters(operationById("exportClaims"), "query");
    assert.deepEqual(query.map((parameter) => parameter.name).sort(), Object.keys(exportQuerySchema.shape).sort());
    const format = query.find((parameter) => parameter.name === "format");
    assert.equal(format?.required, true);
    assert.deepEqual(stringList(asObject(format?.schema, "format schema").enum, "format enum"), [...EXPORT_FORMATS]);
    for (const parameter of query) assert.equal(typeof parameter.description, "string", `${String(parameter.name)} should say what it filters`);
    // `from` shares its zod instance with every other date, so its meaning is set per operation.
    assert.match(String(query.find((parameter) => parameter.name === "from")?.description), /published on or after/);

    const description = String(operationById("exportClaims").description);
    for (const column of CSV_COLUMNS) assert.ok(description.includes(column), `CSV column ${column} is not described`);
  });

  it("explains the review workflow and gives the status call its own error meanings", () => {
    const operation = operationById("changeClaimStatus");
    const description = String(operation.description);
    for (const word of ["DRAFT", "IN_REVIEW", "DISPUTED", "VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE", "reopen", "Two-person rule", "`note`"]) {
      assert.ok(description.includes(word), `the workflow description should mention ${word}`);
    }
    const responses = asObject(operation.responses, "responses");
    // The shared 409 speaks of versions, which this call does not take.
    assert.doesNotMatch(String(resolve(responses["409"], "409").description), /version/);
    assert.match(String(resolve(responses["403"], "403").description), /two-person/);
  });

  it("says that symmetric links are stored with the smaller id first", () => {
    assert.match(String(operationById("createLink").description), /smaller claim id/);
    assert.match(String(resolve({ $ref: "#/components/schemas/ClaimLink" }, "ClaimLink").description), /smaller claim id/);
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
  addSource: sourceSchema,
  updateSource: sourceSchema,
  createLink: createLinkSchema,
  changeClaimStatus: statusChangeSchema,
  acceptCandidate: candidateSpanSchema,
  dismissCandidate: candidateSpanSchema,
  restoreCandidate: candidateSpanSchema,
  updateArticle: updateArticleSchema,
};

const QUERY_VALIDATORS: Record<string, z.ZodType> = {
  listArticles: listArticlesQuerySchema,
  listClaims: listClaimsQuerySchema,
  deleteClaim: deleteClaimSchema,
  exportClaims: exportQuerySchema,
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
    });

    it(`${operationId}: the parameters documented as required are exactly what the validator requires`, () => {
      const example = exampleFor(operationId);
      const query = parameters(operationById(operationId), "query");
      const required = query.filter((parameter) => parameter.required === true).map((parameter) => String(parameter.name));
      for (const key of required) assert.ok(key in example, `${operationId}: the example should send the required ${key}`);
      for (const key of Object.keys(example)) {
        const accepted = validator.safeParse(without(example, key)).success;
        assert.equal(accepted, !required.includes(key), `${operationId}: leaving out ${key} should ${required.includes(key) ? "fail" : "pass"}`);
      }
      const minimal = Object.fromEntries(Object.entries(example).filter(([key]) => required.includes(key)));
      parsesOrExplains(validator, minimal, `${operationId} with only its required parameters (${required.join(", ") || "none"})`);
    });
  }

  it("links two different claims in the example, already in stored order", () => {
    const { fromClaimId, toClaimId, kind } = REQUEST_EXAMPLES.createLink;
    assert.notEqual(fromClaimId, toClaimId, "a self-link is refused with 400");
    // Otherwise the 201 would show the ids swapped, which a reader of the example would not expect.
    assert.deepEqual(orientLink(fromClaimId, toClaimId, kind), { fromClaimId, toClaimId });
  });

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
  publishedAt: null,
  version: 1,
  createdAt: AT,
  updatedAt: AT,
  createdById: ID,
  updatedById: ID,
  facts: claimFacts("The council approved 12 km of new bus lanes on Tuesday", { start: 4, end: 43 }, {
    kind: "QUANTITY",
    subject: "new bus lanes",
    speaker: "The mayor",
    value: 12,
    valueMax: null,
    qualifier: "EXACT",
    unit: "km",
    place: null,
  }).facts,
  subjectKey: null,
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
  version: 1,
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

type SourceRow = Awaited<ReturnType<typeof addSource>>;
type LinkRow = Awaited<ReturnType<typeof createLink>>;

const sourceRow: SourceRow = {
  id: ID,
  claimId: OTHER_ID,
  url: "https://council.example/minutes/2026-03-01.pdf",
  title: "Minutes of the council meeting, 1 March 2026",
  publisher: "City Council",
  kind: "OFFICIAL",
  accessedAt: AT,
  archiveUrl: null,
  note: null,
  createdById: ID,
  createdAt: AT,
  updatedAt: AT,
};

const linkRow: LinkRow = { id: ID, fromClaimId: ID, toClaimId: OTHER_ID, kind: "CONTRADICTS", note: "9 km, says the department.", createdById: null, createdAt: AT };

// What listSourcesOfClaim and listLinksOfClaim return; typed by them, so a changed select fails to compile here.
const listedSource: Awaited<ReturnType<typeof listSourcesOfClaim>>[number] = {
  id: sourceRow.id,
  url: sourceRow.url,
  title: sourceRow.title,
  publisher: sourceRow.publisher,
  kind: sourceRow.kind,
  accessedAt: sourceRow.accessedAt,
  archiveUrl: sourceRow.archiveUrl,
  note: sourceRow.note,
  createdAt: sourceRow.createdAt,
};

const otherClaim = {
  id: OTHER_ID,
  articleId: OTHER_ID,
  quote: "9 km of bus lanes",
  status: "DRAFT" as const,
  subject: "new bus lanes",
  speaker: null,
  article: { title: "Bus lanes: the figures", outlet: { name: "Meridian Wire" } },
};

const listedLinks: Awaited<ReturnType<typeof listLinksOfClaim>> = [
  { id: ID, kind: "CONTRADICTS", note: null, fromClaimId: ID, createdAt: AT, challengesVerdictOfId: null, other: otherClaim },
  { id: OTHER_ID, kind: "UPDATES", note: "Later figure.", fromClaimId: OTHER_ID, createdAt: AT, challengesVerdictOfId: null, other: otherClaim },
];

const exportClaim: ExportClaim = {
  id: ID,
  articleId: OTHER_ID,
  start: 4,
  end: 43,
  quote: "council approved 12 km of new bus lanes",
  kind: "QUANTITY",
  subject: "new bus lanes",
  value: 12,
  valueMax: null,
  qualifier: "EXACT",
  unit: "km",
  occurredAt: AT,
  place: null,
  note: null,
  status: "VERIFIED",
  verdictRationale: "The council minutes record 12 km.",
  reviewedAt: AT,
  publishedAt: null,
  createdAt: AT,
  updatedAt: AT,
  speaker: { id: ID, name: "The mayor", kind: "PERSON" },
  article: { id: OTHER_ID, title: "Council approves new bus lanes", url: "https://meridianwire.example/2026/03/bus-lanes", publishedAt: AT, outlet: { id: ID, name: "Meridian Wire", kind: "AGENCY" } },
  sources: [{ id: ID, url: sourceRow.url, title: null, publisher: null, kind: "OFFICIAL", accessedAt: AT, archiveUrl: null, note: null }],
  linksFrom: [{ id: ID, kind: "CONTRADICTS", toClaimId: OTHER_ID, note: null }],
  linksTo: [{ id: OTHER_ID, kind: "SUPPORTS", fromClaimId: OTHER_ID, note: "Same figure." }],
};

/** A claim with every optional part missing, and the verdict that has no point on the rating scale. */
const bareExportClaim: ExportClaim = {
  ...exportClaim,
  status: "UNVERIFIABLE",
  speaker: null,
  reviewedAt: null,
  article: { ...exportClaim.article, url: null, publishedAt: null },
  sources: [],
  linksFrom: [],
  linksTo: [],
};

const exportConfig: ExportConfig = { publicBaseUrl: "https://claims.example", organisation: { name: "Meridian Fact Desk", url: "https://desk.example" } };

describe("OpenAPI response schemas against the serializers", () => {
  it("match the article correction and publishing answers", () => {
    const corrected = articleMetadataJson({ id: ID, title: "Council approves bus lanes", url: null, author: null, publishedAt: AT, language: "en", version: 2, outlet: { id: OTHER_ID, name: "Meridian Wire" } });
    parsesOrExplains(articleMetadataSchema, overTheWire(corrected), "article metadata");
    const published: Awaited<ReturnType<typeof publishClaim>> = { id: ID, publishedAt: AT.toISOString(), path: `/fact-checks/${ID}` };
    parsesOrExplains(publishStateSchema, overTheWire(published), "published");
    parsesOrExplains(publishStateSchema, overTheWire({ ...published, publishedAt: null, path: null }), "unpublished");
    parsesOrExplains(linkReviewResultSchema, overTheWire({ id: ID, reviewedAt: AT.toISOString() }), "link review");
  });

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

  it("match candidateItem as GET /articles/{id}/candidates lists it, with every field and with none of the optional ones", () => {
    const full = {
      start: 4,
      end: 43,
      quote: "council approved 12 km of new bus lanes",
      kind: "QUANTITY" as const,
      value: 12,
      valueMax: 14,
      qualifier: "RANGE" as const,
      unit: "km",
      speakerName: "the Mayor",
      speaker: { name: "The mayor" },
      subject: "new bus lanes",
      score: 0.9,
      reason: "A figure with a unit, attributed to the mayor.",
    };
    const bare = { ...full, kind: "EVENT" as const, value: null, valueMax: null, qualifier: null, unit: null, speakerName: null, speaker: null, subject: null };
    parsesOrExplains(claimCandidateListSchema, overTheWire({ items: [candidateItem(full), candidateItem(bare)] }), "candidates");
    assert.deepEqual(Object.keys(candidateItem(bare)).sort(), ["end", "kind", "quote", "reason", "score", "start"]);
  });

  it("match the users list", () => {
    parsesOrExplains(userListSchema, overTheWire({ items: [userRow, { ...userRow, deactivatedAt: AT }] }), "users");
  });

  it("match AppError bodies", () => {
    parsesOrExplains(errorBodySchema, new AppError("conflict", "Stale.", { version: ["Current version is 4."] }).toBody(), "error with fields");
    parsesOrExplains(errorBodySchema, new AppError("unauthenticated", "No token.").toBody(), "error without fields");
  });

  it("match a source row as POST /claims/{id}/sources and PATCH /sources/{id} send it", () => {
    parsesOrExplains(sourceRecordSchema, overTheWire(sourceRow), "source");
    const cleared = { ...sourceRow, title: null, publisher: null, accessedAt: null, archiveUrl: "https://web.archive.org/web/2026/x", createdById: null };
    parsesOrExplains(sourceRecordSchema, overTheWire(cleared), "source with nulls");
  });

  it("match a link row as POST /links sends it", () => {
    parsesOrExplains(claimLinkRecordSchema, overTheWire(linkRow), "link");
    parsesOrExplains(claimLinkRecordSchema, overTheWire({ ...linkRow, kind: "SUPPORTS", note: null, createdById: ID }), "link with a creator");
  });

  it("match GET /claims/{id}: the claim with its sources and links", () => {
    // The same mapping as app/api/v1/claims/[id]/route.ts, which cannot be imported without a database.
    const detail = {
      ...claimJson(claimRecord),
      sources: [listedSource],
      links: listedLinks.map((link) => ({
        id: link.id,
        kind: link.kind,
        note: link.note,
        direction: link.fromClaimId === claimRecord.id ? "outgoing" : "incoming",
        otherClaimId: link.other.id,
      })),
    };
    parsesOrExplains(claimDetailSchema, overTheWire(detail), "claim detail");
    parsesOrExplains(claimDetailSchema, overTheWire({ ...claimJson(claimRecord), sources: [], links: [] }), "claim detail without evidence");
  });

  it("match the status change result", () => {
    const result: Awaited<ReturnType<typeof changeClaimStatus>> = { status: "VERIFIED", version: 4 };
    parsesOrExplains(statusChangeResultSchema, overTheWire(result), "status change");
  });

  it("match the suggestions list", () => {
    const facts = claimRecord.facts as MatchClaim["facts"];
    const target: MatchClaim = { id: ID, articleId: ID, start: 0, publishedAt: AT, outlet: "Meridian Wire", facts };
    const suggestion = relate(target, { ...target, id: OTHER_ID, articleId: OTHER_ID, facts: { ...facts, value: 9 } });
    assert.ok(suggestion, "12 km and 9 km on the same subject should be suggested");
    // As suggestLinksFor maps a ranked suggestion (it queries the database, so it is rebuilt here).
    const item: LinkSuggestion = {
      kind: suggestion.kind,
      score: Math.round(suggestion.score * 100) / 100,
      reason: suggestion.reason,
      claim: { id: OTHER_ID, articleId: OTHER_ID, quote: "9 km of bus lanes", subject: "new bus lanes", status: "DRAFT", speaker: null, outlet: "Meridian Wire", publishedAt: AT.toISOString() },
    };
    parsesOrExplains(linkSuggestionListSchema, overTheWire({ items: [item, { ...item, claim: { ...item.claim, speaker: "The mayor", publishedAt: null } }] }), "suggestions");
    parsesOrExplains(linkSuggestionListSchema, { items: [] }, "no suggestions");
  });

  it("match the JSON export of claimExportJson", () => {
    const body = { claims: [claimExportJson(exportClaim), claimExportJson(bareExportClaim), claimExportJson({ ...exportClaim, status: "DRAFT" })] };
    parsesOrExplains(claimExportSchema, overTheWire(body), "JSON export");
  });

  it("match the links of GET /claims/{id} and of the JSON export with one schema", () => {
    // Both are documented as LinkedClaim; the export's come from claimLinks.
    const [exported] = claimExportSchema.parse(overTheWire({ claims: [claimExportJson(exportClaim)] })).claims;
    assert.deepEqual(exported?.links, claimLinks(exportClaim));
  });

  it("match ClaimReview for every verdict, with and without the optional parts", () => {
    for (const status of ["VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"] as const) {
      const review = claimReview({ ...exportClaim, status }, exportConfig);
      assert.ok(review, `${status} should have a ClaimReview`);
      parsesOrExplains(claimReviewSchema, overTheWire(review), `ClaimReview ${status}`);
    }
    const bare = claimReview(bareExportClaim, { ...exportConfig, organisation: { name: "Meridian Fact Desk" } });
    assert.ok(bare);
    parsesOrExplains(claimReviewSchema, overTheWire(bare), "ClaimReview without speaker, article url or dates");
  });

  it("match the export's media types and download header", async () => {
    // An empty first batch: the stream ends without a query.
    const documented = Object.keys(asObject(resolve(asObject(operationById("exportClaims").responses, "r")["200"], "200").content, "content"));
    for (const format of EXPORT_FORMATS) {
      const query = exportQuerySchema.parse({ format });
      const where = exportWhereSql(query);
      const options = { now: AT };
      const response =
        query.format === "csv"
          ? exportDownload(query.format, csvPlan(where), { items: [], count: 0, last: null }, options)
          : query.format === "json"
            ? exportDownload(query.format, jsonPlan(where), { items: [], count: 0, last: null }, options)
            : exportDownload(query.format, claimReviewPlan(where, exportConfig), { items: [], count: 0, last: null }, options);
      const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
      assert.ok(documented.includes(mediaType), `${format} is sent as ${mediaType}, which is not documented`);
      assert.match(response.headers.get("content-disposition") ?? "", /^attachment; filename="claimdesk-(claims|claimreview)-2026-03-02\.(csv|json)"$/);
      await response.body?.cancel();
    }
  });

  it("reject a field the documentation does not mention", () => {
    assert.equal(claimSchema.safeParse({ ...(overTheWire(claimJson(claimRecord)) as Json), surprise: true }).success, false);
    assert.equal(sourceRecordSchema.safeParse({ ...(overTheWire(sourceRow) as Json), surprise: true }).success, false);
    assert.equal(claimLinkRecordSchema.safeParse({ ...(overTheWire(linkRow) as Json), surprise: true }).success, false);
  });
});
