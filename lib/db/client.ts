import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { lockDataDir, releaseDataDirLock } from "./pglite-lock";
import { PGLITE_CONF } from "./pglite-conf";

// One PrismaClient and at most one PGlite per process, kept on globalThis so `next dev` hot reload
// reuses them, and created lazily so `next build` never opens the database.
const g = globalThis as unknown as { __prisma?: PrismaClient; __pglite?: PGlite; __pgliteDir?: string; __shutdownHooked?: boolean };

function create(): PrismaClient {
  const { DATABASE_URL, PGLITE_DIR, DB_POOL_SIZE } = env();
  if (DATABASE_URL) return new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL, max: DB_POOL_SIZE }) });
  lockDataDir(PGLITE_DIR);
  const pg = new PGlite(PGLITE_DIR, { postgresqlconf: PGLITE_CONF });
  g.__pglite = pg;
  g.__pgliteDir = PGLITE_DIR;
  hookShutdown();
  return new PrismaClient({ adapter: new PrismaPGlite(pg) });
}

export function db(): PrismaClient {
  return (g.__prisma ??= create());
}

/** Lets tests point the app's domain code at their own (in-memory) database. */
export function setDb(client: PrismaClient | undefined): void {
  g.__prisma = client;
}

export async function closeDb(): Promise<void> {
  const prisma = g.__prisma;
  const pg = g.__pglite;
  g.__prisma = undefined;
  g.__pglite = undefined;
  await prisma?.$disconnect();
  await pg?.close();
  if (g.__pgliteDir) releaseDataDirLock(g.__pgliteDir);
}

// A clean close lets the next start skip PGlite's crash recovery.
function hookShutdown() {
  if (g.__shutdownHooked) return;
  g.__shutdownHooked = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      closeDb().finally(() => process.exit(0));
    });
  }
}
