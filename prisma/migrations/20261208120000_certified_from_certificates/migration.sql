-- Issue 27: the certified state comes from a certificate that is not revoked, not from a flag.
-- Every expert certified by the old flag keeps that state: they get a certificate marked "overgenomen"
-- (taken over), dated now, without a cohort, which the admin can revoke like any other. Then the flag goes.
--
-- The verification code is made here in SQL, the same way lib/certificates/code.ts makes one: ten
-- characters of the 29-character alphabet and a check character such that the sum of
-- (position + 1) x value over the whole code is 0 modulo 29 (the check character's weight is 11; 8 is
-- its inverse). Each character comes from 32 fully random bits of gen_random_uuid() (pg_strong_random,
-- core since PostgreSQL 13; the first eight hex digits of a version-4 UUID are all random), reduced
-- modulo 29: a bias below one in 10^8. tests/integration/certificates.test.ts runs the INSERT below
-- (between the markers) and checks every code with normaliseCertificateCode.

-- takeover:begin
INSERT INTO "Certificate" ("id", "userId", "code", "name", "cohortId", "cohortName", "issuedAt", "issuedByName", "takenOver", "createdAt")
SELECT gen_random_uuid()::text, c."userId", c.body || substr(c.alphabet, ((29 - (c.weighted * 8) % 29) % 29)::int + 1, 1), c."name",
       NULL, NULL, now(), 'Overgenomen', true, now()
FROM (
  SELECT r."userId", r."name", r.alphabet, string_agg(substr(r.alphabet, r.v + 1, 1), '' ORDER BY r.i) AS body,
         sum(r.i * r.v) AS weighted
  FROM (
    SELECT p."userId", u."name", 'ABCDEFGHJKMNPQRTUVWXY23456789' AS alphabet, i,
           (('x' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 8))::bit(32)::bigint % 29)::int AS v
    FROM "ExpertProfile" p
    JOIN "User" u ON u."id" = p."userId"
    CROSS JOIN generate_series(1, 10) AS i
    WHERE p."certified"
      AND NOT EXISTS (SELECT 1 FROM "Certificate" k WHERE k."userId" = p."userId" AND k."revokedAt" IS NULL)
  ) r
  GROUP BY r."userId", r."name", r.alphabet
) c;
-- takeover:end

ALTER TABLE "ExpertProfile" DROP COLUMN "certified";
