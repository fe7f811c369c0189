import crypto from "node:crypto";

// The scheduler (`npm run reminders`, e.g. from cron) calls the running app when it cannot open the
// database itself: the embedded PGlite allows one process. It proves itself with a token derived from
// the app's own NEXTAUTH_SECRET, so there is no second secret to configure, and the token says
// nothing about the secret it came from.
// One token per kind of work, so a token that runs the reminders cannot download a backup.
const PURPOSES = {
  reminders: "weerbare-werkgever:scheduled-reminders",
  backup: "weerbare-werkgever:backup",
  retention: "weerbare-werkgever:retention",
  admin: "weerbare-werkgever:first-admin",
} as const;
export type SchedulerPurpose = keyof typeof PURPOSES;

export function schedulerToken(secret: string, purpose: SchedulerPurpose = "reminders"): string {
  return crypto.createHmac("sha256", secret).update(PURPOSES[purpose]).digest("base64url");
}

/** Constant-time check of an `Authorization: Bearer <token>` header. No secret, no access. */
export function isSchedulerRequest(
  authorization: string | null,
  secret: string | undefined,
  purpose: SchedulerPurpose = "reminders",
): boolean {
  if (!secret || !authorization?.startsWith("Bearer ")) return false;
  const given = Buffer.from(authorization.slice("Bearer ".length));
  const expected = Buffer.from(schedulerToken(secret, purpose));
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
