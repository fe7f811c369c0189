import "server-only";
import { capabilitiesFor } from "@/lib/auth/capabilities";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { formatDateTime } from "@/lib/dates";
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { newLinkToken, resolveLinkToken } from "@/lib/link-tokens";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { emailChangeConfirmMail, emailChangedNoticeMail } from "./email-change-mail";
import type { EmailChangeConfirmInput, EmailChangeRequestInput } from "./schema";

// An admin changes an account's login address (issue 24; docs/decisions/020-admin-changes-email.md).
// The address changes only when the NEW address confirms: a one-time link (only its SHA-256 stored,
// 48 hours, one pending change per account: a new request replaces it) opens a page that asks to
// confirm, and the POST of that page makes the change. Then the OLD address is told. Sessions stay:
// the password is the same and the person just proved they hold the new inbox; the log has the event.

export const EMAIL_CHANGE_HOURS = 48;
/** The log's actions of a change; their details hold the addresses ({ from, to }). */
export const EMAIL_CHANGE_ACTIONS = ["user.requestEmailChange", "user.changeEmail"];
const HOUR_MS = 3_600_000;

export const EMAIL_CHANGE_LINK_HELP = `Een link om een nieuw e-mailadres te bevestigen werkt één keer en ${EMAIL_CHANGE_HOURS} uur lang. Vraag de beheerder gerust om een nieuwe.`;
export const EMAIL_CHANGE_LINK_INVALID = `Deze link werkt niet (meer). ${EMAIL_CHANGE_LINK_HELP}`;

const refused = (message: string, field: string) => new AppError("CONFLICT", message, { email: [field] });

/** The new address must be no one else's: not another account's, not waiting for another, not another key person's at the employer. */
async function assertAddressFree(tx: Tx, user: { id: string; keyPerson: { id: string; employerId: string } | null }, email: string) {
  const now = new Date();
  if (await tx.user.findFirst({ where: { email: { equals: email, mode: "insensitive" }, id: { not: user.id } }, select: { id: true } }))
    throw refused("Er is al een account met dit e-mailadres.", "Dit e-mailadres heeft al een account.");
  if (
    await tx.emailChange.findFirst({
      where: { newEmail: email, userId: { not: user.id }, expiresAt: { gt: now } },
      select: { userId: true },
    })
  )
    throw refused("Dit e-mailadres wacht al op bevestiging voor een ander account.", "Dit e-mailadres wacht al op bevestiging.");
  if (
    user.keyPerson &&
    (await tx.keyPerson.findFirst({
      where: { employerId: user.keyPerson.employerId, email: { equals: email, mode: "insensitive" }, id: { not: user.keyPerson.id } },
      select: { id: true },
    }))
  )
    throw refused("Dit e-mailadres staat al bij een andere persoon van deze werkgever.", "Dit e-mailadres staat al bij een ander.");
}

const userForChange = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  keyPerson: { select: { id: true, employerId: true } },
};

/** The account and its pending change, for the admin's page; an unknown account is NOT_FOUND. */
export async function getEmailChangeForAdmin({ actor, userId }: { actor: Actor; userId: string }) {
  assertCapability(actor, "user:manage");
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      emailChange: { select: { newEmail: true, expiresAt: true, createdAt: true } },
    },
  });
  if (!user) throw notFound("Deze gebruiker");
  const { emailChange, ...rest } = user;
  // an expired change is as good as none (the retention job removes it)
  return { ...rest, pending: emailChange && emailChange.expiresAt > new Date() ? emailChange : null };
}

