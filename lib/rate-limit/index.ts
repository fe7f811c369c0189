import "server-only";
import { db } from "@/lib/db";

// Fixed-window counter in PostgreSQL, so every app instance behind the load balancer shares it.
// One atomic upsert per hit: no read-modify-write race between instances.
export async function hitRateLimit(key: string, { limit, windowSeconds }: { limit: number; windowSeconds: number }) {
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 0);
  return { allowed: count <= limit, count };
}

export async function clearRateLimit(key: string) {
  await db().rateLimit.deleteMany({ where: { key } });
}
