import "server-only";
import { db } from "@/lib/db";

// Fixed-window counters in PostgreSQL, so every app instance behind the load balancer shares them.
// One atomic upsert per hit: no read-modify-write race between instances. Rows whose window ended
// more than a day ago are deleted (pruneRateLimits), so counters for addresses or unknown accounts
// do not pile up; no window in use is longer than that.

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** Counts one hit; `count` includes it. */
export async function hitRateLimit(key: string, { limit, windowSeconds }: RateLimit) {
  await pruneNowAndThen();
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 0);
  return { allowed: count <= limit, count };
}

/** Takes back one hit of the current window (an attempt that turned out fine). */
export async function undoRateLimitHit(key: string) {
  await db().$executeRaw`UPDATE "RateLimit" SET "count" = greatest("count" - 1, 0) WHERE "key" = ${key}`;
}

export async function clearRateLimit(key: string) {
  await db().rateLimit.deleteMany({ where: { key } });
}

export const RATE_LIMIT_RETENTION_HOURS = 24;

export async function pruneRateLimits(): Promise<number> {
  return db().$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < now() - make_interval(hours => ${RATE_LIMIT_RETENTION_HOURS})`;
}

// Pruning is housekeeping, not a rule: doing it at most every ten minutes per instance is enough,
// and this timestamp is the only state kept in process memory.
let lastPrune = 0;
async function pruneNowAndThen() {
  if (Date.now() - lastPrune < 10 * 60_000) return;
  lastPrune = Date.now();
  await pruneRateLimits();
}
