// Turning an uploaded file or a fetched page into the text an article is stored with. Pure: no I/O,
// so the importer script, the URL fetcher and the upload form all extract text the same way.
//
// What is kept exactly and what is normalised:
// - Plain text and Markdown are kept character for character, except that a leading byte-order mark
//   is dropped and CRLF / lone CR line endings become LF. Claims point into the body by UTF-16
//   offsets, and the same file saved on Windows and on macOS must give the same offsets (and the
//   same content hash, so a re-import is recognised).
// - HTML becomes readable text: page furniture (scripts, navigation, forms…) is dropped, entities
//   are decoded to the real characters, and typography (curly quotes, dashes, non-breaking spaces)
//   is kept because editors quote it and claims must match it.
import { compile, type HtmlToTextOptions, type SelectorDefinition } from "html-to-text";
import { detectFromHtml, detectFromText, type DetectedMetadata } from "@/lib/articles/detect";
import { badRequest } from "@/lib/errors";
import { importArticleSchema } from "@/lib/validation/articles";

export type ExtractedText = { text: string; title: string | null };
/** `title` is the detected headline (never the site's name); `detected` the rest of the guesses for the preview. */
export type ExtractedFile = { body: string; title: string | null; detected: DetectedMetadata };

/** File types the importers accept, by extension (lower case, with the dot). */
export const ACCEPTED_FILE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

const TITLE_MAX_CHARS = importArticleSchema.shape.title.maxLength ?? 500;

// Elements that are never article text. Images are skipped rather than rendered as "[alt]" so
// that captions written by the page appear once, as the page's own text.
// head and title matter for fragments and malformed pages, which have no <body> to start from.
const SKIPPED = ["head", "title", "meta", "link", "script", "style", "noscript", "template", "nav", "footer", "form", "button", "iframe", "svg", "img", "hr"];

const BLOCK = { leadingLineBreaks: 2, trailingLineBreaks: 2 };

const selectors: SelectorDefinition[] = [
  ...SKIPPED.map((selector) => ({ selector, format: "skip" })),
  // Link text only: "[https://…]" suffixes would become part of the stored body and its offsets.
  { selector: "a", options: { ignoreHref: true } },
  // Headings keep their case: an upper-cased headline is not what the outlet published.
  ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { ...BLOCK, uppercase: false } })),
  { selector: "p", options: BLOCK },
  // The default prefixes quoted lines with "> ", which would end up inside quoted claims.
  { selector: "blockquote", format: "block", options: BLOCK },
  // Tables in news pages are mostly layout; a text grid would wrap and pad their sentences.
  { selector: "table", format: "block", options: BLOCK },
  { selector: "tr", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
  ...["td", "th"].map((selector) => ({ selector, format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } })),
];

const bodyOptions: HtmlToTextOptions = { wordwrap: false, selectors };
const convertBody = compile(bodyOptions);

function firstElementConverter(selector: string) {
  return compile({
    ...bodyOptions,
    // Same-selector definitions merge, later wins: <title> must not be skipped when it is the source.
    selectors: [...selectors, { selector, format: "block" }],
    baseElements: { selectors: [selector], returnDomByDefault: false },
    limits: { maxBaseElements: 1 },
  });
}
const convertTitleElement = firstElementConverter("title");
const convertFirstH1 = firstElementConverter("h1");

/** Headline-sized: one line, trimmed, cut at a word boundary if it would not fit the title field. */
function cleanTitle(raw: string | null | undefined): string | null {
  const title = (raw ?? "").replace(/\s+/g, " ").trim();
  if (!title) return null;
  if (title.length <= TITLE_MAX_CHARS) return title;
  const cut = title.slice(0, TITLE_MAX_CHARS - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > TITLE_MAX_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The first line with anything but whitespace on it, trimmed; null when there is none. */
export function firstNonEmptyLine(text: string): string | null {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed) return trimmed;
  }
  return null;
}

/** The readable text of an HTML document, and its title (the <title>, else the first <h1>). */
export function htmlToText(html: string): ExtractedText {
  const source = html.replace(/^\uFEFF/, "");
  const text = convertBody(source).replace(/\r\n?/g, "\n");
  const title = cleanTitle(convertTitleElement(source)) ?? cleanTitle(convertFirstH1(source));
  return { text, title };
}

function normalizeLineEndings(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** "# Headline #" → "Headline"; YAML front matter is not a headline. */
function markdownTitle(markdown: string): string | null {
  const withoutFrontMatter = markdown.replace(/^---\n[\s\S]*?\n(?:---|\.\.\.)\n/, "");
  const line = firstNonEmptyLine(withoutFrontMatter);
  if (!line) return null;
  return cleanTitle(line.replace(/^#{1,6}(?:\s+|$)/, "").replace(/\s+#+$/, ""));
}

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** Whether the importers take this file, judged by its extension. */
export function isAcceptedFileName(fileName: string): boolean {
  return (ACCEPTED_FILE_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}

/**
 * The article body and a suggested title from a file's text. Plain text and Markdown are kept as
 * written (only the BOM and CRLF line endings are normalised), HTML is converted to text.
 */
export function extractFromFile(fileName: string, content: string, context: { url?: string | null; knownOutlets?: readonly string[] } = {}): ExtractedFile {
  const extension = extensionOf(fileName);
  switch (extension) {
    case ".txt": {
      const body = normalizeLineEndings(content);
      const detected = detectFromText(body, context);
      return { body, title: cleanTitle(detected.title), detected };
    }
    case ".md": {
      const body = normalizeLineEndings(content);
      const detected = detectFromText(body, context);
      return { body, title: markdownTitle(body), detected };
    }
    case ".html":
    case ".htm": {
      const { text, title } = htmlToText(content);
      const detected = detectFromHtml(content, text, title, context);
      return { body: text, title: cleanTitle(detected.title), detected };
    }
    default:
      throw badRequest(
        `${fileName} is not a file type Claimdesk imports${extension ? ` (${extension})` : ""}. ` +
          `Use plain text (.txt), Markdown (.md) or a saved web page (.html, .htm).`,
      );
  }
}
