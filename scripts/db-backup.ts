// `npm run db:backup [-- <file>]`: a complete backup of the database, for a scheduler (README: Backups).
// PostgreSQL: pg_dump in the custom format (restore with `npm run db:restore`, or pg_restore). The
// embedded PGlite: a dump of its data directory, made by the running app when it holds the database.
import fs from "node:fs";
import path from "node:path";
import { closeDb } from "../lib/db";
import { dumpEmbedded, pgDump } from "../lib/db/backup";
import { env } from "../lib/env";
import { assertEmbeddedFree, callRunningApp } from "./through-the-app";

const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
const file = path.resolve(process.argv[2] ?? path.join("backups", `weerbarewerkgever-${stamp}.${env().DATABASE_URL ? "dump" : "tar.gz"}`));

async function main() {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const url = env().DATABASE_URL;
  if (url) {
    pgDump(url, file);
  } else {
    const res = await callRunningApp("/api/planner/backup", "backup", 600_000);
    let dump: Buffer | null;
    if (res) dump = Buffer.from(await res.arrayBuffer());
    else {
      assertEmbeddedFree();
      dump = await dumpEmbedded();
      await closeDb();
    }
    fs.writeFileSync(file, dump!, { mode: 0o600 });
  }
  console.log(`Back-up gemaakt: ${file} (${(fs.statSync(file).size / 1024).toFixed(0)} KB)`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
