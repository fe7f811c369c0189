-- One definition of "a scan link takes answers", used by the autosave statements and by
-- resolveInvitation (lib/scan/respondent/link.ts). Both predicates are plain SQL expressions over column
-- values, so the planner inlines them, and inside the autosave statements they are re-checked on the
-- newest row version after waiting for a concurrent submit (FOR KEY SHARE).

-- The link may be opened: not revoked, not expired, and its traject is not cancelled.
CREATE FUNCTION ww_scan_link_valid(p_revoked_at timestamp(3), p_expires_at timestamp(3), p_traject_status "TrajectStatus")
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT p_revoked_at IS NULL AND p_expires_at > now() AND p_traject_status <> 'CANCELLED'
$$;

-- The link takes answers: it is valid, the response is not submitted (none yet counts as a draft),
-- and the scan is open: the traject is not past SCAN_OPEN. A follow-up scan will be a new scan round.
CREATE FUNCTION ww_scan_link_takes_answers(
  p_revoked_at timestamp(3), p_expires_at timestamp(3), p_response_status "ResponseStatus", p_traject_status "TrajectStatus"
) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT ww_scan_link_valid(p_revoked_at, p_expires_at, p_traject_status)
    AND coalesce(p_response_status, 'DRAFT') = 'DRAFT'
    AND p_traject_status IN ('INTAKE', 'SCAN_OPEN')
$$;

CREATE OR REPLACE FUNCTION ww_autosave_answer(
  p_response_id text, p_token_hash text, p_item_key text, p_value integer, p_dont_know boolean, p_base_revision integer
) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  new_revision integer;
BEGIN
  INSERT INTO "ScanAnswer" ("responseId", "itemKey", "value", "dontKnow", "revision", "updatedAt")
  SELECT r."id", p_item_key, p_value, p_dont_know, 1, now()
  FROM "ScanResponse" r
    JOIN "ScanInvitation" i ON i."id" = r."invitationId"
    JOIN "Traject" t ON t."id" = r."trajectId"
  WHERE r."id" = p_response_id AND i."tokenHash" = p_token_hash
    AND ww_scan_link_takes_answers(i."revokedAt", i."expiresAt", r."status", t."status")
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
