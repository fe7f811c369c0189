import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { assertEmployerCapability, assertTrajectCapability } from "@/lib/auth/guard";
import { isSystemActor, type Actor, type SystemActor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { scanInvitationMail } from "@/lib/mail/templates";
import { getLatestQuestionnaire, getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { coreStatementKeys, minutesFor } from "@/lib/questionnaires/short";
import { amsterdamInstant, formatDate, isoDay } from "@/lib/dates";
import { deadlineBeforeSession1 } from "./deadline";
import { scanDeadlineMail } from "@/lib/mail/templates";
import { readOrganisation } from "@/lib/organisation/settings";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InvitationInput, InviteRespondentsInput } from "./schema";
import type { RespondentFunctionKey } from "../respondent-functions";
import { unsafeAddKeyPersonIn } from "@/lib/employers/key-persons";
import { newLinkToken } from "@/lib/link-tokens";
import { FIRST_ROUND, currentRound, openRoundIds, roundState, type RoundState } from "../rounds/rounds";

const DAY = 24 * 3600 * 1000;
/** A link keeps working for a while after the deadline: late answers are still welcome. */
const GRACE_DAYS = 14;
const REMINDER_INTERVAL_DAYS = 2;

const closedRoundMessage = (number: number) =>
  number === FIRST_ROUND
    ? "De scan is gesloten: de links slaan geen antwoorden meer op. Moet er toch iemand bij, zet de fase dan terug naar 'Scan loopt'."
    : "Deze vervolgscan is afgesloten: er kunnen geen mensen meer bij.";

const scanUrl = (token: string) => `${env().APP_URL}/scan/${token}`;
const endOfDay = (isoDate: string) => amsterdamInstant(isoDate, "23:59");

/** One person, named in full: the invite form's "someone else" alone; refused (CONFLICT) when already invited in the round. */
export async function createInvitation({ actor, input }: { actor: Actor; input: InvitationInput }) {
  const { people } = await inviteRespondents({
    actor,
    input: {
      trajectId: input.trajectId,
      deadline: input.deadline,
      keyPersonIds: [],
      otherName: input.name,
      otherEmail: input.email,
      otherFunction: input.function,
      saveAsKeyPerson: false,
    },
    emailField: "email",
  });
  return { id: people[0]!.id! };
}

/** What happened to one person of the invite form: invited now, or already invited in this round (refused as a duplicate). */
export type InviteOutcome = { name: string; email: string; status: "sent" | "alreadyInvited"; id?: string };

const ALREADY_INVITED_ONE = "Deze persoon is al uitgenodigd voor deze scan. Stuur de uitnodiging eventueel opnieuw.";
const ALREADY_INVITED_ALL = "Iedereen die u koos is al uitgenodigd voor deze scan. Stuur een uitnodiging eventueel opnieuw.";

/**
 * The invite form (issue 24): the ticked key persons of the traject's employer and "someone else", in one
 * transaction, into the newest round. Each address is invited once per round: who already is, is left
 * out and reported as such; when that is everyone, nothing is stored (CONFLICT). A key person of another
 * employer refuses the whole form. "Someone else" is saved as a key person too when asked, which takes
 * keyPerson:manage on the employer. `emailField`: the form field a duplicate's error belongs to.
 */
export async function inviteRespondents({
  actor,
  input,
  emailField = "otherEmail",
}: {
  actor: Actor;
  input: InviteRespondentsInput;
  emailField?: string;
}): Promise<{ people: InviteOutcome[]; savedKeyPerson: string | null }> {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "invitation:manage" });
  const other =
    input.otherName !== "" || input.otherEmail !== ""
      ? { name: input.otherName, email: input.otherEmail, function: input.otherFunction }
      : null;
  const save = other !== null && input.saveAsKeyPerson;
  const { employerId } = await db().traject.findUniqueOrThrow({ where: { id: input.trajectId }, select: { employerId: true } });
  if (save) await assertEmployerCapability({ actor, employerId, capability: "keyPerson:manage" });
  const deadline = endOfDay(input.deadline);
  // read before the transaction: on the embedded database a query outside it would wait for it
  const latest = await getLatestQuestionnaire();
  const result = await db().$transaction(async (tx) => {
    // new invitations go to the newest round; the same person may be invited again in a new round
    const round = await currentRound(tx, input.trajectId);
    if (!round.open) throw new AppError("VALIDATION", closedRoundMessage(round.number));
    const traject = await tx.traject.findUniqueOrThrow({ where: { id: input.trajectId }, include: { employer: true, trainer: true } });
    const people = [...(await tickedKeyPersons(tx, traject, input.keyPersonIds)), ...(other ? [other] : [])];
    if (save) await unsafeAddKeyPersonIn(tx, actor, { employerId, ...other }, emailField);
    const taken = new Set(
      (
        await tx.scanInvitation.findMany({
          where: { roundId: round.id, email: { in: people.map((p) => p.email) }, revokedAt: null },
          select: { email: true },
        })
      ).map((i) => i.email),
    );
    const outcomes: InviteOutcome[] = people.map((p) => {
      const status = taken.has(p.email) ? "alreadyInvited" : "sent";
      taken.add(p.email); // the same address twice in one form is one invitation
      return { name: p.name, email: p.email, status };
    });
    const toSend = people.filter((_, i) => outcomes[i]!.status === "sent");
    if (toSend.length === 0)
      throw new AppError("CONFLICT", people.length === 1 ? ALREADY_INVITED_ONE : ALREADY_INVITED_ALL, {
        ...(other ? { [emailField]: ["Al uitgenodigd."] } : {}),
      });
    if (round.number === FIRST_ROUND) await openFirstRound(tx, { traject, latestId: latest?.id, deadlineDay: input.deadline, deadline });
    for (const [i, person] of people.entries()) {
      if (outcomes[i]!.status !== "sent") continue;
      const invitation =
        round.number === FIRST_ROUND
          ? await createAndMail(tx, { actor, traject, roundId: round.id, person, deadline, followUp: false })
          : await inviteToFollowUp(tx, { actor, person, round, traject, deadline });
      outcomes[i]!.id = invitation.id;
    }
    return { people: outcomes, savedKeyPerson: save ? other.name : null };
  });
  kickDelivery();
  return result;
}

