// `npm run db:restore -- <file>`: puts a backup back (README: Backups). PostgreSQL: pg_restore into
// DATABASE_URL, dropping what is there first. The embedded PGlite: only while the app is stopped; the
// data directory it replaces is kept beside it.
import fs from "node:fs";
import { pgRestore, restoreEmbedded } from "../lib/db/backup";
import { env } from "../lib/env";

async function main() {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) throw new Error("Geef het back-upbestand mee: npm run db:restore -- <bestand>");
  const url = env().DATABASE_URL;
  if (url) {
    pgRestore(url, file, { clean: true });
    console.log(`Hersteld in PostgreSQL uit ${file}.`);
    return;
  }
  const { keptAside } = await restoreEmbedded(fs.readFileSync(file), env().PGLITE_DIR);
  console.log(`Hersteld in ${env().PGLITE_DIR} uit ${file}.${keptAside ? ` De vorige database staat in ${keptAside}.` : ""}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
