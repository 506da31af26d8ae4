// npm run import -- <dir> [--outlet NAME] [--outlet-kind KIND] [--language en]
//
// Imports every .txt, .md, .html and .htm file directly inside <dir> (not sub-folders), in name
// order, as articles of one outlet. Files already imported (same text) are reported, not
// duplicated, so the command can be re-run safely. Exits 1 when any file could not be imported.
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractFromFile, isAcceptedFileName } from "@/lib/articles/extract";
import { importArticle } from "@/lib/articles/mutations";
import { disconnectDb } from "@/lib/db";
import { toAppError } from "@/lib/errors";
import { importArticleSchema } from "@/lib/validation/articles";

const USAGE =
  "npm run import -- <dir> [--outlet NAME] [--outlet-kind AGENCY|NEWSPAPER|BROADCASTER|BLOG|GOVERNMENT|NGO] [--language en]";

function usageError(message: string): never {
  console.error(`${message}\nUsage: ${USAGE}`);
  process.exit(2);
}

function parseCommandLine() {
  try {
    const { values, positionals } = parseArgs({
      options: {
        outlet: { type: "string" },
        "outlet-kind": { type: "string" },
        language: { type: "string" },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 1) usageError(positionals.length === 0 ? "Name the folder to import." : "Name exactly one folder to import.");
    return { dir: positionals[0] ?? "", ...values };
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error));
  }
}

// Strict: a file in another encoding would otherwise be stored with U+FFFD in place of its
// accented letters and quotes, and nobody would notice until a claim failed to match.
const utf8 = new TextDecoder("utf-8", { fatal: true });

type Outcome = "imported" | "present" | "skipped";

async function importFile(path: string, fileName: string, common: { outlet: string; outletKind?: string; language?: string }): Promise<Outcome> {
  let content: string;
  try {
    content = utf8.decode(await readFile(path));
  } catch (error) {
    const reason = error instanceof TypeError ? "it is not UTF-8 text; re-save it as UTF-8" : (error as Error).message;
    console.log(`skipped ${fileName}: ${reason}`);
    return "skipped";
  }
  const { body, title } = extractFromFile(fileName, content);
  const parsed = importArticleSchema.safeParse({
    title: title ?? basename(fileName, extname(fileName)),
    outlet: common.outlet,
    outletKind: common.outletKind,
    language: common.language,
    body,
  });
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
    console.log(`skipped ${fileName}: ${reasons.join("; ")}`);
    return "skipped";
  }
  const { article, created } = await importArticle(null, parsed.data);
  console.log(created ? `imported ${article.title} → ${article.id}` : `already present → ${article.id} (${fileName})`);
  return created ? "imported" : "present";
}

async function main(): Promise<number> {
  const options = parseCommandLine();
  const dir = resolve(options.dir);
  const common = {
    outlet: options.outlet ?? basename(dir),
    outletKind: options["outlet-kind"]?.toUpperCase(),
    language: options.language,
  };
  // Checked once here rather than reported again for every file.
  const { outlet, outletKind, language } = importArticleSchema.shape;
  const outletCheck = outlet.safeParse(common.outlet);
  if (!outletCheck.success) usageError(`--outlet: ${outletCheck.error.issues[0]?.message ?? "not a valid outlet name"}`);
  if (!outletKind.safeParse(common.outletKind).success) usageError(`--outlet-kind must be one of ${outletKind.unwrap().out.options.join(", ")}.`);
  const languageCheck = language.safeParse(common.language);
  if (!languageCheck.success) usageError(`--language: ${languageCheck.error.issues[0]?.message ?? "not a language code"}`);

  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((entry) => entry.isFile() && isAcceptedFileName(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(code === "ENOENT" ? `No folder at ${options.dir}.` : code === "ENOTDIR" ? `${options.dir} is a file, not a folder.` : `Cannot read ${options.dir}: ${(error as Error).message}`);
    return 1;
  }
  if (names.length === 0) {
    console.log(`No .txt, .md, .html or .htm files in ${options.dir}; nothing imported.`);
    return 0;
  }

  const counts: Record<Outcome, number> = { imported: 0, present: 0, skipped: 0 };
  for (const [index, name] of names.entries()) {
    try {
      counts[await importFile(join(dir, name), name, common)] += 1;
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code !== "internal") {
        console.log(`skipped ${name}: ${appError.message}`);
        counts.skipped += 1;
        continue;
      }
      // Unexpected (e.g. the database is down): the remaining files would fail the same way.
      console.log(`skipped ${name}: ${error instanceof Error ? error.message : String(error)}`);
      counts.skipped += names.length - index;
      console.error(`Stopped: the remaining ${names.length - index - 1} file(s) were not attempted.`);
      break;
    }
  }
  console.log(`${counts.imported} imported, ${counts.present} already present, ${counts.skipped} skipped (outlet “${common.outlet}”).`);
  return counts.skipped > 0 ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await disconnectDb().catch(() => undefined);
}
process.exit(code);
