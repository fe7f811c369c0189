// `npm run db:restore -- [--identity-file <key.txt>] <file>`: puts a backup back (docs/operations.md#backups).
// PostgreSQL: pg_restore into DATABASE_URL, dropping what is there first. The embedded PGlite: only while
// the app is stopped; the data directory it replaces is kept beside it. An encrypted backup (age) needs
// the identity: --identity-file or BACKUP_AGE_IDENTITY_FILE.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { pgRestore, restoreEmbedded } from "../lib/db/backup";
import { decryptBackup, isEncryptedBackup, readIdentityFile } from "../lib/db/backup-crypto";
import { env } from "../lib/env";

const { values, positionals } = parseArgs({ options: { "identity-file": { type: "string" } }, allowPositionals: true });

async function readBackup(file: string): Promise<Buffer> {
  const bytes = fs.readFileSync(file);
  if (!isEncryptedBackup(bytes)) return bytes;
  const keyFile = values["identity-file"] ?? env().BACKUP_AGE_IDENTITY_FILE;
  if (!keyFile)
    throw new Error(
      "Deze back-up is versleuteld. Geef de geheime sleutel mee: npm run db:restore -- --identity-file <sleutel.txt> <bestand>",
    );
  return Buffer.from(await decryptBackup(bytes, readIdentityFile(keyFile)));
}

async function main() {
  const file = positionals[0];
  if (!file || !fs.existsSync(file)) throw new Error("Geef het back-upbestand mee: npm run db:restore -- <bestand>");
  const bytes = await readBackup(file);
  const url = env().DATABASE_URL;
  if (url) {
    // pg_restore reads a file: the decrypted copy lives only as long as the restore, readable by us only
    const plain = isEncryptedBackup(fs.readFileSync(file)) ? `${file}.onversleuteld-${process.pid}` : file;
    if (plain !== file) fs.writeFileSync(plain, bytes, { mode: 0o600 });
    try {
      pgRestore(url, plain, { clean: true });
    } finally {
      if (plain !== file) fs.rmSync(plain, { force: true });
    }
    console.log(`Hersteld in PostgreSQL uit ${file}.`);
    return;
  }
  const { keptAside } = await restoreEmbedded(bytes, env().PGLITE_DIR);
  console.log(`Hersteld in ${env().PGLITE_DIR} uit ${file}.${keptAside ? ` De vorige database staat in ${keptAside}.` : ""}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
