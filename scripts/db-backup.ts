// `npm run db:backup [-- [--recipient age1…] <file>]`: a complete backup of the database, for a scheduler
// (docs/operations.md#backups). PostgreSQL: pg_dump in the custom format (restore with `npm run
// db:restore`, or pg_restore). The embedded PGlite: a dump of its data directory, made by the running app
// when it holds the database. With a recipient (--recipient, repeatable, or BACKUP_AGE_RECIPIENT) the file
// is encrypted with age to that public key (.age appended): a copy kept elsewhere holds nothing readable.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb } from "../lib/db";
import { dumpEmbedded, pgDump } from "../lib/db/backup";
import { encryptBackup } from "../lib/db/backup-crypto";
import { env } from "../lib/env";
import { assertEmbeddedFree, callRunningApp } from "./through-the-app";

const { values, positionals } = parseArgs({ options: { recipient: { type: "string", multiple: true } }, allowPositionals: true });
const recipients =
  values.recipient ??
  env()
    .BACKUP_AGE_RECIPIENT?.split(",")
    .filter((r) => r.trim()) ??
  [];
const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
const plainName = path.join("backups", `weerbarewerkgever-${stamp}.${env().DATABASE_URL ? "dump" : "tar.gz"}`);
const file = path.resolve(positionals[0] ?? (recipients.length ? `${plainName}.age` : plainName));

async function dump(): Promise<Buffer> {
  const url = env().DATABASE_URL;
  if (url) {
    // pg_dump writes a file: next to the target, readable by us only, gone once read
    const tmp = `${file}.onversleuteld-${process.pid}`;
    try {
      pgDump(url, tmp);
      return fs.readFileSync(tmp);
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  const res = await callRunningApp("/api/planner/backup", "backup", 600_000);
  if (res) return Buffer.from(await res.arrayBuffer());
  assertEmbeddedFree();
  const bytes = await dumpEmbedded();
  await closeDb();
  return bytes!;
}

async function main() {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const bytes = await dump();
  fs.writeFileSync(file, recipients.length ? await encryptBackup(bytes, recipients) : bytes, { mode: 0o600 });
  const size = `${(fs.statSync(file).size / 1024).toFixed(0)} KB`;
  if (recipients.length) console.log(`Versleutelde back-up gemaakt: ${file} (${size}), voor ${recipients.length} sleutel(s).`);
  else
    console.warn(
      [
        `Back-up gemaakt: ${file} (${size}).`,
        "LET OP: deze back-up is NIET versleuteld. Hij bevat alle persoonsgegevens leesbaar.",
        "Bewaar hem alleen op deze machine, of versleutel: --recipient age1… of BACKUP_AGE_RECIPIENT (docs/operations.md#back-ups-versleutelen).",
      ].join("\n"),
    );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
