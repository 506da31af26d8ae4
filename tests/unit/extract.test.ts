import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractFromFile, firstNonEmptyLine, htmlToText, isAcceptedFileName } from "@/lib/articles/extract";
import { AppError } from "@/lib/errors";

const PAGE = `<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Dockers walk out in Port Calvane &ndash; The Harbour Ledger</title>
  <style>p { color: red; }</style>
  <script>window.tracking = "SCRIPT-TEXT";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/news">NAV-TEXT</a></nav>
  <header><h1>Dockers walk out in Port&nbsp;Calvane</h1></header>
  <article>
    <p>The union said &ldquo;more than 3,000&rdquo; members joined&nbsp;the strike &mdash; the port&rsquo;s first since 2009.
       <a href="https://example.test/statement">Read the statement</a>.</p>
    <img src="cranes.jpg" alt="IMAGE-ALT">
    <blockquote>&#8220;Nobody asked us,&#8221; said Maren&#xA0;Oduya.</blockquote>
    <h2>What happens next</h2>
    <p>Talks resume on Wednesday.<br>Gate 4 stays shut.</p>
  </article>
  <noscript>NOSCRIPT-TEXT</noscript>
  <form><input name="q"><button>FORM-TEXT</button></form>
  <iframe src="https://ads.example.test/"></iframe>
  <svg><text>SVG-TEXT</text></svg>
  <footer>FOOTER-TEXT</footer>
</body>
</html>`;

describe("htmlToText", () => {
  const { text, title } = htmlToText(PAGE);

  it("drops scripts, styles, navigation, forms, frames, images and footers", () => {
    for (const furniture of ["SCRIPT-TEXT", "color: red", "NAV-TEXT", "Home", "IMAGE-ALT", "NOSCRIPT-TEXT", "FORM-TEXT", "SVG-TEXT", "FOOTER-TEXT"]) {
      assert.ok(!text.includes(furniture), `“${furniture}” should not be in the text`);
    }
  });

  it("decodes entities to the real characters and keeps typography", () => {
    assert.ok(text.includes("The union said \u201Cmore than 3,000\u201D members joined\u00A0the strike \u2014 the port\u2019s first since 2009."));
    assert.ok(text.includes("\u201CNobody asked us,\u201D said Maren\u00A0Oduya."));
    assert.ok(!/&[a-z]+;|&#/.test(text), "no entities left");
  });

  it("renders links as their text only and keeps heading case", () => {
    assert.ok(text.includes("Read the statement."));
    assert.ok(!text.includes("example.test"));
    assert.ok(!text.includes("["));
    assert.ok(text.includes("What happens next"));
    assert.ok(!text.includes("WHAT HAPPENS NEXT"));
  });

  it("separates paragraphs by a blank line, does not wrap, and keeps <br> as a line break", () => {
    assert.equal(
      text,
      [
        "Dockers walk out in Port\u00A0Calvane",
        "The union said \u201Cmore than 3,000\u201D members joined\u00A0the strike \u2014 the port\u2019s first since 2009. Read the statement.",
        "\u201CNobody asked us,\u201D said Maren\u00A0Oduya.",
        "What happens next",
        "Talks resume on Wednesday.\nGate 4 stays shut.",
      ].join("\n\n"),
    );
  });

  it("takes the <title> as the title, else the first <h1>, else none", () => {
    assert.equal(title, "Dockers walk out in Port Calvane \u2013 The Harbour Ledger");
    assert.equal(htmlToText("<h1>Flood &amp; storm</h1><h1>Second</h1><p>Text.</p>").title, "Flood & storm");
    assert.equal(htmlToText("<p>No headline here.</p>").title, null);
    assert.equal(htmlToText("<title>  </title><h1>  Spaced\n   out  </h1>").title, "Spaced out");
  });
});

describe("firstNonEmptyLine", () => {
  it("skips blank and whitespace-only lines and trims", () => {
    assert.equal(firstNonEmptyLine("\n  \r\n\t\u00A0\n  Headline here  \nbody"), "Headline here");
    assert.equal(firstNonEmptyLine("one\rtwo"), "one");
    assert.equal(firstNonEmptyLine(" \n\n"), null);
    assert.equal(firstNonEmptyLine(""), null);
  });
});

describe("extractFromFile", () => {
  it("keeps plain text exactly, typography included", () => {
    const content = "Flood toll disputed\n\nThe governor said \u201Cat least 12\u201D died \u2014 the fire chief said nearly\u00A020.\n";
    const { body, title } = extractFromFile("flood.txt", content);
    assert.deepEqual({ body, title }, { body: content, title: "Flood toll disputed" });
  });

  it("normalises CRLF and lone CR line endings to LF so offsets do not depend on the platform", () => {
    const { body, title } = extractFromFile("windows.TXT", "Title line\r\n\r\nFirst paragraph.\r\nOld Mac line.\rEnd.");
    assert.equal(body, "Title line\n\nFirst paragraph.\nOld Mac line.\nEnd.");
    assert.equal(title, "Title line");
  });

  it("removes a leading byte-order mark, and nothing else", () => {
    const { body, title } = extractFromFile("bom.txt", "\uFEFF  Headline\n\nText with a later \uFEFF kept.");
    assert.equal(body, "  Headline\n\nText with a later \uFEFF kept.");
    assert.equal(title, "Headline");
  });

  it("takes a Markdown heading without its #'s as the title and keeps the Markdown body", () => {
    const content = "\n## Port strike enters day two ##\n\nDockworkers \u2014 *about 1,800* of them \u2014 stayed out.\n";
    const { body, title } = extractFromFile("strike.md", content);
    assert.deepEqual({ body, title }, { body: content, title: "Port strike enters day two" });
    assert.equal(extractFromFile("front.md", "---\nlayout: post\n---\n# Real headline\n\nText.").title, "Real headline");
  });

  it("converts .html and .htm files to text", () => {
    const { body, title } = extractFromFile("page.HTM", "<title>T</title><p>A&nbsp;b</p>");
    assert.deepEqual({ body, title }, { body: "A\u00A0b", title: "T" });
    assert.equal(extractFromFile("page.html", PAGE).body, htmlToText(PAGE).text);
  });

  it("has no title when the text is blank", () => {
    assert.equal(extractFromFile("blank.txt", "\n \n").title, null);
  });

  it("cuts an over-long first line to a headline-sized title", () => {
    const title = extractFromFile("long.txt", `${"word ".repeat(200)}\nbody`).title ?? "";
    assert.ok(title.length <= 500 && title.endsWith("\u2026"), `got ${title.length} characters`);
  });

  it("refuses other file types with a message listing the accepted ones", () => {
    for (const name of ["report.pdf", "notes.docx", "README"]) {
      assert.throws(
        () => extractFromFile(name, "x"),
        (error: unknown) =>
          error instanceof AppError && error.code === "bad_request" && error.message.includes(name) && /\.txt.*\.md.*\.html.*\.htm/.test(error.message),
      );
    }
    assert.equal(isAcceptedFileName("a.Md"), true);
    assert.equal(isAcceptedFileName("a.pdf"), false);
    assert.equal(isAcceptedFileName(".txt"), false);
  });
});