/** The ticked key persons, each invited as their function (one list, ADR 022); any of another employer refuses the form. */
async function tickedKeyPersons(tx: Prisma.TransactionClient, traject: { employerId: string; employer: { name: string } }, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await tx.keyPerson.findMany({
    where: { id: { in: unique }, employerId: traject.employerId },
    select: { id: true, name: true, email: true, function: true },
  });
  if (found.length !== unique.length)
    throw new AppError("VALIDATION", `Kies alleen sleutelpersonen van ${traject.employer.name}. Er is niemand uitgenodigd.`, {
      keyPersonIds: ["Niet alle gekozen personen horen bij deze werkgever."],
    });
  const byId = new Map(found.map((k) => [k.id, k]));
  return unique.map((id) => {
    const k = byId.get(id)!;
    return { name: k.name, email: k.email, function: k.function satisfies RespondentFunctionKey };
  });
}

/** The first round's scan starts with its first invitations: the questionnaire, the deadline and the traject's phase. */
async function openFirstRound(
  tx: Prisma.TransactionClient,
  {
    traject,
    latestId,
    deadlineDay,
    deadline,
  }: {
    traject: { id: string; status: string; questionnaireId: string | null; scanDeadline: Date | null };
    latestId: string | undefined;
    deadlineDay: string;
    deadline: Date;
  },
) {
  // the first deadline given by hand (not the one session 1 implies) stops it following session 1
  const session1 = await tx.trajectSession.findUnique({
    where: { trajectId_number: { trajectId: traject.id, number: 1 } },
    select: { scheduledAt: true },
  });
  const implied = session1?.scheduledAt ? isoDay(deadlineBeforeSession1(session1.scheduledAt)) : null;
  await tx.traject.update({
    where: { id: traject.id },
    data: {
      questionnaireId: traject.questionnaireId ?? latestId,
      scanDeadline: traject.scanDeadline ?? deadline,
      scanDeadlineManual: traject.scanDeadline ? undefined : implied !== deadlineDay,
      status: traject.status === "INTAKE" ? "SCAN_OPEN" : undefined,
    },
  });
}

