import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { credentialOwnerId } from "@/lib/mail/credentials";
import { kickDelivery } from "@/lib/mail/outbox";
import { manageableKeyPerson } from "@/lib/employers/key-persons";
import { notifyContactsOfNewPerson } from "@/lib/employers/notify";
import type { EmployerFunctionKey } from "@/lib/employers/schema";
import { issueAccountLink } from "./account-tokens";
import type { Tx } from "@/lib/db";

// An employer account is always one of the employer's key persons: a trainer gives a key person an
// account, or the admin's user page makes (or finds) the key person first. Accounts sit above the
// employers: they use the key persons, the key persons know nothing of password links.

/** A password hash that no password matches: the account exists but cannot log in yet. */
const NO_PASSWORD = "";

/** Gives a key person an EMPLOYER account at their employer; they choose a password through the mailed link. */
export async function giveKeyPersonAccount({ actor, keyPersonId }: { actor: Actor; keyPersonId: string }) {
  const { person } = await manageableKeyPerson(actor, keyPersonId);
  if (person.userId) throw new AppError("VALIDATION", "Deze persoon heeft al een account.");
  const user = await db().$transaction(async (tx) => {
    const created = await createEmployerAccountInTx(tx, person, actor);
    await recordAudit(
      { actor, action: "keyPerson.account", entityType: "KeyPerson", entityId: person.id, data: { userId: created.id } },
      tx,
    );
    return created;
  });
  kickDelivery();
  // without a mail server the link is in the outbox for nobody in the tandem: the admin hands it over
  // (Beheer → Gebruikers → "Link opnieuw sturen"); an admin who gave the account finds it in the outbox
  const linkVia = env().SMTP_URL ? "mail" : credentialOwnerId({ kind: "account", employerAccount: true }, actor) ? "outbox" : "admin";
  return { id: user.id, name: user.name, linkVia: linkVia as "mail" | "outbox" | "admin" };
}

/**
 * The one way an employer account comes to be (a trainer for a key person, or the admin's user page):
 * an account without password, linked to the key person, and a welcome link through the outbox.
 */
export async function createEmployerAccountInTx(
  tx: Tx,
  person: { id: string; employerId: string; name: string; email: string },
  causedBy: Actor,
): Promise<{ id: string; name: string }> {
  if (await tx.user.findUnique({ where: { email: person.email }, select: { id: true } }))
    throw new AppError("CONFLICT", "Er is al een account met dit e-mailadres.", { email: ["Dit e-mailadres heeft al een account."] });
  const user = await tx.user.create({
    data: { name: person.name, email: person.email, role: "EMPLOYER", employerId: person.employerId, passwordHash: NO_PASSWORD },
  });
  const linked = await tx.keyPerson.updateMany({
    where: { id: person.id, userId: null },
    data: { userId: user.id, version: { increment: 1 } },
  });
  if (linked.count !== 1) throw new AppError("CONFLICT", "Deze persoon heeft intussen al een account.");
  await issueAccountLink(tx, user, "welcome", causedBy);
  const kp = await tx.keyPerson.findUniqueOrThrow({ where: { id: person.id }, select: { id: true, name: true, function: true } });
  await notifyContactsOfNewPerson(tx, { employerId: person.employerId, person: kp, account: true, actor: causedBy });
  return { id: user.id, name: user.name };
}

/** The admin's user page: the key person with this address at the employer, made if there is none yet. */
export async function keyPersonForNewAccount(
  tx: Tx,
  input: { employerId: string; name: string; email: string; function: EmployerFunctionKey },
) {
  const existing = await tx.keyPerson.findUnique({ where: { employerId_email: { employerId: input.employerId, email: input.email } } });
  if (existing) return existing;
  return tx.keyPerson.create({ data: input });
}
