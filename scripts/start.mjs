// `npm start`: build when the sources are newer than the build, apply migrations to the database
// (embedded PGlite by default), install the content and (on an empty database) the demo, print the
// first admin's setup link when there is no admin (scripts/prepare-database.ts), then serve on :3000.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { localSecretFile } from "./local-secret.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const port = process.env.PORT ?? "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
env.NEXTAUTH_URL ??= `http://localhost:${port}`;
env.APP_URL ??= env.NEXTAUTH_URL;
env.NEXTAUTH_SECRET ??= localSecret();

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** A per-checkout secret, so a fresh clone needs no configuration and sessions survive restarts. */
function localSecret() {
  const file = localSecretFile(root);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function newestSource(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated") continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public", "prisma/schema.prisma", "package-lock.json", "next.config.js"];
  return sources.some(
    (s) => (fs.existsSync(s) && fs.statSync(s).isDirectory() ? newestSource(s) : fs.existsSync(s) ? fs.statSync(s).mtimeMs : 0) > built,
  );
}

if (needsBuild()) run("npx", ["next", "build"]);
run("npx", ["prisma", "migrate", "deploy"]);
run("node", ["--conditions=react-server", "--import", "tsx", "scripts/prepare-database.ts"]);

// The server runs in this process (no npx → sh → next-server chain that could outlive us): it handles
// SIGTERM/SIGINT itself and closes the database (scripts/serve.mjs).
Object.assign(process.env, env);
const { serve } = await import("./serve.mjs");
await serve({ port: Number(port), dir: root });
