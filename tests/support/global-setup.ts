import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PGLITE_CONF } from "../../lib/db/pglite-conf";
import { POSTGRES_TEMPLATE_DB, TEMPLATE_PATH, adminUrl, databaseUrl, migrationFiles } from "./template";

// Applies every migration once per run: into a dumped in-memory PGlite (each test file boots from
// the dump in about a second), or into a PostgreSQL template database that each file clones.
export default async function setup() {
  const files = migrationFiles();
  if (files.length === 0) return;
  const url = process.env.TEST_DATABASE_URL;
  if (url) return preparePostgresTemplate(url, files);
  const db = new PGlite({ postgresqlconf: PGLITE_CONF });
  for (const file of files) await db.exec(fs.readFileSync(file, "utf8"));
  const dump = await db.dumpDataDir("gzip");
  fs.mkdirSync(path.dirname(TEMPLATE_PATH), { recursive: true });
  fs.writeFileSync(TEMPLATE_PATH, Buffer.from(await dump.arrayBuffer()));
  await db.close();
}

async function preparePostgresTemplate(url: string, files: string[]) {
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${POSTGRES_TEMPLATE_DB}`);
  await admin.end();
  const template = new pg.Client({ connectionString: databaseUrl(url, POSTGRES_TEMPLATE_DB) });
  await template.connect();
  for (const file of files) await template.query(fs.readFileSync(file, "utf8"));
  await template.end();
}
