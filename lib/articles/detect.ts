// Guessing an article's metadata from the text or page being imported, for the import preview.
// Pure: the editor sees every guess in an editable form before anything is saved, so a guess may
// be wrong, but it must never confuse the site's name with the headline.
import type { OutletKind } from "@/lib/generated/prisma/enums";

export type DetectedMetadata = {
  title: string | null;
  /** The site's own name, when the text or page states it (a masthead line, og:site_name). */
  outlet: string | null;
  outletKind: OutletKind | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  language: string | null;
  author: string | null;
};

const HEADLINE_MAX_LINES = 8;

/** Words that end a line which is not a headline but a sentence broken off ("I also write at"). */
const DANGLING = /\b(at|in|on|of|the|a|an|and|or|to|for|by|with|from|via|is)$/i;
/** Page furniture that precedes the headline in copied pages. */
const FURNITURE = /^(posted|published|updated|by\s|share|read also|related|menu|home|search|subscribe|advertisement|skip to)/i;
/** Mastheads: blog names and the stock words of newspaper titles. */
const MASTHEAD = /(weblog|blog|blogspot|wordpress|\bnews\b|\bmail\b|\btimes\b|\bpost\b|\bherald\b|\bgazette\b|\btribune\b|\bjournal\b|\bledger\b|\bchronicle\b|\bexpress\b|\bobserver\b|\bwire\b)$/i;

const words = (line: string): number => line.split(/\s+/).filter(Boolean).length;

function sameName(a: string, b: string): boolean {
  const fold = (value: string) => value.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
  return fold(a) !== "" && fold(a) === fold(b);
}

/**
 * A masthead line: the site's name, as copied pages put it above the headline. Known outlet names
 * and the address's domain count; otherwise a short line (at most four words, no sentence
 * punctuation) counts when it ends like a masthead or when a headline-like line follows it.
 */
