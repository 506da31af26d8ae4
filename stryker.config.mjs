// Mutation testing of the pure rules (`npm run test:mutation`): Stryker changes one thing at a time
// in these files (a < for a <=, a condition for true, …) and runs the unit tests that cover it; a
// change no test notices is a gap in the tests. See the README ("Mutation testing").

/**
 * The files under mutation, in one place: when a rule moves or a new pure module appears, edit
 * this list. MUTATE_FILES (comma-separated) narrows it, e.g. to the files a change touched.
 */
export const PURE_RULES = [
  "lib/permissions.ts",
  "lib/claims/workflow.ts",
  "lib/claims/span.ts",
  "lib/links/rules.ts",
  "lib/pagination/cursor.ts",
  "lib/claims/quantity.ts",
  "lib/assist/match.ts",
  "lib/assist/facts.ts",
  "lib/candidates/rules.ts",
  "lib/export/rows.ts",
];

const only = (process.env.MUTATE_FILES ?? "")
  .split(",")
  .map((file) => file.trim())
  .filter(Boolean);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  mutate: only.length > 0 ? PURE_RULES.filter((file) => only.includes(file)) : PURE_RULES,
  // Message texts are not rules: mutating them only measures whether tests quote every sentence.
  mutator: { excludedMutations: ["StringLiteral"] },
  testRunner: "tap",
  tap: {
    testFiles: ["tests/unit/*.test.ts"],
    // The unit tests run as `npm run test:unit` runs them: TypeScript through tsx, server-only
    // modules importable (react-server condition), TAP on stdout for Stryker to read.
    nodeArgs: ["--conditions=react-server", "--import", "tsx", "--test-reporter=tap", "-r", "{{hookFile}}", "{{testFile}}"],
  },
  // Each mutant runs only the test files that executed its code in the first, instrumented run.
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ["clear-text", "progress", "html"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  ignorePatterns: [".next", ".data", "test-results", "playwright-report", "tests/e2e/.artifacts", "reports"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
