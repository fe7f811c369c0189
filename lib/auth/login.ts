import "server-only";
import { db } from "@/lib/db";
import { hitRateLimit, clearRateLimit, undoRateLimitHit } from "@/lib/rate-limit";
import { verifyPassword } from "./password";
import { LOGIN_RATE_LIMITED, loginSchema } from "./login-schema";
import type { Actor, Role } from "./roles";

// Logging in reveals nothing and cannot be used to lock someone out (docs/decisions/006-rate-limits.md):
// - the same work for an existing and an unknown address: one bcrypt comparison at the same cost;
// - a client (address) that keeps failing is refused for a while, but only that client;
// - an account that many clients fail on gets slower, never closed: the right password from a client
//   that has not failed still works.

/** A valid bcrypt hash (cost 10, like real ones) of a random secret nobody knows. */
export const DUMMY_HASH = "$2b$10$cjBORuBAMHl4.0yHELAOEuJv1CdIIxUP29XZ1NucpfBKBI6ASbE8K";

export const CLIENT_LIMIT = { limit: 20, windowSeconds: 15 * 60 };
export const ACCOUNT_WINDOW = { limit: Number.MAX_SAFE_INTEGER, windowSeconds: 15 * 60 };
/** Failed attempts on one account within the window before each further attempt waits. */
export const ACCOUNT_SLOW_AFTER = 5;

/** The wait before checking a password, given the failures on that account so far: 0, then 0.25 s doubling to 4 s. */
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_SLOW_AFTER) return 0;
  return Math.min(4000, 250 * 2 ** (failures - ACCOUNT_SLOW_AFTER));
}

export interface LoginContext {
  /** The client's address (lib/security/client-address.ts); null when unknown, then no per-client limit. */
  clientAddress: string | null;
  /** How to wait; injectable so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Checks credentials; null for any mismatch (never says which part was wrong). */
export async function authenticate(raw: unknown, context: LoginContext = { clientAddress: null }): Promise<Actor | null> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const clientKey = context.clientAddress ? `login-client:${context.clientAddress}` : null;
  const accountKey = `login-account:${email}`;
  // Every attempt counts first (atomic, so parallel guesses cannot slip past); a success takes its own
  // hit back. Both counters exist for unknown addresses too, and expire.
  if (clientKey && !(await hitRateLimit(clientKey, CLIENT_LIMIT)).allowed) throw new Error(LOGIN_RATE_LIMITED);
  const { count } = await hitRateLimit(accountKey, ACCOUNT_WINDOW);
  const delay = accountDelayMs(count - 1);
  if (delay > 0) await (context.sleep ?? wait)(delay);
  const user = await db().user.findUnique({ where: { email } });
  // An unknown address, or an account whose password was never set, compares against the dummy.
  const ok = await verifyPassword(password, user?.passwordHash || DUMMY_HASH);
  if (!user || !user.passwordHash || !ok || !user.active) return null;
  await undoRateLimitHit(accountKey);
  if (clientKey) await clearRateLimit(clientKey);
  return { id: user.id, role: user.role as Role, name: user.name, employerId: user.employerId };
}