function isMasthead(line: string, next: string | undefined, knownNames: readonly string[]): boolean {
  if (knownNames.some((name) => sameName(name, line))) return true;
  if (words(line) > 4 || /[.!?:;“”"‘]/.test(line)) return false;
  // A short line counts as a masthead only above a headline-like line (long, no closing full stop):
  // a one-word title above a first sentence of body text is a headline.
  return MASTHEAD.test(line) || (next !== undefined && words(next) >= 5 && !/[.!?]["”’]?$/.test(next) && words(line) <= 3);
}

function outletKindFor(name: string | null, domain: string | null): OutletKind | null {
  const text = `${name ?? ""} ${domain ?? ""}`.toLowerCase();
  if (!text.trim()) return null;
  if (/weblog|blog|wordpress|substack|medium\.com/.test(text)) return "BLOG";
  if (/\breuters\b|associated press|\bap news\b|\bafp\b|agence|\btass\b|xinhua|anadolu|\bsana\b|\bdpa\b|\bwire\b/.test(text)) return "AGENCY";
  if (/\.gov(\.|$)|\.mil(\.|$)|ministry|government/.test(text)) return "GOVERNMENT";
  if (/\bbbc\b|\bcnn\b|al jazeera|sky news|\bnpr\b|\btv\b|radio|broadcast/.test(text)) return "BROADCASTER";
  return null;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The first date written out near the top: 2017-03-05, March 5, 2017 or 5 March 2017. */
export function findDate(text: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const monthNames = MONTHS.map((month) => month.slice(0, 3)).join("|");
  const american = new RegExp(`\\b(${monthNames})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i").exec(text);
  const british = new RegExp(`\\b(\\d{1,2})\\s+(${monthNames})[a-z]*\\.?,?\\s+(\\d{4})\\b`, "i").exec(text);
  const found = [
    iso ? { at: iso.index, value: isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) } : null,
    american ? { at: american.index, value: isoDay(Number(american[3]), MONTHS.findIndex((m) => m.startsWith(american[1]!.toLowerCase())) + 1, Number(american[2])) } : null,
    british ? { at: british.index, value: isoDay(Number(british[3]), MONTHS.findIndex((m) => m.startsWith(british[2]!.toLowerCase())) + 1, Number(british[1])) } : null,
  ].filter((item): item is { at: number; value: string } => item !== null && item.value !== null);
  found.sort((a, b) => a.at - b.at);
  return found[0]?.value ?? null;
}

const STOPWORDS: Record<string, readonly string[]> = {
  en: ["the", "and", "of", "to", "in", "that", "is", "was", "said", "for"],
  fr: ["le", "la", "les", "et", "des", "du", "est", "une", "que", "dans"],
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu"],
  es: ["el", "los", "las", "y", "que", "del", "en", "por", "una", "para"],
};

/** A language code from the script, or from the commonest short words; null when unsure. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  if ((sample.match(/\p{Script=Arabic}/gu)?.length ?? 0) / letters > 0.5) return "ar";
  if ((sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) / letters > 0.5) return "ru";
  const tokens = sample.toLowerCase().split(/[^\p{L}]+/u);
  const scores = Object.entries(STOPWORDS).map(([code, list]) => [code, tokens.filter((token) => list.includes(token)).length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  return best && best[1] >= 5 && best[1] > (second?.[1] ?? 0) * 1.5 ? best[0] : null;
}

function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

/**
 * Metadata from plain text: the headline is the first line that is neither the site's masthead
 * nor page furniture nor a sentence broken off mid-way; a masthead line found above it is offered
 * as the outlet.
 */
export function detectFromText(text: string, options: { url?: string | null; knownOutlets?: readonly string[] } = {}): DetectedMetadata {
  const domain = domainOf(options.url);
  const known = [...(options.knownOutlets ?? []), ...(domain ? [domain, domain.split(".")[0] ?? ""] : [])].filter(Boolean);
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .slice(0, HEADLINE_MAX_LINES);
  let outlet: string | null = null;
  let title: string | null = null;
  const isFiller = (line: string) => FURNITURE.test(line) || DANGLING.test(line);
  for (const [index, line] of lines.entries()) {
    if (isFiller(line)) continue;
    const next = lines.slice(index + 1).find((candidate) => !isFiller(candidate));
    if (title === null && outlet === null && isMasthead(line, next, known)) {
      outlet = line;
      continue;
    }
    title = line;
    break;
  }
  const head = lines.join("\n");
  return {
    title: title ?? lines[0] ?? null,
    outlet,
    outletKind: outletKindFor(outlet, domain),
    publishedAt: findDate(head),
    language: guessLanguage(text),
    author: /^by\s+([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3})\s*$/mu.exec(head)?.[1] ?? null,
  };
}

function metaContent(html: string, key: string): string | null {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const tag = new RegExp(`<meta\\b[^>]*(?:property|name|itemprop)\\s*=\\s*["']${escaped}["'][^>]*>`, "i").exec(html)?.[0];
  const content = tag ? /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag) : null;
  const value = content?.[1] ?? content?.[2] ?? null;
  return value ? decodeEntities(value).trim() || null : null;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00A0")
    .replace(/&ndash;/g, "\u2013")
    .replace(/&mdash;/g, "\u2014")
    .replace(/&amp;/g, "&");
}

/** "Headline – Site Name" → "Headline", when the other part is the site's name. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const kept = siteName ? parts.filter((part) => !sameName(part, siteName)) : parts.slice(0, -1);
  // Without a known site name, the shorter trailing part is taken to be it only if it is short.
  if (!siteName && words(parts.at(-1) ?? "") > 4) return title;
  return kept.length ? kept.join(" – ") : title;
}

/**
 * Metadata from a web page: Open Graph and article meta tags first, then the <title> without the
 * site name when it contains the <h1>, else the <h1>; the site name itself is never the headline. `text` is the page's
 * readable text (for the language and date when the tags are missing).
 */
export function detectFromHtml(html: string, text: string, pageTitle: string | null, options: { url?: string | null; knownOutlets?: readonly string[] } = {}): DetectedMetadata {
  const siteName = metaContent(html, "og:site_name") ?? metaContent(html, "application-name");
  const fromText = detectFromText(text, options);
  const h1Raw = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1]?.replace(/<[^>]+>/g, "");
  const h1 = h1Raw ? decodeEntities(h1Raw).replace(/\s+/g, " ").trim() || null : null;
  // The <title> wins over the <h1> only when it is the fuller form of the same headline; a <title>
  // that does not contain the <h1> is usually the site's name or a section.
  const strippedTitle = pageTitle ? stripSiteName(pageTitle, siteName) : null;
  const titleFirst = strippedTitle !== null && (h1 === null || strippedTitle.toLowerCase().includes(h1.toLowerCase()));
  const candidates = [metaContent(html, "og:title"), metaContent(html, "twitter:title"), ...(titleFirst ? [strippedTitle, h1] : [h1, strippedTitle])]
    .filter((value): value is string => Boolean(value))
    .map((value) => stripSiteName(value, siteName))
    .filter((value) => !(siteName && sameName(value, siteName)) && !(fromText.outlet && sameName(value, fromText.outlet)));
  const published = metaContent(html, "article:published_time") ?? metaContent(html, "datePublished") ?? /<time\b[^>]*datetime\s*=\s*["']([^"']+)["']/i.exec(html)?.[1] ?? null;
  const publishedDay = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  const lang = /<html\b[^>]*\blang\s*=\s*["']([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)["']/i.exec(html)?.[1] ?? metaContent(html, "og:locale")?.replace("_", "-") ?? null;
  const outlet = siteName ?? fromText.outlet;
  return {
    title: candidates[0] ?? fromText.title,
    outlet,
    outletKind: outletKindFor(outlet, domainOf(options.url)),
    publishedAt: publishedDay ?? fromText.publishedAt,
    language: lang ?? fromText.language,
    author: metaContent(html, "author") ?? metaContent(html, "article:author") ?? fromText.author,
  };
}
