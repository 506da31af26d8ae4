import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AppError, toAppError } from "@/lib/errors";

describe("error mapping", () => {
  it("maps Prisma errors by code, not message", () => {
    assert.equal(toAppError({ code: "P2002", message: "anything" }).status, 409);
    assert.equal(toAppError({ code: "P2025", message: "" }).status, 404);
    assert.equal(toAppError({ code: "P2003" }).status, 400);
  });
  it("hides unknown errors behind a generic 500", () => {
    const mapped = toAppError(new Error("connection string postgres://secret"));
    assert.equal(mapped.status, 500);
    assert.doesNotMatch(mapped.message, /secret/);
  });
  it("serialises to the API's error body", () => {
    const error = new AppError("quote_mismatch", "Quote differs", { quote: ["Expected …"] });
    assert.equal(error.status, 422);
    assert.deepEqual(error.toBody(), { error: { code: "quote_mismatch", message: "Quote differs", fields: { quote: ["Expected …"] } } });
  });
});
