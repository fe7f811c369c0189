import { afterAll, beforeAll, beforeEach } from "vitest";
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pgRawQuery, setDb, type RawQuery } from "@/lib/db";
import { PGLITE_CONF } from "@/lib/db/pglite-conf";
import { TEMPLATE_PATH, POSTGRES_TEMPLATE_DB, adminUrl, databaseUrl } from "./template";

export interface TestDb {
  prisma: PrismaClient;
  raw: RawQuery;
  /** PostgreSQL only: the pool, for what needs a connection of its own (advisory locks). */
  pool?: pg.Pool;
  engine: "pglite" | "postgres";
  /** The embedded database itself (PGlite only), e.g. for backups. */
  pglite?: PGlite;
  /** Several statements in one round trip, without parameters (a copy of the tables, say). */
  exec(sql: string): Promise<void>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A database of its own for one test file, with every migration applied, installed as the app's
 * `db()`. PGlite in memory by default; a throwaway PostgreSQL database (cloned from a migrated
 * template) when TEST_DATABASE_URL is set.
 */
export async function createTestDb(): Promise<TestDb> {
  const url = process.env.TEST_DATABASE_URL;
  const testDb = url ? await createPostgresDb(url) : await createPgliteDb();
  setDb(testDb.prisma, testDb.raw, testDb.pool, testDb.pglite);
  return testDb;
}

async function truncateAll(query: (sql: string) => Promise<{ rows: { t: string }[] }>, exec: (sql: string) => Promise<unknown>) {
  const { rows } = await query(
    `select quote_ident(tablename) t from pg_tables where schemaname='public' and tablename <> '_prisma_migrations'`,
  );
  const tables = rows.map((r) => r.t);
  // Only the tables a test wrote to: a TRUNCATE of all ~65 tables took 140 ms on PostgreSQL (a new file
  // per table), before each of ~600 tests per engine; finding the non-empty ones takes 7 ms. LiveEvent
  // always goes: its id is the one sequence (RESTART IDENTITY), and rows deleted still advanced it.
  const nonEmpty = tables
    .map((name) => `SELECT '${name.replace(/'/g, "''")}' AS t WHERE EXISTS (SELECT 1 FROM ${name})`)
    .join(" UNION ALL ");
  return async () => {
    const written = new Set((await query(nonEmpty)).rows.map((r) => r.t));
    written.add('"LiveEvent"');
    await exec(`TRUNCATE ${[...written].join(", ")} RESTART IDENTITY CASCADE`);
  };
}

async function createPgliteDb(): Promise<TestDb> {
  const db = new PGlite({ postgresqlconf: PGLITE_CONF, loadDataDir: new Blob([fs.readFileSync(TEMPLATE_PATH)]) });
  await db.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  const reset = await truncateAll(
    (sql) => db.query<{ t: string }>(sql),
    (sql) => db.exec(sql),
  );
  return {
    prisma,
    raw: async (sql, params) => (await db.query(sql, params)).rows as never[],
    engine: "pglite",
    pglite: db,
    exec: async (sql) => void (await db.exec(sql)),
    reset: async () => void (await reset()),
    close: async () => {
      setDb(undefined);
      await prisma.$disconnect();
      await db.close();
    },
  };
}

async function createPostgresDb(url: string): Promise<TestDb> {
  const name = `ww_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${POSTGRES_TEMPLATE_DB}`);
  await admin.end();
  const connectionString = databaseUrl(url, name);
  const pool = new pg.Pool({ connectionString, max: 5 });
  // as in lib/db/client.ts: a connection the server closes is logged, not an uncaught exception
  pool.on("error", (e) => console.error("[test-db] idle connection closed", e.message));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const direct = new pg.Client({ connectionString });
  direct.on("error", (e) => console.error("[test-db] direct connection closed", e.message));
  await direct.connect();
  const reset = await truncateAll(
    (sql) => direct.query<{ t: string }>(sql),
    (sql) => direct.query(sql),
  );
  return {
    prisma,
    raw: pgRawQuery(pool),
    exec: async (sql) => void (await direct.query(sql)),
    pool,
    engine: "postgres",
    reset: async () => void (await reset()),
    close: async () => {
      setDb(undefined);
      // from here a closed connection is the point: DROP … WITH (FORCE) below ends any the pool still
      // holds (a delivery run the file started), and in the shared worker that message would land in
      // the next file's console guard as if that file had failed
      pool.removeAllListeners("error").on("error", () => undefined);
      direct.removeAllListeners("error").on("error", () => undefined);
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      await direct.end();
      const cleanup = new pg.Client({ connectionString: adminUrl(url) });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** The usual lifecycle for one test file: a database of its own, emptied before every test. */
export function setupTestDb(): TestDb {
  const t = {} as TestDb;
  beforeAll(async () => {
    Object.assign(t, await createTestDb());
  });
  beforeEach(() => t.reset());
  afterAll(() => t.close());
  return t;
}
