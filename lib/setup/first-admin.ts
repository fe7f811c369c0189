import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { hashLinkToken, newLinkToken, resolveLinkToken } from "@/lib/link-tokens";
import { issueAccountLink } from "@/lib/users/account-tokens";
import type { FirstAdminInput, ShellAdminInput } from "./schema";
import type { Tx } from "@/lib/db";

// A database without an admin gets its first one in one of two ways (docs/operations.md): the
// one-time link `npm start` prints on the operator's terminal, or `npm run admin:create` in a shell.
// Both refuse once an admin exists. Creating an admin takes a transaction-level advisory lock, so two
// links (or a link and the shell) used at the same moment cannot make two "first" admins.

const SETUP_LINK_HOURS = 24;
/** Who the log names for an admin made from the shell (the command is a developer word, not a name). */
const SHELL_ACTOR_LABEL = "Technisch beheer (op de server)";
/** pg_advisory_xact_lock key for "creating the first admin" (any fixed number of our own). */
const FIRST_ADMIN_LOCK = 7_140_001;

export const ADMIN_EXISTS_MESSAGE = "Er is al een beheerder. Log in, of vraag de beheerder om een account.";
export const SETUP_LINK_INVALID =
  "Deze link werkt niet (meer). Vraag de technisch beheerder om de app opnieuw te starten (dan komt er een nieuwe link) of om de eerste beheerder aan te maken.";

export const adminExists = async (client: Tx | ReturnType<typeof db> = db()) => (await client.user.count({ where: { role: "ADMIN" } })) > 0;

/**
 * A fresh setup link when there is no admin (earlier unused links stop working: only the newest
 * printed link counts), or null when there is one.
 */
export async function issueSetupLink(now = new Date()): Promise<string | null> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`;
    if (await adminExists(tx)) return null;
    await tx.setupToken.updateMany({ where: { usedAt: null }, data: { usedAt: now } });
    const { token, tokenHash } = newLinkToken();
    await tx.setupToken.create({ data: { tokenHash, expiresAt: new Date(now.getTime() + SETUP_LINK_HOURS * 3600_000) } });
    return `${env().APP_URL}/inrichten/${token}`;
  });
}

/** Whether this link can still create the first admin (for the page: a plain 404 otherwise). */
export async function setupLinkUsable(token: string): Promise<boolean> {
  const link = await resolveLinkToken(token, (tokenHash) => db().setupToken.findUnique({ where: { tokenHash } }));
  return !!link && !link.usedAt && link.expiresAt > new Date() && !(await adminExists());
}

/** The setup link's form: creates the first admin with the password they chose. */
export async function createFirstAdmin(input: FirstAdminInput) {
  await assertStrongPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`;
    if (await adminExists(tx)) throw new AppError("CONFLICT", ADMIN_EXISTS_MESSAGE);
    const claimed = await tx.setupToken.updateMany({
      where: { tokenHash: hashLinkToken(input.token), usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError("INVITE_INVALID", SETUP_LINK_INVALID);
    const user = await createAdminIn(tx, input, passwordHash);
    await recordAudit({ actor: { id: null, name: input.name }, action: "setup.firstAdmin", entityType: "User", entityId: user.id }, tx);
    return { email: user.email };
  });
}

/**
 * `npm run admin:create -- --email … --name …`: the first admin from a shell. The account gets a
 * one-time link to choose a password, which the script prints (in the outbox nobody sees the link).
 */
export async function createFirstAdminFromShell(input: ShellAdminInput): Promise<{ email: string; url: string }> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`;
    if (await adminExists(tx)) throw new AppError("CONFLICT", ADMIN_EXISTS_MESSAGE);
    const user = await createAdminIn(tx, input, "");
    const url = await issueAccountLink(tx, user, "welcome", null);
    await tx.setupToken.updateMany({ where: { usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(
      { actor: { id: null, name: SHELL_ACTOR_LABEL }, action: "setup.firstAdmin", entityType: "User", entityId: user.id },
      tx,
    );
    return { email: user.email, url };
  });
}

async function createAdminIn(tx: Tx, input: { name: string; email: string }, passwordHash: string) {
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
    throw new AppError("CONFLICT", "Er is al een account met dit e-mailadres.", { email: ["Dit e-mailadres heeft al een account."] });
  return tx.user.create({ data: { name: input.name, email: input.email, role: "ADMIN", passwordHash } });
}

/** What `npm run admin:create` prints, directly or through the running app. */
export const adminCreatedMessage = ({ email, url }: { email: string; url: string }) =>
  `Beheerder ${email} is aangemaakt. Kies het wachtwoord met deze link (werkt één keer, een week lang):\n  ${url}`;
