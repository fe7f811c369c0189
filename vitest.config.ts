import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Files that replace modules with vi.mock run isolated, each in a fresh module registry, so their
// mocks can never reach another file. Every other file shares its worker's modules with the files run
// before it (isolate: false): importing the app's modules once per worker instead of once per file
// saves about a third of the integration suite's time. Each of those files still gets a database of
// its own (tests/support/test-db.ts), so what they share is code, not state.
// Found by content, not listed by hand: a file added with vi.mock and forgotten here would run shared and
// its mock would silently not apply when another file imported the module first.
const testFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? testFiles(`${dir}/${e.name}`) : e.name.endsWith(".test.ts") ? [`${dir}/${e.name}`] : []));
const ALL = [...testFiles("tests/unit"), ...testFiles("tests/integration")];
const MOCKING = ALL.filter((f) => /\bvi\.mock\(/.test(fs.readFileSync(f, "utf8")));
// listed, not excluded: a project's own `exclude` would replace the command line's (scripts/test-all.sh)
const SHARED = ALL.filter((f) => !MOCKING.includes(f));

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    // an unexpected console.error fails the test (expectConsoleError declares an expected one)
    setupFiles: ["tests/support/console-guard.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: "shared", include: SHARED, isolate: false },
      },
      { extends: true, test: { name: "isolated", include: MOCKING, isolate: true } },
    ],
  },
});
