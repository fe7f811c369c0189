import { createHash } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { lockDataDir, releaseDataDirLock } from "./pglite-lock";
import { PGLITE_CONF } from "./pglite-conf";

/** Parameterised SQL straight to the driver, for the few hot paths where Prisma's per-query cost shows (docs/decisions/002). */
export type RawQuery = <T>(sql: string, params: unknown[]) => Promise<T[]>;

// One PrismaClient and at most one PGlite (or pg pool) per process, kept on globalThis so `next dev`
// hot reload reuses them, and created lazily so `next build` never opens the database.
const g = globalThis as unknown as {
  __prisma?: PrismaClient;
  __raw?: RawQuery;
  __pglite?: PGlite;
  __pgPool?: pg.Pool;
  __pgliteDir?: string;
  __shutdownHooked?: boolean;
  /** Set by scripts/serve.mjs: it stops the HTTP server first and then calls __wwCloseDb itself. */
  __wwServerManagesShutdown?: boolean;
  __wwCloseDb?: () => Promise<void>;
};

function create(): PrismaClient {
  const { DATABASE_URL, PGLITE_DIR, DB_POOL_SIZE } = env();
  if (DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: DATABASE_URL, max: DB_POOL_SIZE });
    // An idle connection the server closes (restart, failover, admin) is an 'error' on the pool; with
    // no listener Node turns that into an uncaught exception and the whole instance stops. The pool
    // drops that connection and opens a new one on the next query, so logging it is enough.
    pool.on("error", (e) => console.error("[db] an idle connection was closed by the server", e.message));
    g.__pgPool = pool;
    g.__raw = pgRawQuery(pool);
    return new PrismaClient({ adapter: new PrismaPg(pool) });
  }
  lockDataDir(PGLITE_DIR);
  const lite = new PGlite(PGLITE_DIR, { postgresqlconf: PGLITE_CONF });
  g.__pglite = lite;
  g.__pgliteDir = PGLITE_DIR;
  g.__raw = async (sql, params) => (await lite.query(sql, params)).rows as never[];
  hookShutdown();
  return new PrismaClient({ adapter: new PrismaPGlite(lite) });
}

const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) statementNames.set(sql, (name = `ww_${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`));
  return name;
}

/**
 * rawQuery on a pg pool with named statements: each connection parses and plans a hot-path statement
 * once and afterwards only binds it (measured: +30 % autosaves/s). Needs session-level connections,
 * so a pooler in front of PostgreSQL must run in session mode (docs/decisions/002).
 */
export function pgRawQuery(pool: pg.Pool): RawQuery {
  return async (sql, params) => (await pool.query({ name: statementName(sql), text: sql, values: params })).rows;
}

export function db(): PrismaClient {
  return (g.__prisma ??= create());
}

/** The embedded database of this process, opened if needed; null on PostgreSQL. For backups. */
export function embeddedDatabase(): PGlite | null {
  db();
  return g.__pglite ?? null;
}

export function rawQuery<T>(sql: string, params: unknown[]): Promise<T[]> {
  db();
  return g.__raw!<T>(sql, params);
}

const localLocks = new Map<number, Promise<unknown>>();

/**
 * Runs `fn` while holding a session-level advisory lock, or returns null at once when another
 * session holds it: exactly one of several instances runs. On PostgreSQL the lock lives on one
 * dedicated connection for the whole run (a pooled query could land on another connection). The
 * embedded database serves one process, so there an in-process lock is the same guarantee.
 */
export async function withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T | null> {
  db();
  const pool = g.__pgPool;
  if (!pool) {
    if (localLocks.has(key)) return null;
    const run = fn();
    localLocks.set(key, run);
    try {
      return await run;
    } finally {
      localLocks.delete(key);
    }
  }
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [key]);
    if (!rows[0]?.locked) return null;
    try {
      return await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [key]);
    }
  } finally {
    client.release();
  }
}

/** Lets tests point the app's domain code at their own (in-memory) database. */
export function setDb(client: PrismaClient | undefined, raw?: RawQuery, pool?: pg.Pool, lite?: PGlite): void {
  g.__prisma = client;
  g.__raw = raw;
  g.__pgPool = pool;
  g.__pglite = lite;
}

/**
 * Where LISTEN can run: PostgreSQL's connection string (the live board opens one dedicated connection
 * per instance with it), or the embedded database itself (PGlite has its own listen).
 */
export function listenTarget(): { url: string } | { lite: PGlite } {
  db();
  if (g.__pglite) return { lite: g.__pglite };
  const url = g.__pgPool?.options.connectionString;
  if (!url) throw new Error("no database to LISTEN on");
  return { url };
}

export async function closeDb(): Promise<void> {
  const { __prisma: prisma, __pglite: lite, __pgPool: pool } = g;
  g.__prisma = undefined;
  g.__pglite = undefined;
  g.__pgPool = undefined;
  g.__raw = undefined;
  await prisma?.$disconnect();
  await lite?.close();
  await pool?.end().catch(() => undefined); // PrismaPg may have ended it already
  if (g.__pgliteDir) releaseDataDirLock(g.__pgliteDir);
}

// A clean close lets the next start skip PGlite's crash recovery. Under scripts/serve.mjs the server
// closes the database after its last request; anywhere else (scripts, next dev) a signal does it here.
function hookShutdown() {
  g.__wwCloseDb = closeDb;
  if (g.__shutdownHooked || g.__wwServerManagesShutdown) return;
  g.__shutdownHooked = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      closeDb().finally(() => process.exit(0));
    });
  }
}
