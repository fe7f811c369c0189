import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";

/** Every account, for the admin's user page. Never the password hash. */
export async function listUsers(actor: Actor) {
  assertCapability(actor, "user:manage");
  const users = await db().user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      keyPerson: { select: { function: true } },
      passwordHash: true,
      employer: { select: { name: true } },
      expertProfile: { select: { certified: true, paused: true } },
      totpSecret: true,
      totpEnabledAt: true,
    },
  });
  // whether a second factor is on or being set up; never the secret itself
  return users.map(({ passwordHash, totpSecret, ...u }) => ({
    ...u,
    hasPassword: passwordHash !== "",
    hasSecondFactor: totpSecret !== null,
  }));
}

export async function listEmployerChoices(actor: Actor) {
  assertCapability(actor, "user:manage");
  return db().employer.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
