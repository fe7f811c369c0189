import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma, RsvpAnswer } from "@/lib/generated/prisma/client";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { amsterdamInstant, formatDateTime, formatTime, isoDay, shiftIsoDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { trajectNameParts, trajectNameSelect, trajectTitle } from "@/lib/format/traject-name";
import { newLinkToken, resolveLinkToken } from "@/lib/link-tokens";

// Meetings people can answer (ADR 021). Everyone a session's invitation goes to (a CalendarInvite: the
// chosen key persons and the accepted experts; the trainer organises) gets a personal answer link in
// every invitation mail and in the reminder: “Ik kom” / “Ik kan niet”. Only the SHA-256 of the newest
// link is stored, on the invite, so a new mail replaces the old link (one link per attendee per
// session). The link answers, and answers again (people change their mind), while the session is
// planned and until it ends; a cancelled, held or past session, a replaced or unknown link: the same
// plain page, nothing stored. A GET never answers (mail scanners open links): the page posts.

/** Where an answer link points; the token follows. */
export const ANSWER_PATH = "/bijeenkomst";

/**
 * The calendar's own reminder in an invitation (VALARM): two hours before, time to travel. The mail
 * the day before (sendSessionReminders) is the other reminder, so a day-before alarm would say it twice.
 */
export const INVITATION_ALARM = { minutesBefore: 120, description: "Over twee uur: bijeenkomst Weerbare Werkgever" } as const;

/** Until when a link answers: the session's end, or without an end time the end of its day (Amsterdam). */
export function answerableUntil(s: { scheduledAt: Date; endsAt: Date | null }): Date {
  return s.endsAt ?? amsterdamInstant(shiftIsoDay(isoDay(s.scheduledAt), 1));
}

/** When, in words: "12 januari 2027 om 10:00 tot 13:00". */
export const whenOf = (s: { scheduledAt: Date; endsAt: Date | null }) =>
  `${formatDateTime(s.scheduledAt)}${s.endsAt ? ` tot ${formatTime(s.endsAt)}` : ""}`;

/** A fresh answer link: the hash goes on the invite, the URL in the mail. */
export function newAnswerLink(): { tokenHash: string; url: string } {
  const { token, tokenHash } = newLinkToken();
  return { tokenHash, url: `${env().APP_URL}${ANSWER_PATH}/${token}` };
}

const inviteForAnswer = {
  session: {
    select: {
      id: true,
      number: true,
      status: true,
      scheduledAt: true,
      endsAt: true,
      mode: true,
      location: true,
      onlineUrl: true,
      traject: { select: { id: true, ...trajectNameSelect, trainer: { select: { name: true } } } },
    },
  },
} satisfies Prisma.CalendarInviteInclude;
type InviteForAnswer = Prisma.CalendarInviteGetPayload<{ include: typeof inviteForAnswer }>;

export const LINK_GONE = "Deze link werkt niet (meer).";

/** The invite behind a link that still answers, or a plain NOT_FOUND (which of the reasons, it does not say). */
async function answerableInvite(tx: Tx, token: unknown, now: Date): Promise<InviteForAnswer & { session: { scheduledAt: Date } }> {
  const invite = await resolveLinkToken(token, (rsvpTokenHash) =>
    tx.calendarInvite.findUnique({ where: { rsvpTokenHash }, include: inviteForAnswer }),
  );
  const s = invite?.session;
  if (!invite || invite.cancelled || !s || s.status !== "PLANNED" || !s.scheduledAt) throw new AppError("NOT_FOUND", LINK_GONE);
  if (now >= answerableUntil({ scheduledAt: s.scheduledAt, endsAt: s.endsAt })) throw new AppError("NOT_FOUND", LINK_GONE);
  return invite as InviteForAnswer & { session: { scheduledAt: Date } };
}

/** What the answer page shows: the meeting (what, when, where) and the answer so far. Reads only. */
export async function answerLinkView({ token, now = new Date() }: { token: unknown; now?: Date }) {
  const invite = await answerableInvite(db(), token, now);
  const s = invite.session;
  return {
    name: invite.name,
    number: s.number,
    employerName: trajectTitle(trajectNameParts(s.traject)),
    trainerName: s.traject.trainer.name,
    when: whenOf(s),
    place: s.mode === "ONLINE" ? "Online (de link staat in de uitnodiging)" : s.location || "Bij de werkgever",
    answer: invite.answer,
    answeredAt: invite.answeredAt,
  };
}

/**
 * An answer through the link: stored with when, and again on a change of mind. One statement with
 * the link's conditions, so a session cancelled or a link replaced meanwhile stores nothing.
 */
export async function answerWithLink({ token, answer, now = new Date() }: { token: unknown; answer: RsvpAnswer; now?: Date }) {
  return db().$transaction(async (tx) => {
    const invite = await answerableInvite(tx, token, now);
    const { count } = await tx.calendarInvite.updateMany({
      where: { id: invite.id, rsvpTokenHash: invite.rsvpTokenHash, cancelled: false, session: { status: "PLANNED" } },
      data: { answer, answeredAt: now },
    });
    if (count === 0) throw new AppError("NOT_FOUND", LINK_GONE);
    await tx.auditEvent.create({
      data: {
        actorLabel: `${invite.name} (via antwoordlink)`,
        action: "session.answer",
        entityType: "TrajectSession",
        entityId: invite.session.id,
        trajectId: invite.session.traject.id,
        data: { answer },
      },
    });
    return { answer };
  });
}

/** One invitee's answer to a session's invitation (null: none yet). */
export type SessionAnswer = { name: string; answer: RsvpAnswer | null; answeredAt: Date | null };

/**
 * Who answered what per session of a traject, for the tandem's session cards: the invitees whose
 * calendar holds the session, with their answer and when (null: no answer yet).
 */
export async function sessionAnswersForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "preparation:read" });
  const invites = await db().calendarInvite.findMany({
    where: { cancelled: false, session: { trajectId } },
    orderBy: { name: "asc" },
    select: { sessionId: true, name: true, answer: true, answeredAt: true },
  });
  const bySession = new Map<string, SessionAnswer[]>();
  for (const { sessionId, ...row } of invites) bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), row]);
  return bySession;
}
