import "server-only";
import { db, type Tx } from "@/lib/db";
import { endLogins } from "@/lib/auth/logins";
import { assertCapability } from "@/lib/auth/guard";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { roleBelongsToEmployer, roleHasExpertProfile, type Actor, type Role } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { kickDelivery } from "@/lib/mail/outbox";
import { clearRateLimit, hitRateLimit } from "@/lib/rate-limit";
import { resolveLinkToken } from "@/lib/link-tokens";
import { closeOpenAccountLinks, issueAccountLink } from "./account-tokens";
import { afterPasswordChange } from "./password-notice";
import { ensureExpertProfile } from "@/lib/experts/profile";
import { createEmployerAccountInTx, keyPersonForNewAccount } from "./employer-accounts";
import type { AccountActivationInput, PasswordChangeInput, UserCreateInput } from "./schema";

// Accounts are made by an admin. A new account has no password: the person gets a one-time link
// (outbox) and chooses one. The same link, sent again, is how a forgotten password is reset.

/** A password hash that no password matches: the account exists but cannot log in yet. */
const NO_PASSWORD = "";

export async function createUser({ actor, input }: { actor: Actor; input: UserCreateInput }) {
  assertCapability(actor, "user:manage");
  const isEmployer = roleBelongsToEmployer(input.role);
  const user = await db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Er is al een account met dit e-mailadres.", { email: ["Dit e-mailadres heeft al een account."] });
    }
    if (isEmployer && !(await tx.employer.findUnique({ where: { id: input.employerId! }, select: { id: true } }))) {
      throw new AppError("VALIDATION", "Niet alles is goed ingevuld. Kijk de gemarkeerde velden na.", {
        employerId: ["Kies een bestaande werkgever."],
      });
    }
    if (isEmployer) {
      // an employer account is always one of the employer's key persons (lib/employers/key-persons.ts)
      const person = await keyPersonForNewAccount(tx, {
        employerId: input.employerId!,
        name: input.name,
        email: input.email,
        function: input.employerFunction!,
      });
      const created = await createEmployerAccountInTx(tx, person, actor);
      await recordAudit({ actor, action: "user.create", entityType: "User", entityId: created.id, data: { role: input.role } }, tx);
      return created;
    }
    return createAccountInTx(tx, { name: input.name, email: input.email, role: input.role }, actor);
  });
  kickDelivery();
  return { id: user.id, name: user.name };
}

/**
 * An account of the programme's side (not an employer's) in the caller's transaction, with its welcome
 * link in the outbox: the one way such an account is made (createUser; a candidate starting a cohort,
 * lib/training/candidates.ts). The caller checked the capability and that the address is free, and kicks
 * the delivery after its commit.
 */
export async function createAccountInTx(tx: Tx, person: { name: string; email: string; role: Role }, actor: Actor) {
  const created = await tx.user.create({ data: { ...person, passwordHash: NO_PASSWORD } });
  if (roleHasExpertProfile(created.role)) await ensureExpertProfile(tx, created.id);
  await issueAccountLink(tx, created, "welcome", actor);
  await recordAudit({ actor, action: "user.create", entityType: "User", entityId: created.id, data: { role: created.role } }, tx);
  return created;
}

export async function sendAccountLink({ actor, userId }: { actor: Actor; userId: string }) {
  assertCapability(actor, "user:manage");
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw notFound("Deze gebruiker");
    if (!user.active) throw new AppError("VALIDATION", "Dit account staat uit. Zet het eerst weer aan.");
    await issueAccountLink(tx, user, "reset", actor);
    // a reset is sent when someone may be in the account who should not be: every session ends, and
    // the calendar feed's secret address stops working (they may have copied it)
    await endLogins(tx, { userId, reason: "PASSWORD_RESET" });
    await tx.user.update({ where: { id: userId }, data: { calendarFeedHash: null, calendarFeedCreatedAt: null } });
    await recordAudit({ actor, action: "user.sendLink", entityType: "User", entityId: user.id }, tx);
  });
  kickDelivery();
}

