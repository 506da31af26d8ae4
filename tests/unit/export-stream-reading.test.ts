import assert from "node:assert/strict";
import { test } from "node:test";
import { exportErrorMessage, fileNameFromDisposition, recordCounter } from "@/components/export/stream-reading";

function countIn(format: "csv" | "json" | "claimreview", chunks: string[]): number[] {
  const counter = recordCounter(format);
  return chunks.map((chunk) => {
    counter.push(chunk);
    return counter.count;
  });
}

test("CSV: records are line breaks outside quotes, minus the header, across chunk boundaries", () => {
  const file = '\uFEFFclaim_id,quote\r\n1,"He said ""no""\r\nthen left"\r\n2,plain\r\n';
  assert.deepEqual(countIn("csv", [file]), [2]);
  // Split in the middle of a quoted line break and of a doubled quote.
  const cut = file.indexOf("then") - 1;
  assert.deepEqual(countIn("csv", [file.slice(0, 30), file.slice(30, cut), file.slice(cut)]), [0, 0, 2]);
  assert.deepEqual(countIn("csv", ["claim_id,quote\r\n"]), [0]);
  assert.deepEqual(countIn("csv", [""]), [0]);
});

test("JSON and ClaimReview: objects directly inside the first array, not nested ones or braces in strings", () => {
  const json = '{"claims":[{"id":"a","quote":"a } { [ \\" ]","sources":[{"id":"s"}],"links":{"from":[]}},{"id":"b","sources":[]}]}\n';
  assert.deepEqual(countIn("json", [json]), [2]);
  const chunks = [json.slice(0, 11), json.slice(11, 40), json.slice(40)];
  assert.deepEqual(countIn("json", chunks), [0, 1, 2]);
  const review = '[{"@type":"ClaimReview","itemReviewed":{"@type":"Claim","appearance":[{"url":"x"}]}},{"@type":"ClaimReview"}]\n';
  assert.deepEqual(countIn("claimreview", [review]), [2]);
  assert.deepEqual(countIn("json", ['{"claims":[]}\n']), [0]);
});

test("the file name comes from Content-Disposition, never with a folder", () => {
  assert.equal(fileNameFromDisposition('attachment; filename="claimdesk-claims-2026-12-01.csv"'), "claimdesk-claims-2026-12-01.csv");
  assert.equal(fileNameFromDisposition("attachment; filename=plain.json"), "plain.json");
  assert.equal(fileNameFromDisposition(`attachment; filename="fallback.csv"; filename*=UTF-8''r%C3%A9sum%C3%A9.csv`), "résumé.csv");
  assert.equal(fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="ok.csv"`), "ok.csv");
  assert.equal(fileNameFromDisposition('attachment; filename="../../etc/passwd"'), "passwd");
  assert.equal(fileNameFromDisposition('attachment; filename=".."'), null);
  assert.equal(fileNameFromDisposition("attachment"), null);
  assert.equal(fileNameFromDisposition(null), null);
});

test("a refusal reads as a sentence, with parameters called by their labels", () => {
  const body = { error: { code: "bad_request", message: "Some fields are missing or invalid.", fields: { to: ["`to` must not be before `from`."] } } };
  assert.equal(exportErrorMessage(body, 400, { from: "Published from", to: "Published to" }), "“Published to” must not be before “Published from”.");
  assert.equal(exportErrorMessage({ error: { code: "forbidden", message: "You may not export." } }, 403), "You may not export.");
  assert.equal(exportErrorMessage("<html>", 502), "The export failed on the server. Try again in a moment.");
  assert.equal(exportErrorMessage(null, 404), "The export was refused (HTTP 404).");
});
