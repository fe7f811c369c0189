-- Counters that protect accounts move to a table of their own that is written to the WAL, so a crash
-- (kill -9, power loss) no longer resets every login limit (docs/decisions/006-rate-limits.md). The
-- scan's load counters stay in the UNLOGGED "RateLimit": losing them costs nothing, and the autosave
-- hot path keeps its speed.
CREATE TABLE "SecurityLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "SecurityLimit_pkey" PRIMARY KEY ("key")
);
ALTER TABLE "SecurityLimit" SET (fillfactor = 70);

INSERT INTO "SecurityLimit" ("key", "windowStart", "count")
  SELECT "key", "windowStart", "count" FROM "RateLimit" WHERE "key" NOT LIKE 'scan-%';
DELETE FROM "RateLimit" WHERE "key" NOT LIKE 'scan-%';

-- The same fixed-window rule as ww_rate_limit_hit (migration 20261201113000), on "SecurityLimit".
CREATE FUNCTION ww_security_limit_hit(p_keys text[], p_window integer)
RETURNS TABLE (hit_key text, hit_count integer) LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY
  INSERT INTO "SecurityLimit" AS sl ("key", "windowStart", "count")
  SELECT k, now(), 1 FROM unnest(p_keys) AS k ORDER BY k
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN sl."windowStart" < now() - make_interval(secs => p_window) THEN 1 ELSE sl."count" + 1 END,
    "windowStart" = CASE WHEN sl."windowStart" < now() - make_interval(secs => p_window) THEN now() ELSE sl."windowStart" END
  RETURNING sl."key", sl."count";
END
$$;

-- The idle timeout (docs/decisions/005-jwt-sessions.md): when a login was last used.
ALTER TABLE "AuthSession" ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TYPE "AuthSessionEndReason" ADD VALUE 'IDLE';
