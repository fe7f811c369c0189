-- Fixed-window counters (docs/decisions/006-rate-limits.md) as database functions, so the rule has
-- one home and the scan's hot path pays for its load limits inside the same statement as the answer.

-- Counts one hit on each key in windows of p_window seconds; a key whose window has passed starts
-- again at 1. Keys are locked in sorted order, so two sessions hitting the same keys cannot deadlock.
CREATE FUNCTION ww_rate_limit_hit(p_keys text[], p_window integer)
RETURNS TABLE (hit_key text, hit_count integer, seconds_left integer) LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY
  WITH hit AS (
    INSERT INTO "RateLimit" AS rl ("key", "windowStart", "count")
    SELECT k, now(), 1 FROM unnest(p_keys) AS k ORDER BY k
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN rl."windowStart" < now() - make_interval(secs => p_window) THEN 1 ELSE rl."count" + 1 END,
      "windowStart" = CASE WHEN rl."windowStart" < now() - make_interval(secs => p_window) THEN now() ELSE rl."windowStart" END
    RETURNING rl."key", rl."count", rl."windowStart"
  )
  SELECT hit."key", hit."count",
    greatest(1, ceil(extract(epoch FROM hit."windowStart" + make_interval(secs => p_window) - now())))::integer
  FROM hit;
END
$$;

-- Counts one hit on each key and returns 0 when every key is within its limit (p_limits[i] for
-- p_keys[i]), else the seconds until the fullest window over its limit ends.
CREATE FUNCTION ww_rate_limit_wait(p_keys text[], p_limits integer[], p_window integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  wait integer;
BEGIN
  SELECT coalesce(max(h.seconds_left) FILTER (WHERE h.hit_count > l.lim), 0) INTO wait
  FROM ww_rate_limit_hit(p_keys, p_window) h
    JOIN unnest(p_keys, p_limits) AS l(k, lim) ON l.k = h.hit_key;
  RETURN wait;
END
$$;

-- The counters are short-lived and worthless after a crash (a window is a minute to a quarter of an
-- hour): not writing them to the WAL makes each hit cheaper, and the scan counts one on every save.
-- Updates stay on the same page (HOT) with room left on it.
ALTER TABLE "RateLimit" SET UNLOGGED;
ALTER TABLE "RateLimit" SET (fillfactor = 70);