type InvitingTraject = { id: string; employer: { name: string }; trainer: { name: string; email: string } };

/** How long a short round takes (its core statements), for its mails; undefined for the full scan. */
async function shortRoundMinutes(client: Prisma.TransactionClient, roundId: string): Promise<number | undefined> {
  const round = await client.scanRound.findUnique({ where: { id: roundId }, select: { short: true, number: true, questionnaireId: true } });
  if (!round?.short || round.number === FIRST_ROUND || !round.questionnaireId) return undefined;
  return minutesFor(coreStatementKeys(await getQuestionnaireContent(round.questionnaireId, client)).length);
}

/** The invitation mail and the audit entry, in the caller's transaction. */
async function mailInvitation(
  tx: Prisma.TransactionClient,
  {
    actor,
    traject,
    invitation,
    deadline,
    token,
    followUp,
  }: {
    actor: Actor;
    traject: InvitingTraject;
    invitation: { id: string; name: string; email: string; roundId: string };
    deadline: Date;
    token: string;
    followUp: boolean;
  },
) {
  const minutes = await shortRoundMinutes(tx, invitation.roundId);
  const mail = scanInvitationMail({
    name: invitation.name,
    employerName: traject.employer.name,
    trainerName: traject.trainer.name,
    organisation: (await readOrganisation(tx)).name,
    url: scanUrl(token),
    deadline: formatDate(deadline),
    kind: followUp ? "followUp" : "invitation",
    minutes,
  });
  await enqueueMail(
    { trajectId: traject.id, kind: "invitation", to: invitation.email, replyTo: traject.trainer.email, ...mail, causedBy: actor },
    tx,
  );
  await recordAudit(
    { actor, action: "invitation.create", entityType: "ScanInvitation", entityId: invitation.id, trajectId: traject.id },
    tx,
  );
  return invitation;
}

/**
 * An invitation to a follow-up round, in the caller's transaction (a new invitation, or one of the
 * people the trainer invites again when starting the round): its deadline is the round's.
 */
export async function inviteToFollowUp(
  tx: Prisma.TransactionClient,
  {
    actor,
    person,
    round,
    traject,
    deadline: given,
  }: {
    actor: Actor;
    person: { name: string; email: string; function: RespondentFunctionKey };
    round: Pick<RoundState, "id" | "deadline">;
    traject: InvitingTraject;
    deadline?: Date;
  },
) {
  const deadline = round.deadline ?? given ?? new Date(Date.now() + env().INVITATION_DAYS * DAY);
  return createAndMail(tx, { actor, traject, roundId: round.id, person, deadline, followUp: true });
}

/** A new invitation with a fresh link, its mail and the audit entry, in the caller's transaction. */
async function createAndMail(
  tx: Prisma.TransactionClient,
  {
    actor,
    traject,
    roundId,
    person,
    deadline,
    followUp,
  }: {
    actor: Actor;
    traject: InvitingTraject;
    roundId: string;
    person: { name: string; email: string; function: RespondentFunctionKey };
    deadline: Date;
    followUp: boolean;
  },
) {
  const { token, tokenHash } = newLinkToken();
  const invitation = await tx.scanInvitation.create({
    data: {
      trajectId: traject.id,
      roundId,
      name: person.name,
      email: person.email,
      function: person.function,
      tokenHash,
      expiresAt: new Date(deadline.getTime() + GRACE_DAYS * DAY),
      sentAt: new Date(),
      sendCount: 1,
      createdById: actor.id,
    },
  });
  return mailInvitation(tx, { actor, traject, invitation, deadline, token, followUp });
}

export const invitationWithTraject = {
  traject: { include: { employer: true, trainer: true } },
  response: { select: { id: true, status: true } },
} as const;

/**
 * The invitation, when the actor holds `capability` on its traject. The scheduler acts for every
 * traject: it only ever sends the reminders that are due (sendDueReminders), never anything else.
 */
