// The server the e2e tests run against: a fresh embedded database with the demo data and every spec's
// own data (tests/e2e/fixtures), then the production server (scripts/serve.mjs). Seeding comes first: the server holds the lock.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const port = process.env.E2E_PORT ?? "3100";
const dir = path.join(".data", "e2e");
fs.rmSync(dir, { recursive: true, force: true });
fs.rmSync(`${dir}.lock`, { force: true });
const env = {
  ...process.env,
  PGLITE_DIR: dir,
  DATABASE_URL: "",
  SMTP_URL: "",
  NEXTAUTH_SECRET: "e2e-secret-not-for-production",
  NEXTAUTH_URL: `http://localhost:${port}`,
  APP_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  // the specs run the recurring jobs themselves (npm run reminders, retention), at known moments
  IN_APP_SCHEDULER: "0",
  CHECKPOINT_DISABLE: "1",
};
for (const [cmd, args] of [
  ["npx", ["prisma", "migrate", "deploy"]],
  ["npx", ["tsx", "tests/e2e/fixtures/seed.ts"]],
]) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// the same in-process server as `npm start` (scripts/serve.mjs): it handles the signals itself
Object.assign(process.env, env);
const { serve } = await import("./serve.mjs");
await serve({ port: Number(port), dir: root });
