-- A respondent's function is not a user's role (issue 21): stored results views name their breakdown
-- by function group, not by role. byRole: [{ role, respondents, themes }] becomes
-- byFunction: [{ name, respondents, themes }] in every snapshot, so old and new views read alike.
UPDATE "ResultsSnapshot"
SET "view" = ("view" - 'byRole') || jsonb_build_object(
  'byFunction',
  COALESCE(
    (
      SELECT jsonb_agg((g - 'role') || jsonb_build_object('name', g -> 'role') ORDER BY ord)
      FROM jsonb_array_elements("view" -> 'byRole') WITH ORDINALITY AS e(g, ord)
    ),
    '[]'::jsonb
  )
)
WHERE "view" IS NOT NULL AND jsonb_typeof("view" -> 'byRole') = 'array';