async function findInvitationFor(actor: Actor | SystemActor, invitationId: string, capability: "invitation:manage" | "response:reopen") {
  const invitation = await db().scanInvitation.findUnique({ where: { id: invitationId }, include: invitationWithTraject });
  if (!invitation) throw notFound("Deze uitnodiging");
  if (!isSystemActor(actor)) {
    try {
      await assertTrajectCapability({ actor, trajectId: invitation.trajectId, capability });
    } catch (e) {
      // another traject's invitation looks exactly like one that does not exist
      if (e instanceof AppError && e.code === "NOT_FOUND") throw notFound("Deze uitnodiging");
      throw e;
    }
  }
  return invitation;
}

/**
 * Resend and reminder both mail a NEW link: only a hash of the old one is stored, so it cannot be
 * sent again. The old link stops working; answers belong to the invitation and are kept.
 */
async function mailFreshLink(actor: Actor | SystemActor, invitationId: string, kind: "resend" | "reminder") {
  await unsafeMailFreshLink(actor, await findInvitationFor(actor, invitationId, "invitation:manage"), kind);
}

/** An invitation with its traject (mail texts) and whether it was submitted: all a fresh link needs. */
export type InvitationWithTraject = Omit<Prisma.ScanInvitationGetPayload<{ include: typeof invitationWithTraject }>, "response"> & {
  response: { status: string } | null;
};

/** The fresh link for an invitation the caller found and checked (mailFreshLink; own.ts for an employer user's own): no check of its own. */
export async function unsafeMailFreshLink(actor: Actor | SystemActor, inv: InvitationWithTraject, kind: "resend" | "reminder") {
  if (inv.revokedAt) throw new AppError("CONFLICT", "Deze uitnodiging is ingetrokken.");
  if (inv.response?.status === "SUBMITTED") throw new AppError("CONFLICT", "Deze persoon heeft de scan al ingevuld.");
  // a new link into a round that takes no answers would only disappoint
  const round = await roundState(db(), inv.roundId);
  if (!round?.open) throw new AppError("VALIDATION", closedRoundMessage(round?.number ?? FIRST_ROUND));
  const { token, tokenHash } = newLinkToken();
  const deadline = round.deadline ?? new Date(Date.now() + 7 * DAY);
  const expiresAt = new Date(Math.max(inv.expiresAt.getTime(), Date.now() + 7 * DAY));
  const minutes = await shortRoundMinutes(db(), inv.roundId);
  await db().$transaction(async (tx) => {
    await tx.scanInvitation.update({
      where: { id: inv.id },
      data:
        kind === "reminder"
          ? { tokenHash, expiresAt, reminderCount: { increment: 1 }, lastReminderAt: new Date() }
          : { tokenHash, expiresAt, sendCount: { increment: 1 }, sentAt: new Date() },
    });
    const mail = scanInvitationMail({
      name: inv.name,
      employerName: inv.traject.employer.name,
      trainerName: inv.traject.trainer.name,
      organisation: (await readOrganisation(tx)).name,
      url: scanUrl(token),
      deadline: formatDate(deadline),
      kind,
      minutes,
    });
    await enqueueMail({ trajectId: inv.trajectId, kind, to: inv.email, replyTo: inv.traject.trainer.email, ...mail, causedBy: actor }, tx);
    await recordAudit(
      { actor, action: `invitation.${kind}`, entityType: "ScanInvitation", entityId: inv.id, trajectId: inv.trajectId },
      tx,
    );
  });
  kickDelivery();
}

export const resendInvitation = ({ actor, invitationId }: { actor: Actor; invitationId: string }) =>
  mailFreshLink(actor, invitationId, "resend");
export const remindInvitation = ({ actor, invitationId }: { actor: Actor; invitationId: string }) =>
  mailFreshLink(actor, invitationId, "reminder");

export async function revokeInvitation({ actor, invitationId }: { actor: Actor; invitationId: string }) {
  const inv = await findInvitationFor(actor, invitationId, "invitation:manage");
  if (inv.revokedAt) return;
  await db().$transaction(async (tx) => {
    await tx.scanInvitation.update({ where: { id: inv.id }, data: { revokedAt: new Date() } });
    await recordAudit({ actor, action: "invitation.revoke", entityType: "ScanInvitation", entityId: inv.id, trajectId: inv.trajectId }, tx);
  });
}

