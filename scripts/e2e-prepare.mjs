// The e2e tests' database: a fresh embedded database with the demo data and every spec's own data
// (tests/e2e/fixtures). Run by scripts/e2e-server.mjs before it starts the server, or earlier, beside
// other work, by `npm test` (scripts/test-all.sh): then it leaves a marker and the server skips this.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const root = path.resolve(import.meta.dirname, "..");
export const dataDir = path.join(".data", "e2e");
/** Written after a complete preparation; the server that uses the database removes it. */
export const preparedMarker = path.join(".data", "e2e.prepared");

export function e2eEnv(port) {
  return {
    ...process.env,
    PGLITE_DIR: dataDir,
    // E2E_DATABASE_URL (npm test sets it beside TEST_DATABASE_URL): the server on PostgreSQL instead of
    // the embedded engine; see scripts/test-all.sh for why. Empty: the embedded database, as on a laptop.
    DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
    SMTP_URL: "",
    NEXTAUTH_SECRET: "e2e-secret-not-for-production",
    NEXTAUTH_URL: `http://localhost:${port}`,
    APP_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    // the specs run the recurring jobs themselves (npm run reminders, retention), at known moments
    IN_APP_SCHEDULER: "0",
    CHECKPOINT_DISABLE: "1",
  };
}

export function prepareE2eDatabase(port) {
  process.chdir(root);
  fs.rmSync(preparedMarker, { force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(`${dataDir}.lock`, { force: true });
  if (process.env.E2E_DATABASE_URL) {
    // a fresh database on that server, as the embedded one is a fresh directory
    const url = new URL(process.env.E2E_DATABASE_URL);
    const name = url.pathname.slice(1);
    url.pathname = "/postgres";
    const sql = `DROP DATABASE IF EXISTS "${name}" WITH (FORCE); CREATE DATABASE "${name}";`;
    const script = `const pg=require("pg");(async()=>{const c=new pg.Client(process.argv[1]);await c.connect();for(const q of process.argv[2].split("; "))await c.query(q);await c.end()})().catch(e=>{console.error(e.message);process.exit(1)})`;
    const r = spawnSync("node", ["-e", script, url.href, sql], { stdio: "inherit" });
    if (r.status !== 0) return r.status ?? 1;
  }
  for (const [cmd, args] of [
    ["npx", ["prisma", "migrate", "deploy"]],
    ["npx", ["tsx", "tests/e2e/fixtures/seed.ts"]],
  ]) {
    const r = spawnSync(cmd, args, { stdio: "inherit", env: e2eEnv(port) });
    if (r.status !== 0) return r.status ?? 1;
  }
  // on PostgreSQL nothing has made .data yet (on a fresh checkout)
  fs.mkdirSync(path.dirname(preparedMarker), { recursive: true });
  fs.writeFileSync(preparedMarker, String(port));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exit(prepareE2eDatabase(process.env.E2E_PORT ?? "3100"));
