import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { generateIdentity, identityToRecipient } from "age-encryption";
import { dumpEmbedded, pgDump, pgRestore, restoreEmbedded } from "@/lib/db/backup";
import { decryptBackup, encryptBackup, isEncryptedBackup, readIdentityFile } from "@/lib/db/backup-crypto";
import { PGLITE_CONF } from "@/lib/db/pglite-conf";
import { makeWorld } from "@/tests/support/authorization-world";
import { adminUrl, databaseUrl } from "@/tests/support/template";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

// A backup is only as good as its restore: restore into an empty database and compare every table.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await makeWorld(t); // a traject with responses, answers, notes, a code, users, mail, …
});
// Each restore writes a whole data directory (≈80 MB); remove them all, or every run leaves them behind.
const made: string[] = [];
afterAll(async () => {
  await t.close();
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ww-backup-"));
  made.push(dir);
  return dir;
};

/** The same fingerprint as the authorization matrix, on any connection. */
async function fingerprint(query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>) {
  const tables = (await query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) =>
    String(r.name),
  );
  const out: Record<string, unknown> = {};
  for (const name of tables) {
    out[name] = (
      await query(
        `SELECT count(*) || ':' || md5(coalesce(string_agg(to_jsonb(x)::text, '|' ORDER BY to_jsonb(x)::text), '')) AS f FROM "${name}" x`,
      )
    ).rows[0]!.f;
  }
  return out;
}

describe.runIf(!process.env.TEST_DATABASE_URL)("backup of the embedded database", () => {
  // one dump of the world for both tests: neither changes the database it was taken from
  let once: ReturnType<typeof dumpEmbedded> | undefined;
  const dumpOnce = () => (once ??= dumpEmbedded(t.pglite!));

  it("restores into an empty data directory with every table identical", async () => {
    const dump = await dumpOnce();
    const dir = path.join(tmp(), "db");
    expect(await restoreEmbedded(dump!, dir)).toEqual({ keptAside: null });
    const restored = new PGlite(dir, { postgresqlconf: PGLITE_CONF });
    try {
      const original = await fingerprint((sql) => t.pglite!.query(sql));
      expect(original.ScanAnswer).toMatch(/^[1-9]\d*:/); // there is something to compare
      expect(await fingerprint((sql) => restored.query(sql))).toEqual(original);
    } finally {
      await restored.close();
    }
  });

  it("keeps the database it replaces, and refuses while a process holds it", async () => {
    const dump = (await dumpOnce())!;
    const dir = path.join(tmp(), "db");
    await restoreEmbedded(dump, dir);
    const { keptAside } = await restoreEmbedded(dump, dir);
    expect(keptAside && fs.readdirSync(keptAside).length).toBeGreaterThan(0);
    fs.writeFileSync(`${path.resolve(dir)}.lock`, String(process.ppid)); // a live process that is not us
    await expect(restoreEmbedded(dump, dir)).rejects.toThrow("Stop de app eerst");
    fs.rmSync(`${path.resolve(dir)}.lock`);
  });
});

// Issue 22 item 7: a backup that can leave the machine is encrypted to a public key (age); only the
// identity (kept elsewhere) reads it.
describe("an encrypted backup", () => {
  it("holds nothing readable, and restores with the identity to the same data", async () => {
    const identity = await generateIdentity();
    const dump = (await dumpEmbeddedOrPg())!;
    const sealed = await encryptBackup(dump, [await identityToRecipient(identity)]);
    expect(isEncryptedBackup(sealed)).toBe(true);
    expect(isEncryptedBackup(dump)).toBe(false);
    expect(Buffer.from(sealed).includes("ScanAnswer")).toBe(false);
    expect(() => gunzipSync(sealed)).toThrow();
    const file = path.join(tmp(), "sleutel.txt");
    fs.writeFileSync(file, `# created: vandaag\n${identity}\n`);
    expect(Buffer.from(await decryptBackup(sealed, readIdentityFile(file))).equals(dump)).toBe(true);
  });

  it("refuses another identity, a broken file and a recipient that is no key, in plain words", async () => {
    const sealed = await encryptBackup(Buffer.from("geheim"), [await identityToRecipient(await generateIdentity())]);
    await expect(decryptBackup(sealed, [await generateIdentity()])).rejects.toThrow(/past niet bij deze back-up/);
    await expect(decryptBackup(sealed.subarray(0, 40), [await generateIdentity()])).rejects.toThrow(/niet te ontsleutelen/);
    await expect(encryptBackup(Buffer.from("x"), ["age1geen-sleutel"])).rejects.toThrow(/geen geldige publieke sleutel/);
    const empty = path.join(tmp(), "leeg.txt");
    fs.writeFileSync(empty, "# niets\n");
    expect(() => readIdentityFile(empty)).toThrow(/AGE-SECRET-KEY-1/);
  });
});

/** What `npm run db:backup` writes before encryption: the embedded dump, or a pg_dump file's bytes. */
async function dumpEmbeddedOrPg(): Promise<Buffer | null> {
  if (!process.env.TEST_DATABASE_URL) return dumpEmbedded(t.pglite!);
  const current = (await t.raw<{ db: string }>("SELECT current_database() AS db", []))[0]!.db;
  const file = path.join(tmp(), "backup.dump");
  pgDump(databaseUrl(process.env.TEST_DATABASE_URL, current), file);
  return fs.readFileSync(file);
}

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))("backup of PostgreSQL (pg_dump / pg_restore)", () => {
  it("restores into an empty database with every table identical", async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const current = (await t.raw<{ db: string }>("SELECT current_database() AS db", []))[0]!.db;
    const file = path.join(tmp(), "backup.dump");
    pgDump(databaseUrl(url, current), file);
    const target = `ww_restore_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${target}`);
    try {
      pgRestore(databaseUrl(url, target), file);
      const restored = new pg.Client({ connectionString: databaseUrl(url, target) });
      await restored.connect();
      const original = new pg.Client({ connectionString: databaseUrl(url, current) });
      await original.connect();
      expect(await fingerprint((sql) => restored.query(sql))).toEqual(await fingerprint((sql) => original.query(sql)));
      await Promise.all([restored.end(), original.end()]);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
      await admin.end();
    }
  });
});
