import { defineConfig, devices } from "@playwright/test";
import { SERVER_NODE_FLAGS, serverProcessEnv } from "./lib/server/process-settings";

// Run through `npm run test:e2e`, which prepares a fresh database and sets E2E_PORT/DATABASE_URL.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The specs run with --conditions=react-server (to use lib/ factories); the app server must not.
const { NODE_OPTIONS: _specsOnly, ...serverEnv } = process.env;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two cores: one browser at a time next to the server keeps timings stable.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    // No animated scrolling: a test that reads coordinates right after a step would race the glide.
    reducedMotion: "reduce",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Debian's chromium; Playwright's own browser download is never used.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        },
      },
    },
  ],
  webServer: {
    // The production server entry with its process settings (as in the Docker image), built by
    // `npm run test:e2e`.
    command: ["node", ...SERVER_NODE_FLAGS, "dist/serve.mjs"].join(" "),
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      ...(serverProcessEnv(serverEnv) as Record<string, string>),
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  },
});
