import crypto from "node:crypto";

// The scheduler (`npm run reminders`, e.g. from cron) calls the running app when it cannot open the
// database itself: the embedded PGlite allows one process. It proves itself with a token derived from
// the app's own NEXTAUTH_SECRET, so there is no second secret to configure, and the token says
// nothing about the secret it came from.
const PURPOSE = "weerbare-werkgever:scheduled-reminders";

export function schedulerToken(secret: string): string {
  return crypto.createHmac("sha256", secret).update(PURPOSE).digest("base64url");
}

/** Constant-time check of an `Authorization: Bearer <token>` header. No secret, no access. */
export function isSchedulerRequest(authorization: string | null, secret: string | undefined): boolean {
  if (!secret || !authorization?.startsWith("Bearer ")) return false;
  const given = Buffer.from(authorization.slice("Bearer ".length));
  const expected = Buffer.from(schedulerToken(secret));
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
