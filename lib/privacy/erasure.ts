import "server-only";
import { db } from "@/lib/db";
import { forgetChannels } from "@/lib/live/events";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { codeGuessKey } from "@/lib/auth/second-factor";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError, notFound } from "@/lib/errors";
import type { EmployerResultsView } from "@/lib/scan/results/privacy";
import { EMAIL_CHANGE_ACTIONS } from "@/lib/users/email-change";
import type { EraseEmployerInput } from "./schema";
import type { Tx } from "@/lib/db";

// AVG erasure (docs/privacy.md#wissen). Everything that names the person or employer goes, in one
// transaction: the rows themselves, the mails in the outbox that were sent to them (an invitation
// mail holds the name and the link), their texts in the employer's results snapshots, and their
// counters. The audit log keeps that something was erased, by whom and when, with counts only: the
// events about the erased records lose their details, and events by erased users their name.

export const ERASED_USER_LABEL = "Verwijderde gebruiker";

/** Every invitation sent to this address (any traject), for the admin to pick the one to erase. */
export async function findRespondentsByEmail({ actor, email }: { actor: Actor; email: string }) {
  assertCapability(actor, "privacy:manage");
  const invitations = await db().scanInvitation.findMany({
    where: { email: { equals: email, mode: "insensitive" }, anonymisedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      email: true,
      createdAt: true,
      traject: { select: { id: true, employer: { select: { name: true } } } },
      response: { select: { status: true } },
    },
  });
  return invitations.map((i) => ({
    invitationId: i.id,
    name: i.name,
    email: i.email,
    invitedAt: i.createdAt,
    trajectId: i.traject.id,
    employerName: i.traject.employer.name,
    responseStatus: i.response?.status ?? null,
  }));
}

/** Erases one respondent: invitation, answers, notes, their mails and their texts in snapshots. */
export async function eraseRespondent({ actor, invitationId }: { actor: Actor; invitationId: string }) {
  assertCapability(actor, "privacy:manage");
  return db().$transaction(async (tx) => {
    const inv = await tx.scanInvitation.findUnique({
      where: { id: invitationId },
      select: {
        id: true,
        email: true,
        tokenHash: true,
        trajectId: true,
        roundId: true,
        response: { select: { id: true, notes: { select: { key: true, text: true } }, _count: { select: { answers: true } } } },
      },
    });
    if (!inv) throw notFound("Deze uitnodiging");
    const mails = inv.email
      ? await tx.outboxMail.deleteMany({ where: { trajectId: inv.trajectId, to: { equals: inv.email, mode: "insensitive" } } })
      : { count: 0 };
    const texts = await removeTextsFromSnapshots(tx, inv.roundId, inv.response?.notes ?? []);
    await scrubAuditDetails(tx, { entityId: { in: [inv.id, ...(inv.response ? [inv.response.id] : [])] } });
    await tx.rateLimit.deleteMany({ where: { key: { endsWith: `-link:${inv.tokenHash}` } } });
    await tx.scanInvitation.delete({ where: { id: inv.id } }); // the response, answers and notes cascade
    const counts = {
      answers: inv.response?._count.answers ?? 0,
      notes: inv.response?.notes.length ?? 0,
      mails: mails.count,
      snapshotTexts: texts,
    };
    await recordAudit(
      { actor, action: "privacy.eraseRespondent", entityType: "ScanInvitation", entityId: inv.id, trajectId: inv.trajectId, data: counts },
      tx,
    );
    return counts;
  });
}

/** Erases an employer with all its trajects, respondents, key persons, accounts, werkvloeren and mails. */
/** What a claim says instead of the erased employer's name. */
export const ERASED_EMPLOYER_LABEL = "(gewiste werkgever)";

