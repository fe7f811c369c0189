import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

// Debian's Chromium, never a downloaded browser. Requires a prior `next build` (npm test does it).
// Its headless shell (Debian's chromium-headless-shell, the same engine without the full browser
// around it: what Playwright itself runs headless) when installed, else the browser: the shell took
// a quarter less CPU for the same tests (docs/stack.md), and the e2e run is CPU-bound on two cores.
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");
export default defineConfig({
  testDir: "tests/e2e",
  // two: one per core; every spec makes its own data (tests/e2e/fixtures), so files run side by side
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    // a trace records every action's DOM snapshot even for tests that pass: on a developer's machine it
    // is worth it for the failures; in CI nobody opens it and it costs CPU on two cores
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    env: { E2E_PORT: String(PORT) },
  },
});
