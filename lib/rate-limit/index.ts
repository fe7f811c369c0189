import "server-only";
import { db, rawQuery } from "@/lib/db";

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
  const rows = await rawQuery<{ hit_count: number }>(HIT, [[key], windowSeconds]);
  const count = Number(rows[0]?.hit_count ?? 0);
  return { allowed: count <= limit, count };
}

// The window rule is the database function ww_rate_limit_hit (migration 20261201113000), plan-cached
// per connection; several keys are counted in one call, locked in sorted order.
const HIT = `SELECT hit_count FROM ww_rate_limit_hit($1::text[], $2::int)`;
const WAIT = `SELECT ww_rate_limit_wait($1::text[], $2::int[], $3::int) AS "wait"`;

/** SQL for one hit on each key inside a caller's own statement: $keys, $limits, $window are its parameter numbers. */
export const rateLimitWaitSql = (keys: number, limits: number, window: number) =>
  `ww_rate_limit_wait($${keys}::text[], $${limits}::int[], $${window}::int)`;

/**
 * Counts one hit on every key (all with the same window) and says how long to wait: 0 when each is
 * within its own limit, else the seconds until the fullest window over its limit ends.
 */
export async function rateLimitWait(limits: Map<string, number>, windowSeconds: number): Promise<number> {
  await pruneNowAndThen();
  const rows = await rawQuery<{ wait: number }>(WAIT, [[...limits.keys()], [...limits.values()], windowSeconds]);
  return Number(rows[0]?.wait ?? 0);
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
