import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertEmployerCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError, notFound } from "@/lib/errors";
import { readOrganisation } from "@/lib/organisation/settings";
import { ownerLabel } from "@/lib/organisation/texts";
import { forgetKeyPersonNames } from "./key-person-names";
import { notifyContactsOfNewPerson, notifyDirectieDropped } from "./notify";
import type { KeyPersonCreateInput, KeyPersonUpdateInput } from "./schema";
import type { Tx } from "@/lib/db";

// Key persons: the people who matter at an employer (directie, HR, leidinggevenden, OR), one record
// per person. The traject's contact person is one of them; a trainer can give one an account (the
// EMPLOYER role, activated through a one-time link in the outbox: lib/users/employer-accounts.ts). Their account's e-mail address is
// their login, so it is not changed here.

const CONFLICT_MESSAGE =
  "Iemand anders heeft deze persoon intussen gewijzigd. Laad de pagina opnieuw en kijk of uw wijziging nog nodig is.";
const DUPLICATE_EMAIL = {
  message: "Deze persoon staat al bij deze werkgever.",
  fieldMessage: ["Dit e-mailadres staat al bij deze werkgever."],
};
/** A confirmed directie's name, address and function are the admin's to change; the admin as the settings name them. */
const confirmedDirectie = async () =>
  `Deze persoon is door de werkgever bevestigd als directie. Naam, e-mailadres en functie kan alleen ${ownerLabel(await readOrganisation())} wijzigen, op verzoek van de werkgever.`;
const isConfirmedDirectie = (p: { function: string; directieConfirmedAt: Date | null }) =>
  p.function === "DIRECTIE" && p.directieConfirmedAt !== null;

async function assertEmailFreeAtEmployer(tx: Tx, employerId: string, email: string, exceptId?: string, field = "email") {
  const same = await tx.keyPerson.findFirst({
    where: { employerId, email, id: exceptId ? { not: exceptId } : undefined },
    select: { id: true },
  });
  if (same) throw new AppError("VALIDATION", DUPLICATE_EMAIL.message, { [field]: DUPLICATE_EMAIL.fieldMessage });
}

export async function addKeyPerson({ actor, input }: { actor: Actor; input: KeyPersonCreateInput }) {
  await assertEmployerCapability({ actor, employerId: input.employerId, capability: "keyPerson:manage" });
  return db().$transaction((tx) => unsafeAddKeyPersonIn(tx, actor, input));
}

/**
 * A new key person, audited and announced to the employer's contact persons, in the caller's transaction
 * (addKeyPerson; the invite form's "someone else": inviteRespondents). No check of its own: the caller
 * asserted keyPerson:manage on the employer. An address already at the employer is refused (`emailField`:
 * the form field its error belongs to).
 */
export async function unsafeAddKeyPersonIn(tx: Tx, actor: Actor, input: KeyPersonCreateInput, emailField = "email") {
  await assertEmailFreeAtEmployer(tx, input.employerId, input.email, undefined, emailField);
  const person = await tx.keyPerson.create({ data: input });
  await recordAudit({ actor, action: "keyPerson.create", entityType: "KeyPerson", entityId: person.id }, tx);
  await notifyContactsOfNewPerson(tx, { employerId: input.employerId, person, account: false, actor });
  return { id: person.id, name: person.name };
}

/**
 * The key person and the actor's right to manage its employer's people; NOT_FOUND when they cannot see
 * that employer. `mayAmendDirectie`: ECIO's say over the employer's directie (whoever confirms a first
 * directie) — only they change or remove a directie the employer confirmed, never the tandem (issue 20).
 */
/** The key person, if this actor may manage the people at its employer (and whether they may amend a confirmed directie). */
export async function manageableKeyPerson(actor: Actor, keyPersonId: string) {
  const person = await db().keyPerson.findUnique({ where: { id: keyPersonId } });
  if (!person) throw notFound("Deze persoon");
  const access = await assertEmployerCapability({ actor, employerId: person.employerId, capability: "keyPerson:manage" });
  return { person, mayAmendDirectie: access.capabilities.has("directie:confirmFirst") };
}

export async function updateKeyPerson({ actor, input }: { actor: Actor; input: KeyPersonUpdateInput }) {
  const { person, mayAmendDirectie } = await manageableKeyPerson(actor, input.keyPersonId);
  if (person.userId && input.email !== person.email)
    throw new AppError("VALIDATION", "Met dit e-mailadres logt deze persoon in. Alleen de beheerder kan het wijzigen.", {
      email: ["Dit is ook het inlogadres van het account."],
    });
  // checked against the row read here, so that must be the row the editor saw
  if (input.version !== person.version) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
  const changesIdentity = input.email !== person.email || input.function !== person.function || input.name !== person.name;
  // the employer's confirmation is the employer's: the tandem cannot undo it by editing (issue 20)
  if (isConfirmedDirectie(person) && changesIdentity && !mayAmendDirectie) throw new AppError("VALIDATION", await confirmedDirectie());
  const dropsConfirmation = isConfirmedDirectie(person) && (input.email !== person.email || input.function !== person.function);
  return db().$transaction(async (tx) => {
    await assertEmailFreeAtEmployer(tx, person.employerId, input.email, person.id);
    const updated = await tx.keyPerson.updateMany({
      where: { id: person.id, version: input.version },
      data: {
        name: input.name,
        email: input.email,
        function: input.function,
        version: { increment: 1 },
        // another address or function is another directie: the employer confirms it anew (issue 20)
        ...(input.email !== person.email || input.function !== person.function
          ? { directieConfirmedAt: null, directieConfirmedById: null }
          : {}),
      },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    // the account shows the same name
    if (person.userId) await tx.user.update({ where: { id: person.userId }, data: { name: input.name } });
    await recordAudit({ actor, action: "keyPerson.update", entityType: "KeyPerson", entityId: person.id }, tx);
    if (dropsConfirmation)
      await notifyDirectieDropped(tx, {
        employerId: person.employerId,
        person: { id: person.id, name: input.name },
        removed: false,
        actor,
      });
    return { id: person.id };
  });
}

/** Removes someone who no longer plays a part; a traject that had them as contact then has none. */
export async function removeKeyPerson({ actor, keyPersonId }: { actor: Actor; keyPersonId: string }) {
  const { person, mayAmendDirectie } = await manageableKeyPerson(actor, keyPersonId);
  if (person.userId)
    throw new AppError("VALIDATION", "Deze persoon heeft een account. Vraag de beheerder het account uit te zetten of te wissen.");
  if (isConfirmedDirectie(person) && !mayAmendDirectie)
    throw new AppError(
      "VALIDATION",
      `Deze persoon is door de werkgever bevestigd als directie. Alleen ${ownerLabel(await readOrganisation())} kan deze persoon verwijderen.`,
    );
  await db().$transaction(async (tx) => {
    await tx.keyPerson.delete({ where: { id: person.id } });
    // the summaries of session 2 keep what was mailed, without the name of who is no longer there
    await forgetKeyPersonNames(tx, person.employerId, [person.id]);
    await recordAudit({ actor, action: "keyPerson.remove", entityType: "KeyPerson", entityId: person.id }, tx);
    if (isConfirmedDirectie(person)) await notifyDirectieDropped(tx, { employerId: person.employerId, person, removed: true, actor });
  });
}
