// The CSV export's records are written by PostgreSQL (lib/export/csv-sql.ts, decision 026); the
// definition of a record is csvRecord(csvRow()) in lib/export/rows.ts. These tests hold the two to
// the same bytes on rows built to be awkward: every character CSV must quote, line breaks of every
// kind, characters beyond ASCII, missing values, doubles that PostgreSQL writes differently from
// JavaScript, every status, and links of every kind in both directions.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { db, disconnectDb } from "@/lib/db";
import fc from "fast-check";
import { Prisma } from "@/lib/generated/prisma/client";
import { csvFigureSql } from "@/lib/export/csv-sql";
import { CSV_HEADER, csvRecord, csvRow } from "@/lib/export/rows";
import { csvPlan, EXPORT_BATCH_SIZE, exportResponse, exportWhereSql, readExportBatch } from "@/lib/export/stream";
import type { ClaimStatus, LinkKind, Qualifier } from "@/lib/generated/prisma/enums";
import { exportQuerySchema } from "@/lib/validation/export";
import { articleFactory, outletFactory, userFactory } from "../support/factories";

after(disconnectDb);

const unique = crypto.randomUUID().slice(0, 8);

const AWKWARD_TEXTS = [
  `plain ${unique}`,
  `He said "93, at least"`,
  `comma, only`,
  `line one\nline two`,
  `windows\r\nline break`,
  `bare\rreturn`,
  `"quoted at the edges"`,
  `curly “quotes” and ‘apostrophes’ — dash, café, 東京, 🙂`,
  `tab\tinside`,
  ` leading and trailing spaces `,
  `ends with a quote"`,
  `""`,
];
const VALUES: (number | null)[] = [93, 1.5, 1e21, 1e15, 123456789012345680000, 0.00001, -3, 0, 2 / 3, null, 38_000, 0.1 + 0.2];
const STATUSES: ClaimStatus[] = ["DRAFT", "IN_REVIEW", "DISPUTED", "VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"];
const QUALIFIERS: (Qualifier | null)[] = [null, "EXACT", "AT_LEAST", "RANGE", "ABOUT"];

let outletId = "";

before(async () => {
  const user = await userFactory("EDITOR");
  const outlet = await outletFactory(`Outlet, "CSV" ${unique}`);
  outletId = outlet.id;
  const titled = await articleFactory({ outletId: outlet.id, title: `Title with "quotes", commas ${unique}` });
  await db.article.update({ where: { id: titled.id }, data: { url: `https://news.example/${unique}/a?x=1,2`, publishedAt: new Date("2024-05-09T06:00:00.123Z") } });
  // No url and no publication date.
  const bare = await articleFactory({ outletId: outlet.id, title: `Bare ${unique}` });
  const speaker = await db.actor.create({ data: { name: `Minister "Jane", ${unique}`, kind: "PERSON" } });

  const ids: string[] = [];
  for (let index = 0; index < 24; index++) {
    const text = AWKWARD_TEXTS[index % AWKWARD_TEXTS.length]!;
    const value = VALUES[index % VALUES.length]!;
    const qualifier = value === null ? null : QUALIFIERS[index % QUALIFIERS.length]!;
    const claim = await db.claim.create({
      data: {
        articleId: index % 3 === 0 ? bare.id : titled.id,
        start: 0,
        end: 5,
        kind: index % 2 === 0 ? "QUANTITY" : "ATTRIBUTION",
        quote: `${text} #${index}`,
        subject: index % 4 === 0 ? null : text,
        speakerId: index % 5 === 0 ? null : speaker.id,
        value,
        valueMax: qualifier === "RANGE" && value !== null ? value + 10.25 : null,
        qualifier,
        unit: index % 2 === 0 ? `people, "counted"` : null,
        occurredAt: index % 3 === 1 ? new Date(Date.UTC(2024, 2, 1 + index)) : null,
        place: index % 3 === 2 ? `Lusk,\nnorth` : null,
        note: index % 2 === 1 ? AWKWARD_TEXTS[(index + 3) % AWKWARD_TEXTS.length]! : null,
        status: STATUSES[index % STATUSES.length]!,
        verdictRationale: index % 7 >= 3 ? `Rationale, "${index}"\r\n` : null,
        reviewedAt: index % 7 >= 3 ? new Date(Date.UTC(2024, 5, 1, 12, 0, 0, index)) : null,
        createdById: user.id,
        updatedById: user.id,
        sources: index % 4 === 1 ? { create: [{ url: `https://gov.example/${unique}/${index}`, kind: "OFFICIAL" }, { url: `https://data.example/${unique}/${index}.csv?a=1,2`, kind: "DATASET" }] } : undefined,
      },
    });
    ids.push(claim.id);
  }
  // Links of every kind, each claim on both sides of some of them.
  const kinds: LinkKind[] = ["CONTRADICTS", "SUPPORTS", "DUPLICATE", "UPDATES"];
  for (let index = 0; index < ids.length - 1; index++) {
    const kind = kinds[index % kinds.length]!;
    const [from, to] = index % 2 === 0 ? [ids[index]!, ids[index + 1]!] : [ids[index + 1]!, ids[index]!];
    const [low, high] = [from, to].sort() as [string, string];
    const symmetric = kind === "CONTRADICTS" || kind === "DUPLICATE";
    await db.claimLink.create({ data: { fromClaimId: symmetric ? low : from, toClaimId: symmetric ? high : to, kind, createdById: user.id } });
    if (index + 3 < ids.length) await db.claimLink.create({ data: { fromClaimId: ids[index]!, toClaimId: ids[index + 3]!, kind: "SUPPORTS", createdById: user.id } });
  }
});