export async function setUserActive({ actor, userId, active }: { actor: Actor; userId: string; active: boolean }) {
  assertCapability(actor, "user:manage");
  if (userId === actor.id && !active) throw new AppError("VALIDATION", "U kunt uw eigen account niet uitzetten.");
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFound("Deze gebruiker");
    await tx.user.update({ where: { id: userId }, data: { active } });
    // an account that is switched off keeps no working password link,
    // and no session: switching it back on later does not revive them (a fresh login is needed)
    if (!active) {
      await closeOpenAccountLinks(tx, userId);
      await endLogins(tx, { userId, reason: "ACCOUNT_OFF" });
    }
    await recordAudit({ actor, action: active ? "user.activate" : "user.deactivate", entityType: "User", entityId: userId }, tx);
  });
}

/** The person behind a valid, unused, unexpired link; null for anything else (never says which). */
export async function findAccountLink(token: string) {
  const link = await resolveLinkToken(token, (tokenHash) =>
    db().accountToken.findUnique({
      where: { tokenHash },
      select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true, active: true } } },
    }),
  );
  if (!link || link.usedAt || link.expiresAt <= new Date() || !link.user.active) return null;
  return { tokenId: link.id, user: link.user };
}

export const ACCOUNT_LINK_INVALID = "Deze link werkt niet (meer). Vraag de beheerder om een nieuwe link.";

export async function activateAccount(input: AccountActivationInput) {
  const link = await findAccountLink(input.token);
  if (!link) throw new AppError("INVITE_INVALID", ACCOUNT_LINK_INVALID);
  await assertStrongPassword(input.password, link.user);
  const passwordHash = await hashPassword(input.password);
  await db().$transaction(async (tx) => {
    // claim the link: of two simultaneous submissions only one finds it unused
    const claimed = await tx.accountToken.updateMany({ where: { id: link.tokenId, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw new AppError("INVITE_INVALID", ACCOUNT_LINK_INVALID);
    const prior = await tx.user.findUniqueOrThrow({ where: { id: link.user.id }, select: { passwordHash: true } });
    await tx.user.update({ where: { id: link.user.id }, data: { passwordHash } });
    await endLogins(tx, { userId: link.user.id, reason: "PASSWORD_SET" });
    // a first password (welcome link) needs no notice; replacing one through a link is a reset
    if (prior.passwordHash !== NO_PASSWORD) await afterPasswordChange(tx, link.user, "reset");
    await recordAudit(
      { actor: { id: null, name: link.user.name }, action: "user.setPassword", entityType: "User", entityId: link.user.id },
      tx,
    );
  });
  kickDelivery();
  return { email: link.user.email };
}

const PASSWORD_CHANGE_LIMIT = { limit: 10, windowSeconds: 15 * 60 };

/** Any signed-in user, for their own account only: the current password proves it is them. */
export async function changeOwnPassword({ actor, input }: { actor: Actor; input: PasswordChangeInput }) {
  assertCapability(actor, "account:own");
  const key = `password-change:${actor.id}`;
  // a stolen, still open session must not become a way to guess the password
  if (!(await hitRateLimit(key, PASSWORD_CHANGE_LIMIT)).allowed) {
    throw new AppError("RATE_LIMITED", "Te veel pogingen. Probeer het over een kwartier opnieuw.");
  }
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { id: true, name: true, email: true, passwordHash: true } });
  if (!user || !user.passwordHash || !(await verifyPassword(input.current, user.passwordHash))) {
    throw new AppError("VALIDATION", "Niet alles is goed ingevuld. Kijk de gemarkeerde velden na.", {
      current: ["Dit is niet uw huidige wachtwoord."],
    });
  }
  await assertStrongPassword(input.password, { email: user.email, name: user.name });
  const passwordHash = await hashPassword(input.password);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await afterPasswordChange(tx, user, "changed");
    // a password link that is still open should not undo this change later
    await closeOpenAccountLinks(tx, actor.id);
    // whoever else was signed in with the old password is out; this session stays
    await endLogins(tx, { userId: actor.id, reason: "PASSWORD_CHANGED", keep: actor.loginId });
    await recordAudit({ actor, action: "user.changePassword", entityType: "User", entityId: actor.id }, tx);
  });
  kickDelivery();
  await clearRateLimit(key);
}
