// `npm run first-load-js`: the JavaScript each page makes the browser download before it is
// interactive, gzipped, from the production build in .next (run `npm run build` first). Next 16
// (Turbopack) no longer prints it, so it is computed from the build's manifests: the root main
// chunks plus the chunks of every entry (layouts, error/not-found boundaries, the page) that the
// page's client-reference manifest lists. Chunks loaded later (next/dynamic) are not counted.
// Exits non-zero if a page reaches the budget.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 170;
const NEXT_DIR = join(process.cwd(), ".next");
const APP_DIR = join(NEXT_DIR, "server", "app");

if (!existsSync(join(NEXT_DIR, "BUILD_ID"))) {
  console.error("No production build in .next: run `npm run build` first.");
  process.exit(2);
}

const gzipped = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(NEXT_DIR, file))).byteLength;
    gzipped.set(file, size);
  }
  return size;
}

function manifests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return manifests(path);
    return entry.name === "page_client-reference-manifest.js" ? [path] : [];
  });
}

const rows: { route: string; kb: number }[] = [];
for (const file of manifests(APP_DIR)) {
  const route = `/${relative(APP_DIR, file).replace(/\/?page_client-reference-manifest\.js$/, "")}`;
  const buildManifest = JSON.parse(readFileSync(join(file.replace(/_client-reference-manifest\.js$/, ""), "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const source = readFileSync(file, "utf8");
  const json = source.slice(source.indexOf("= {") + 2).replace(/;\s*$/, "");
  const manifest = JSON.parse(json) as { entryJSFiles: Record<string, string[]> };
  const files = new Set(buildManifest.rootMainFiles);
  for (const chunks of Object.values(manifest.entryJSFiles)) for (const chunk of chunks) files.add(chunk);
  rows.push({ route, kb: [...files].reduce((total, chunk) => total + gzipSize(chunk), 0) / 1024 });
}

rows.sort((a, b) => b.kb - a.kb);
for (const row of rows) console.log(`${row.kb.toFixed(1).padStart(7)} KB  ${row.route}`);
const over = rows.filter((row) => row.kb >= BUDGET_KB);
console.log(over.length ? `Over the ${BUDGET_KB} KB budget: ${over.map((row) => row.route).join(", ")}` : `Every page's first-load JavaScript is under ${BUDGET_KB} KB gzipped.`);
process.exit(over.length ? 1 : 0);
