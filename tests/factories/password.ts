// The factories' password, apart from index.ts so the e2e specs can import it without the
// questionnaire JSON (Playwright's loader does not import JSON modules).
export const FACTORY_PASSWORD = "geheim-wachtwoord";
// A precomputed bcrypt hash of FACTORY_PASSWORD (cost 4) keeps factories fast.
export const FACTORY_HASH = "$2b$04$3SgBRm6ykNZzTIb8GdMKwuJOr1Sx0UxC7IUqUkvj27Y60C97bzbKe";
