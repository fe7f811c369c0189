import "server-only";
import { db } from "@/lib/db";
import { hitRateLimit, clearRateLimit } from "@/lib/rate-limit";
import { verifyPassword } from "./password";
import { LOGIN_RATE_LIMITED, loginSchema } from "./login-schema";
import type { Actor, Role } from "./roles";

const LIMIT = { limit: 10, windowSeconds: 15 * 60 };

/** Checks credentials; null for any mismatch (never says which part was wrong). */
export async function authenticate(raw: unknown): Promise<Actor | null> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const key = `login:${email}`;
  const { allowed } = await hitRateLimit(key, LIMIT);
  if (!allowed) throw new Error(LOGIN_RATE_LIMITED);
  const user = await db().user.findUnique({ where: { email } });
  // Compare even for unknown users so timing does not reveal which e-mail addresses exist.
  // An account whose password was never set (empty hash) compares against the dummy too.
  const ok = await verifyPassword(password, user?.passwordHash || "$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinvali");
  if (!user || !user.passwordHash || !ok || !user.active) return null;
  await clearRateLimit(key);
  return { id: user.id, role: user.role as Role, name: user.name, employerId: user.employerId };
}
