// The dark palette is written twice in app/tokens.css (for the system's dark mode and for the
// reader's explicit choice), because CSS cannot share a block between a media query and a
// selector. This keeps the two copies from drifting apart.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";

const css = readFileSync(join(process.cwd(), "app", "tokens.css"), "utf8");

function declarationsAfter(marker: string): Map<string, string> {
  const start = css.indexOf(marker);
  assert.ok(start >= 0, `tokens.css has ${marker}`);
  const open = css.indexOf("{", start + marker.length - 1);
  const close = css.indexOf("}", open);
  const block = css.slice(open + 1, close);
  return new Map([...block.matchAll(/(--[\w-]+|color-scheme)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

describe("theme tokens", () => {
  it("define the same dark palette for the system's choice and the reader's", () => {
    const system = declarationsAfter(':root:not([data-theme="light"]) {');
    const chosen = declarationsAfter(':root[data-theme="dark"] {');
    assert.ok(system.size > 30, `the dark palette was read (${system.size} declarations)`);
    assert.deepEqual(chosen, system);
  });
});
