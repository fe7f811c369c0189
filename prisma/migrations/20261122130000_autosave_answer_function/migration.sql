-- Autosave of one answer as a PL/pgSQL function. The statement is the same single INSERT .. ON
-- CONFLICT that checks the link, the draft status (FOR KEY SHARE against a concurrent submit) and the
-- revision. Inside a function PostgreSQL keeps its plan per connection, so the hot path no longer
-- pays the join's planning on every click (about half of its cost, see docs/decisions/002).
-- Returns the new revision, or NULL when the write was refused (the caller then explains why).
CREATE FUNCTION ww_autosave_answer(
  p_response_id text, p_token_hash text, p_item_key text, p_value integer, p_dont_know boolean, p_base_revision integer
) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  new_revision integer;
BEGIN
  INSERT INTO "ScanAnswer" ("responseId", "itemKey", "value", "dontKnow", "revision", "updatedAt")
  SELECT r."id", p_item_key, p_value, p_dont_know, 1, now()
  FROM "ScanResponse" r JOIN "ScanInvitation" i ON i."id" = r."invitationId"
  WHERE r."id" = p_response_id AND i."tokenHash" = p_token_hash AND i."revokedAt" IS NULL
    AND i."expiresAt" > now() AND r."status" = 'DRAFT'
  FOR KEY SHARE OF r
  ON CONFLICT ("responseId", "itemKey") DO UPDATE SET
    "value" = EXCLUDED."value", "dontKnow" = EXCLUDED."dontKnow", "updatedAt" = now(),
    "revision" = CASE WHEN "ScanAnswer"."value" IS NOT DISTINCT FROM EXCLUDED."value" AND "ScanAnswer"."dontKnow" = EXCLUDED."dontKnow"
                      THEN "ScanAnswer"."revision" ELSE "ScanAnswer"."revision" + 1 END
  WHERE "ScanAnswer"."revision" = p_base_revision
     OR ("ScanAnswer"."value" IS NOT DISTINCT FROM EXCLUDED."value" AND "ScanAnswer"."dontKnow" = EXCLUDED."dontKnow")
  RETURNING "ScanAnswer"."revision" INTO new_revision;
  RETURN new_revision;
END
$$;