/** A trainer reopens a submitted response at the respondent's request; always audited. */
export async function reopenResponse({ actor, invitationId }: { actor: Actor; invitationId: string }) {
  const inv = await findInvitationFor(actor, invitationId, "response:reopen");
  if (!inv.response || inv.response.status !== "SUBMITTED") throw new AppError("CONFLICT", "Er is geen verstuurde scan om te heropenen.");
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "ScanResponse" WHERE "id" = ${inv.response!.id} FOR UPDATE`;
    await tx.scanResponse.update({ where: { id: inv.response!.id }, data: { status: "DRAFT", reopenedAt: new Date(), submittedAt: null } });
    await recordAudit(
      { actor, action: "response.reopen", entityType: "ScanResponse", entityId: inv.response!.id, trajectId: inv.trajectId },
      tx,
    );
  });
}

/**
 * Reminders for every unfinished, valid invitation not reminded in the last two days. Used by the
 * trainer's button (one traject) and by `npm run reminders` (all trajects, as the scheduler).
 */
export async function sendDueReminders({ actor, trajectId }: { actor: Actor | SystemActor; trajectId?: string }) {
  if (!isSystemActor(actor)) {
    if (!trajectId) throw new AppError("VALIDATION", "Kies een traject.");
    await assertTrajectCapability({ actor, trajectId, capability: "invitation:manage" });
  }
  const due = await db().scanInvitation.findMany({
    where: {
      trajectId,
      revokedAt: null,
      expiresAt: { gt: new Date() },
      // only rounds that take answers (ww_scan_round_open)
      roundId: { in: await openRoundIds(db()) },
      OR: [{ response: null }, { response: { status: "DRAFT" } }],
      // the last mail (invitation or reminder) is at least the interval old: a reminder carries a fresh
      // link and the old one stops working, so one sent minutes after the invitation would break it
      AND: [
        { OR: [{ lastReminderAt: null }, { lastReminderAt: { lt: new Date(Date.now() - REMINDER_INTERVAL_DAYS * DAY) } }] },
        { OR: [{ sentAt: null }, { sentAt: { lt: new Date(Date.now() - REMINDER_INTERVAL_DAYS * DAY) } }] },
      ],
    },
    select: { id: true },
  });
  for (const inv of due) await mailFreshLink(actor, inv.id, "reminder");
  return { sent: due.length };
}

/**
 * Session 1 was planned or moved: unless the trainer set the scan's deadline by hand, it follows (three
 * working days before). Open invitations are extended to match and their holders get a short update;
 * their link stays the one they have.
 */
export async function followSession1(tx: Prisma.TransactionClient, trajectId: string, session1Start: Date) {
  const traject = await tx.traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: {
      status: true,
      scanDeadline: true,
      scanDeadlineManual: true,
      employer: { select: { name: true } },
      trainer: { select: { name: true, email: true } },
    },
  });
  if (traject.scanDeadlineManual || !["INTAKE", "SCAN_OPEN"].includes(traject.status)) return 0;
  const deadline = deadlineBeforeSession1(session1Start);
  if (traject.scanDeadline?.getTime() === deadline.getTime()) return 0;
  await tx.traject.update({ where: { id: trajectId }, data: { scanDeadline: deadline } });
  if (!traject.scanDeadline) return 0;
  const open = await tx.scanInvitation.findMany({
    where: {
      trajectId,
      round: { number: FIRST_ROUND },
      revokedAt: null,
      anonymisedAt: null,
      OR: [{ response: null }, { response: { status: "DRAFT" } }],
    },
    select: { id: true, name: true, email: true, expiresAt: true },
  });
  const expiresAt = new Date(deadline.getTime() + GRACE_DAYS * DAY);
  const organisation = (await readOrganisation(tx)).name;
  for (const inv of open) {
    if (inv.expiresAt < expiresAt) await tx.scanInvitation.update({ where: { id: inv.id }, data: { expiresAt } });
    const mail = scanDeadlineMail({
      name: inv.name,
      employerName: traject.employer.name,
      trainerName: traject.trainer.name,
      organisation,
      deadline: formatDate(deadline),
    });
    await enqueueMail({ trajectId, kind: "reminder", to: inv.email, replyTo: traject.trainer.email, ...mail }, tx);
  }
  return open.length;
}
