import "server-only";
import { db } from "@/lib/db";
import { DUMMY_HASH, LEGACY_DUMMY_HASH, hashPassword, isBcryptHash, needsRehash, verifyPassword } from "./password";
import { LOGIN_ACCOUNT_LIMITED, LOGIN_ACCOUNT_BUSY, LOGIN_RATE_LIMITED, loginSchema } from "./login-schema";
import { auditLogin, countLoginAttempt } from "./login-limits";
import type { Actor, Role } from "./roles";

// Logging in reveals nothing (docs/decisions/006-rate-limits.md):
// - the same work for an existing and an unknown address: the same counters, and one argon2id
//   comparison at the same cost (against the account's hash or DUMMY_HASH), and one bcrypt one;
// - the limits on guessing (lib/auth/login-limits.ts): per client, and per account without locking
//   its owner out;
// - a successful login replaces an old bcrypt hash by an argon2id one (lib/auth/password.ts).

export { ACCOUNT_CAP, CLIENT_LIMIT, FRESH_CLIENT_SLOT } from "./login-limits";

export { DUMMY_HASH, LEGACY_DUMMY_HASH } from "./password";

/**
 * One argon2id and one bcrypt comparison on every attempt, one of them against a dummy: while some
 * accounts still have a bcrypt hash (until their next login), its cost must not tell them apart from
 * unknown addresses and argon2id accounts. npm run bench:login prints the times.
 */
export async function checkLoginPassword(password: string, hash: string): Promise<boolean> {
  const [ok] = await Promise.all([
    verifyPassword(password, hash),
    verifyPassword(password, isBcryptHash(hash) ? DUMMY_HASH : LEGACY_DUMMY_HASH),
  ]);
  return ok;
}

export interface LoginContext {
  /** The client's address (lib/security/client-address.ts); null when it cannot be read: one shared bucket. */
  clientAddress: string | null;
}

const REFUSED = { client: LOGIN_RATE_LIMITED, account: LOGIN_ACCOUNT_LIMITED, busy: LOGIN_ACCOUNT_BUSY } as const;

/** Checks credentials; null for any mismatch (never says which part was wrong); throws a refusal's code. */
export async function authenticate(raw: unknown, context: LoginContext = { clientAddress: null }): Promise<Actor | null> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const attempt = await countLoginAttempt(email, context.clientAddress);
  const user = await db().user.findUnique({ where: { email } });
  if ("refused" in attempt) {
    if (attempt.audit) await auditLogin(attempt.refused, { userId: user?.id ?? null, address: context.clientAddress });
    throw new Error(REFUSED[attempt.refused]);
  }
  // An unknown address, or an account whose password was never set, compares against the dummy.
  const ok = await checkLoginPassword(password, user?.passwordHash || DUMMY_HASH);
  if (!user || !user.passwordHash || !ok || !user.active) {
    await auditLogin("failed", { userId: user?.id ?? null, address: context.clientAddress });
    return null;
  }
  await attempt.succeeded();
  if (needsRehash(user.passwordHash)) {
    // only if it is still the hash just checked: a password changed meanwhile is not overwritten
    await db().user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash: await hashPassword(password) },
    });
  }
  return { id: user.id, role: user.role as Role, name: user.name, employerId: user.employerId };
}
