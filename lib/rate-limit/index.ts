import "server-only";
import { db, rawQuery } from "@/lib/db";

// Fixed-window counters in PostgreSQL, so every app instance behind the load balancer shares them.
// One atomic upsert per hit: no read-modify-write race between instances. Rows whose window ended
// more than a day ago are deleted (pruneRateLimits), so counters for addresses or unknown accounts
// do not pile up; no window in use is longer than that.
// Two tables (ADR 006): the counters that protect accounts (hitRateLimit, hitRateLimits: login,
// password change and reset, second factor) live in "SecurityLimit", written to the WAL so a crash
// resets nothing; the scan's load counters (rateLimitWait) in the UNLOGGED "RateLimit", for speed.

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** Counts one hit; `count` includes it. */
export async function hitRateLimit(key: string, { limit, windowSeconds }: RateLimit) {
  const count = (await hitRateLimits([key], windowSeconds)).get(key) ?? 0;
  return { allowed: count <= limit, count };
}

/** Counts one hit on each key (same window) in one statement; the counts include it. */
export async function hitRateLimits(keys: string[], windowSeconds: number): Promise<Map<string, number>> {
  await pruneNowAndThen();
  const rows = await rawQuery<{ hit_key: string; hit_count: number }>(SECURITY_HIT, [keys, windowSeconds]);
  return new Map(rows.map((r) => [r.hit_key, Number(r.hit_count)]));
}

/** The current count of a key without counting (0 when its window has passed or it never counted). */
export async function peekRateLimit(key: string, windowSeconds: number): Promise<number> {
  const rows = await db().$queryRaw<{ count: number }[]>`
    SELECT "count" FROM "SecurityLimit" WHERE "key" = ${key} AND "windowStart" >= now() - make_interval(secs => ${windowSeconds})`;
  return Number(rows[0]?.count ?? 0);
}

// The window rule is the database functions ww_rate_limit_hit (migration 20261201113000) and
// ww_security_limit_hit (20261206230000), plan-cached per connection; several keys are counted in one
// call, locked in sorted order.
const SECURITY_HIT = `SELECT hit_key, hit_count FROM ww_security_limit_hit($1::text[], $2::int)`;
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

/** Takes back one hit of the current window on each key (an attempt that turned out fine). */
export async function undoRateLimitHit(...keys: string[]) {
  await db().$executeRaw`UPDATE "SecurityLimit" SET "count" = greatest("count" - 1, 0) WHERE "key" = ANY(${keys})`;
}

export async function clearRateLimit(key: string) {
  await db().securityLimit.deleteMany({ where: { key } });
}

export const RATE_LIMIT_RETENTION_HOURS = 24;

export async function pruneRateLimits(): Promise<number> {
  const load = await db()
    .$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < now() - make_interval(hours => ${RATE_LIMIT_RETENTION_HOURS})`;
  const security = await db()
    .$executeRaw`DELETE FROM "SecurityLimit" WHERE "windowStart" < now() - make_interval(hours => ${RATE_LIMIT_RETENTION_HOURS})`;
  return load + security;
}

// Pruning is housekeeping, not a rule: doing it at most every ten minutes per instance is enough,
// and this timestamp is the only state kept in process memory.
let lastPrune = 0;
async function pruneNowAndThen() {
  if (Date.now() - lastPrune < 10 * 60_000) return;
  lastPrune = Date.now();
  await pruneRateLimits();
}