const whereOfOutlet = () => exportWhereSql(exportQuerySchema.parse({ format: "csv", outlet: outletId }));

describe("CSV records written by PostgreSQL", () => {
  it("are byte for byte what csvRecord(csvRow()) writes, for every awkward row", async () => {
    const where = whereOfOutlet();
    const claims = await readExportBatch(where, null);
    // Pieces of 7 records: 24 claims come as 7 + 7 + 7 + 3.
    const batch = await csvPlan(where, EXPORT_BATCH_SIZE, 7).read(null);
    assert.equal(claims.length, 24);
    assert.equal(batch.count, 24);
    assert.deepEqual(batch.last, { createdAt: claims.at(-1)!.createdAt, id: claims.at(-1)!.id }, "the next cursor is the last claim's key");
    const text = batch.items.join("");
    assert.deepEqual(
      batch.items.map((piece) => piece.split("\r\n").length - 1 >= 7 || piece === batch.items.at(-1)),
      [true, true, true, true],
      "the batch comes in four pieces",
    );
    // Record by record, so that a difference names the claim it is in.
    let offset = 0;
    claims.forEach((claim, index) => {
      const expected = csvRecord(csvRow(claim));
      assert.equal(text.slice(offset, offset + expected.length), expected, `record of claim #${index} (${JSON.stringify(claim.quote)})`);
      offset += expected.length;
    });
    assert.equal(offset, text.length, "nothing after the last record");
    // The rows really hold what the comparison claims to cover.
    const records = claims.map((claim) => csvRow(claim));
    assert.ok(records.some((row) => row.contradicts && row.supports && row.supported_by), "links both ways");
    assert.ok(records.some((row) => row.updates) && records.some((row) => row.superseded_by) && records.some((row) => row.duplicate));
    assert.ok(records.some((row) => row.value === "1e+21") && records.some((row) => row.value === "1000000000000000"), "doubles PostgreSQL writes otherwise");
    assert.ok(records.some((row) => row.verdict) && records.some((row) => !row.verdict));
  });

  it("make up the downloaded file, in batches that visit every claim once", async () => {
    const where = whereOfOutlet();
    const expected = CSV_HEADER + (await readExportBatch(where, null)).map((claim) => csvRecord(csvRow(claim))).join("");
    const response = await exportResponse(exportQuerySchema.parse({ format: "csv", outlet: outletId }));
    // Response.text() would drop the byte order mark, which is part of the file.
    const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    assert.equal(body, `\uFEFF${expected}`);

    // Batches of five, each after the last claim of the one before, add up to the same text.
    const small = csvPlan(where, 5);
    const whole = await csvPlan(where).read(null);
    let joined = "";
    let count = 0;
    let part = await small.read(null);
    for (;;) {
      joined += part.items.join("");
      count += part.count;
      if (part.count < 5 || !part.last) break;
      part = await small.read(part.last);
    }
    assert.equal(count, 24);
    assert.equal(joined, whole.items.join(""), "every claim once, in order");
    assert.ok(EXPORT_BATCH_SIZE > 24);
  });
});

describe("figures in the CSV", () => {
  it("are written as JavaScript writes the same double, for any double", async () => {
    const doubles = fc.sample(fc.oneof(fc.double({ noNaN: true }), fc.integer().map((n) => n * 1000), fc.double({ min: -1e-3, max: 1e-3, noNaN: true }), fc.double({ min: 1e13, max: 1e23, noNaN: true })), 4000);
    const extremes = [0, -0, 1e-4, 1e15, 1e21, 1e-6, 1e-7, 9.999999999999999e14, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 0.1 + 0.2, Infinity, -Infinity];
    const values = [...extremes, ...doubles];
    // Sent as text, so each reaches PostgreSQL as exactly this double.
    const rows = await db.$queryRaw<{ written: string }[]>(
      Prisma.sql`SELECT ${csvFigureSql(Prisma.sql`v.value`)} AS written
                 FROM unnest(${values.map(String)}::text[]) WITH ORDINALITY AS t(text, n) CROSS JOIN LATERAL (SELECT t.text::float8 AS value) v
                 ORDER BY t.n`,
    );
    const mismatches = values.flatMap((value, index) => (rows[index]?.written === String(value) ? [] : [`${String(value)} written as ${rows[index]?.written}`]));
    assert.deepEqual(mismatches.slice(0, 10), []);
    assert.equal(rows.length, values.length);
  });
});