export async function eraseEmployer({ actor, input }: { actor: Actor; input: EraseEmployerInput }) {
  assertCapability(actor, "privacy:manage");
  return db().$transaction(async (tx) => {
    const employer = await tx.employer.findUnique({
      where: { id: input.employerId },
      select: {
        id: true,
        name: true,
        trajecten: { select: { id: true } },
        users: { select: { id: true, email: true } },
        keyPersons: { select: { id: true, email: true } },
        werkvloeren: { select: { id: true } },
      },
    });
    if (!employer) throw notFound("Deze werkgever");
    if (employer.name.trim().toLowerCase() !== input.confirmName.trim().toLowerCase())
      throw new AppError("VALIDATION", "De naam klopt niet: er is niets gewist.", {
        confirmName: [`Typ precies de naam van de werkgever: ${employer.name}`],
      });
    const trajectIds = employer.trajecten.map((t) => t.id);
    const userIds = employer.users.map((u) => u.id);
    const userEmails = employer.users.map((u) => u.email);
    // an account's earlier and asked-for addresses (an admin's change, lib/users/email-change.ts) got mail too
    const formerEmails = await addressesOfEmailChanges(tx, userIds);
    const invitations = await tx.scanInvitation.findMany({ where: { trajectId: { in: trajectIds } }, select: { tokenHash: true } });

    const mails = await tx.outboxMail.deleteMany({
      where: {
        OR: [
          { trajectId: { in: trajectIds } },
          { to: { in: [...userEmails, ...formerEmails, ...employer.keyPersons.map((k) => k.email)], mode: "insensitive" } },
        ],
      },
    });
    await scrubAuditDetails(tx, {
      OR: [
        { trajectId: { in: trajectIds } },
        { entityType: "User", entityId: { in: userIds } },
        { entityType: "Employer", entityId: employer.id },
        { entityType: "KeyPerson", entityId: { in: employer.keyPersons.map((k) => k.id) } },
        { entityType: "Werkvloer", entityId: { in: employer.werkvloeren.map((w) => w.id) } },
      ],
    });
    await tx.auditEvent.updateMany({ where: { actorId: { in: userIds } }, data: { actorId: null, actorLabel: ERASED_USER_LABEL } });
    // the accounts' login and password counters (SecurityLimit, lib/rate-limit); the links' load counters (RateLimit)
    await tx.securityLimit.deleteMany({
      where: {
        OR: [
          {
            key: {
              in: [
                ...userEmails.map((e) => `login-account:${e}`),
                ...userIds.map((id) => `password-change:${id}`),
                ...userIds.map(codeGuessKey),
              ],
            },
          },
          ...userEmails.map((e) => ({ key: { startsWith: `login-pair:${e}|` } })),
        ],
      },
    });
    if (invitations.length > 0)
      await tx.rateLimit.deleteMany({ where: { OR: invitations.map((i) => ({ key: { endsWith: `-link:${i.tokenHash}` } })) } });
    // an expert's claim is a financial record kept for the fiscal period (docs/privacy.md): it stays,
    // without the session and the employer's name
    await tx.compensationClaim.updateMany({
      where: { session: { trajectId: { in: trajectIds } } },
      data: { employerName: ERASED_EMPLOYER_LABEL, note: "" },
    });
    // trajects first (sessions, invitations, responses, snapshots, code, steps cascade), then the
    // accounts (their login sessions and links cascade), then the employer (werkvloeren and key persons cascade)
    await tx.traject.deleteMany({ where: { id: { in: trajectIds } } });
    await forgetChannels(tx, "board", trajectIds);
    await tx.user.deleteMany({ where: { id: { in: userIds } } });
    await tx.employer.delete({ where: { id: employer.id } });
    const counts = {
      trajecten: trajectIds.length,
      respondents: invitations.length,
      users: userIds.length,
      keyPersons: employer.keyPersons.length,
      mails: mails.count,
    };
    await recordAudit({ actor, action: "privacy.eraseEmployer", entityType: "Employer", entityId: employer.id, data: counts }, tx);
    return counts;
  });
}

/** The addresses in the log's details of these accounts' address changes (read before the details are scrubbed). */
async function addressesOfEmailChanges(tx: Tx, userIds: string[]): Promise<string[]> {
  const events = await tx.auditEvent.findMany({
    where: { entityType: "User", entityId: { in: userIds }, action: { in: EMAIL_CHANGE_ACTIONS } },
    select: { data: true },
  });
  return events.flatMap((e) => {
    const data = (e.data ?? {}) as { from?: unknown; to?: unknown };
    return [data.from, data.to].filter((a): a is string => typeof a === "string");
  });
}

/** Audit events keep what happened and when; details that may name someone go. */
export async function scrubAuditDetails(tx: Tx, where: Prisma.AuditEventWhereInput) {
  await tx.auditEvent.updateMany({ where, data: { data: Prisma.DbNull } });
}

/**
 * A respondent's shared texts appear word for word in the employer's snapshots; they go, one
 * occurrence per text (two people may have written the same words). The figures stay: they are
 * counts over everyone and name no one.
 */
async function removeTextsFromSnapshots(tx: Tx, roundId: string, notes: { key: string; text: string }[]): Promise<number> {
  if (notes.length === 0) return 0;
  // only their own scan round's snapshots: another round's identical words are someone else's answer
  const snapshots = await tx.resultsSnapshot.findMany({ where: { roundId }, select: { id: true, view: true } });
  let removed = 0;
  for (const snapshot of snapshots) {
    if (snapshot.view === null) continue; // superseded: holds no text any more
    const view = snapshot.view as unknown as EmployerResultsView;
    const themeComments = [...view.themeComments];
    const openAnswers = [...view.openAnswers];
    for (const note of notes) {
      const [kind, key] = note.key.split(":");
      const list = kind === "theme" ? themeComments : openAnswers;
      const at = list.findIndex((t) => ("themeKey" in t ? t.themeKey : t.questionKey) === key && t.text === note.text.trim());
      if (at >= 0) {
        list.splice(at, 1);
        removed++;
      }
    }
    if (themeComments.length !== view.themeComments.length || openAnswers.length !== view.openAnswers.length)
      await tx.resultsSnapshot.update({
        where: { id: snapshot.id },
        data: { view: { ...view, themeComments, openAnswers } as unknown as Prisma.InputJsonValue },
      });
  }
  return removed;
}
