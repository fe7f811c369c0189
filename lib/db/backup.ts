import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { embeddedDatabase } from "./client";
import { dataDirHolder } from "./pglite-lock";
import { PGLITE_CONF } from "./pglite-conf";

// Backups of both engines (README: "Backups"). PostgreSQL: pg_dump in its custom format and pg_restore,
// from the PostgreSQL client tools of the server's major version or newer. The embedded PGlite: its own
// data-directory dump (a gzipped tar of the whole cluster), made by the process that holds the
// database, so the running app makes it when it is up (scripts/db-backup.ts asks it).

/** The embedded database of this process (or the one given) as a gzipped tar; null on PostgreSQL. */
export async function dumpEmbedded(lite: PGlite | null = embeddedDatabase()): Promise<Buffer | null> {
  if (!lite) return null;
  await lite.waitReady; // dumpDataDir on a database still starting never settles
  const dump = await lite.dumpDataDir("gzip");
  return Buffer.from(await dump.arrayBuffer());
}

/**
 * Puts a dump in place of the embedded data directory. Refuses while a process holds the database
 * (stop the app first). The directory it replaces is kept beside it, so a restore is never a loss.
 */
export async function restoreEmbedded(dump: Buffer, dir: string): Promise<{ keptAside: string | null }> {
  const holder = dataDirHolder(dir);
  if (holder !== null) throw new Error(`De database is in gebruik door proces ${holder}. Stop de app eerst.`);
  let keptAside: string | null = null;
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    keptAside = `${path.resolve(dir)}.voor-herstel-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(dir, keptAside);
  }
  const lite = new PGlite(dir, { postgresqlconf: PGLITE_CONF, loadDataDir: new Blob([new Uint8Array(dump)]) });
  await lite.waitReady;
  await lite.query("SELECT 1");
  await lite.close();
  return { keptAside };
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT")
    throw new Error(`${cmd} ontbreekt. Installeer de PostgreSQL-clienttools (Debian: apt-get install postgresql-client).`);
  if (r.status !== 0) throw new Error(`${cmd} is mislukt:\n${r.stderr.trim()}`);
  return r.stdout;
}

/** pg_dump in the custom format (-Fc), restorable with pg_restore into an empty database. */
export function pgDump(url: string, file: string) {
  run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`]);
}

/** pg_restore of a custom-format dump; with `clean`, existing objects are dropped first. */
export function pgRestore(url: string, file: string, { clean = false } = {}) {
  run("pg_restore", [
    ...(clean ? ["--clean", "--if-exists"] : []),
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    `--dbname=${url}`,
    file,
  ]);
}
