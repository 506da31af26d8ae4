import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { detectFromHtml, detectFromText, findDate, guessLanguage, stripSiteName } from "@/lib/articles/detect";

const ENGLISH_BODY = "The council said the ferry was evacuated in the night and that the crew was safe. It was the second fire in a month, the harbour master said, and the port is closed for the day.";

describe("detectFromText", () => {
  it("skips a blog's masthead and a broken-off sentence, and offers the masthead as a blog outlet", () => {
    const text = `Marta's Harbour Weblog\n\nI also write a column in Portuguese at\n\n\nFerry evacuated after engine fire off Tessel Point\n\n${ENGLISH_BODY}`;
    const detected = detectFromText(text);
    assert.equal(detected.title, "Ferry evacuated after engine fire off Tessel Point");
    assert.equal(detected.outlet, "Marta's Harbour Weblog");
    assert.equal(detected.outletKind, "BLOG");
    assert.equal(detected.language, "en");
  });

  it("treats a short line above a longer one as the newspaper's name", () => {
    const detected = detectFromText(`Harbour Ledger\n\nCouncil doubles the night-shift allowance for dockworkers\n\nMarch 5, 2026\n\n${ENGLISH_BODY}`);
    assert.equal(detected.title, "Council doubles the night-shift allowance for dockworkers");
    assert.equal(detected.outlet, "Harbour Ledger");
    assert.equal(detected.publishedAt, "2026-03-05");
  });

  it("keeps a first line that is a headline, including a column prefix", () => {
    const detected = detectFromText(`Port Daily: Council Turns Down Meeting With Unions\n\n${ENGLISH_BODY}`);
    assert.equal(detected.title, "Port Daily: Council Turns Down Meeting With Unions");
    assert.equal(detected.outlet, null);
  });

  it("recognises a known outlet's name even when it is long", () => {
    const detected = detectFromText(`The Tessel Valley Morning Courier\nFlood toll rises to nine\n${ENGLISH_BODY}`, { knownOutlets: ["Tessel Valley Morning Courier"] });
    assert.equal(detected.title, "Flood toll rises to nine");
  });
});

describe("detectFromHtml", () => {
  it("prefers og:title, strips the site name from <title>, and reads date, language and author from the tags", () => {
    const html = `<html lang="fr"><head><title>Harbour Ledger</title><meta property="og:site_name" content="Harbour Ledger"><meta property="article:published_time" content="2026-02-14T08:00:00Z"><meta name="author" content="R. Okafor"></head><body><h1>Le ferry évacué</h1></body></html>`;
    const detected = detectFromHtml(html, "Le ferry évacué", "Harbour Ledger");
    assert.equal(detected.title, "Le ferry évacué");
    assert.equal(detected.outlet, "Harbour Ledger");
    assert.equal(detected.publishedAt, "2026-02-14");
    assert.equal(detected.language, "fr");
    assert.equal(detected.author, "R. Okafor");
  });

  it("never returns the site's name as the headline", () => {
    const html = `<html><head><title>Dockers walk out in Port Calvane &ndash; The Harbour Ledger</title><meta property="og:site_name" content="The Harbour Ledger"></head><body><p>${ENGLISH_BODY}</p></body></html>`;
    assert.equal(detectFromHtml(html, ENGLISH_BODY, "Dockers walk out in Port Calvane \u2013 The Harbour Ledger").title, "Dockers walk out in Port Calvane");
  });
});

describe("helpers", () => {
  it("stripSiteName keeps a title whose parts are all long", () => {
    assert.equal(stripSiteName("Flood toll rises - officials disagree on the count of the missing", null), "Flood toll rises - officials disagree on the count of the missing");
    assert.equal(stripSiteName("Flood toll rises | Ledger", null), "Flood toll rises");
  });
  it("findDate reads the three common forms and rejects impossible dates", () => {
    assert.equal(findDate("Posted 14 February 2026 by staff"), "2026-02-14");
    assert.equal(findDate("Feb. 3, 2021"), "2021-02-03");
    assert.equal(findDate("2021-02-30 and nothing else"), null);
  });
  it("guessLanguage says nothing when unsure", () => {
    assert.equal(guessLanguage("Ferry"), null);
    assert.equal(guessLanguage("Пожар на пароме в порту"), "ru");
  });
});

// The reference pages, when present: none of their headlines may be a masthead.
const seedsDir = join(process.cwd(), "..", "shared", "seeds");
describe("reference pages", { skip: !existsSync(seedsDir) && "reference pages not present" }, () => {
  it("takes no masthead or blurb as a headline", () => {
    for (const name of existsSync(seedsDir) ? readdirSync(seedsDir) : []) {
      const detected = detectFromText(readFileSync(join(seedsDir, name), "utf8"));
      assert.ok(detected.title && detected.title.split(/\s+/).length >= 4, `${name}: ${detected.title}`);
      assert.ok(!/weblog|^cyprus mail$/i.test(detected.title ?? ""), `${name}: ${detected.title}`);
    }
  });
});
