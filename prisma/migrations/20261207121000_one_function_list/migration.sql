-- One function list for key persons and respondents (issue 24, ADR 022): a key person can be a
-- medewerker, and a respondent is invited as OR (ondernemingsraad) or medewerker like the key person
-- they are. MEDEWERKER_OR stays for the invitations made before, and is never offered again.
ALTER TYPE "EmployerFunction" ADD VALUE 'MEDEWERKER';

ALTER TYPE "RespondentFunction" ADD VALUE 'ONDERNEMINGSRAAD';
ALTER TYPE "RespondentFunction" ADD VALUE 'MEDEWERKER';