/** Sends the new address a link to confirm; replaces a change still pending (its link stops working). */
export async function requestEmailChange({ actor, input }: { actor: Actor; input: EmailChangeRequestInput }) {
  assertCapability(actor, "user:manage");
  const result = await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: userForChange });
    if (!user) throw notFound("Deze gebruiker");
    if (!user.active) throw new AppError("VALIDATION", "Dit account staat uit. Zet het eerst weer aan.");
    if (user.email.toLowerCase() === input.email)
      throw new AppError("VALIDATION", "Dit is al het e-mailadres van dit account.", { email: ["Vul het nieuwe e-mailadres in."] });
    await assertAddressFree(tx, user, input.email);
    const { token, tokenHash } = newLinkToken();
    const createdAt = new Date();
    const change = {
      newEmail: input.email,
      tokenHash,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + EMAIL_CHANGE_HOURS * HOUR_MS),
      requestedById: actor.id,
    };
    await tx.emailChange.upsert({
      where: { userId: user.id },
      create: { userId: user.id, ...change },
      update: change,
    });
    const url = `${env().APP_URL}/account/e-mailadres/${token}`;
    await enqueueMail(
      {
        kind: "account",
        to: input.email,
        ...emailChangeConfirmMail({ name: user.name, newEmail: input.email, url, hours: EMAIL_CHANGE_HOURS }),
        // the link is a credential: without SMTP only this admin sees it in the outbox (lib/mail/credentials.ts)
        causedBy: actor,
        employerAccount: capabilitiesFor(user).has("workspace:werkgever"),
      },
      tx,
    );
    // the addresses are in the details: erasing the employer finds the mails sent to them (lib/privacy/erasure.ts)
    await recordAudit(
      { actor, action: "user.requestEmailChange", entityType: "User", entityId: user.id, data: { from: user.email, to: input.email } },
      tx,
    );
    return { name: user.name, newEmail: input.email, expiresAt: change.expiresAt };
  });
  kickDelivery();
  return result;
}

/** The pending change behind a valid, unexpired link of an active account; null for anything else (never says which). */
export async function findEmailChangeLink(token: string) {
  const change = await resolveLinkToken(token, (tokenHash) =>
    db().emailChange.findUnique({
      where: { tokenHash },
      select: { tokenHash: true, newEmail: true, expiresAt: true, requestedById: true, user: { select: userForChange } },
    }),
  );
  if (!change || change.expiresAt <= new Date() || !change.user.active) return null;
  return change;
}

/** The new address confirms: the account's login address (and its key person's) becomes it, the old address is told. */
export async function confirmEmailChange(input: EmailChangeConfirmInput) {
  const change = await findEmailChangeLink(input.token);
  if (!change) throw new AppError("INVITE_INVALID", EMAIL_CHANGE_LINK_INVALID);
  const { user, newEmail } = change;
  try {
    await db().$transaction(async (tx) => {
      // claim the link: of two simultaneous confirmations only one finds it (a replaced link has another hash)
      const claimed = await tx.emailChange.deleteMany({ where: { userId: user.id, tokenHash: change.tokenHash } });
      if (claimed.count !== 1) throw new AppError("INVITE_INVALID", EMAIL_CHANGE_LINK_INVALID);
      await assertAddressFree(tx, user, newEmail);
      await tx.user.update({ where: { id: user.id }, data: { email: newEmail } });
      // an employer account is also a key person: one address for both (lib/employers/key-persons.ts)
      if (user.keyPerson) await tx.keyPerson.update({ where: { id: user.keyPerson.id }, data: { email: newEmail } });
      const admin = change.requestedById
        ? await tx.user.findUnique({ where: { id: change.requestedById }, select: { name: true, email: true } })
        : null;
      await enqueueMail(
        {
          kind: "account",
          to: user.email,
          ...emailChangedNoticeMail({ name: user.name, newEmail, when: formatDateTime(new Date()), admin }),
          replyTo: admin?.email,
          causedBy: null,
        },
        tx,
      );
      await recordAudit(
        {
          actor: { id: null, name: user.name },
          action: "user.changeEmail",
          entityType: "User",
          entityId: user.id,
          data: { from: user.email, to: newEmail },
        },
        tx,
      );
    });
  } catch (e) {
    // taken between the check and the write (two changes to one address at once)
    if (isUniqueViolation(e))
      throw refused(
        "Er is intussen een ander account met dit e-mailadres. Er is niets gewijzigd; vraag de beheerder om raad.",
        "In gebruik.",
      );
    throw e;
  }
  kickDelivery();
  return { email: newEmail };
}
