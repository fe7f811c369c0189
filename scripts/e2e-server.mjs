// The server the e2e tests run against: a fresh embedded database with the demo data and every spec's
// own data (scripts/e2e-prepare.mjs; skipped when `npm test` prepared it already for this port), then
// the production server (scripts/serve.mjs). Seeding comes first: the server holds the lock.
import fs from "node:fs";
import { e2eEnv, prepareE2eDatabase, preparedMarker, root } from "./e2e-prepare.mjs";

process.chdir(root);
const port = process.env.E2E_PORT ?? "3100";
const prepared = fs.existsSync(preparedMarker) && fs.readFileSync(preparedMarker, "utf8") === port;
if (!prepared) {
  const status = prepareE2eDatabase(port);
  if (status !== 0) process.exit(status);
}
// used once: the next start prepares a fresh database again
fs.rmSync(preparedMarker, { force: true });
// the same in-process server as `npm start` (scripts/serve.mjs): it handles the signals itself
Object.assign(process.env, e2eEnv(port));
const { serve } = await import("./serve.mjs");
await serve({ port: Number(port), dir: root });
