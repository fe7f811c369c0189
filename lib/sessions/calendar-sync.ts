import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EXPERT_ACCEPTED } from "@/lib/auth/capabilities";
import { calendarUid, type CalendarEvent, type CalendarPerson } from "@/lib/calendar/ics";
import { planCalendarRound } from "@/lib/calendar/rounds";
import { calendarAddress } from "@/lib/calendar/updates";
import { trajectNameParts, trajectNameSelect, trajectTitle } from "@/lib/format/traject-name";
import { enqueueMail } from "@/lib/mail/outbox";
import { sessionMail } from "@/lib/mail/templates";
import { readOrganisation } from "@/lib/organisation/settings";
import { calendarProduct } from "@/lib/organisation/texts";
import { agendaOf } from "./agenda";
import { INVITATION_ALARM, newAnswerLink, whenOf } from "./rsvp";
import type { Tx } from "@/lib/db";

// Keeps everyone's calendar in step with a session: what the meeting is as a calendar event (eventOf),
// who should have it (the chosen key persons and the accepted experts of a planned session with a
// date; the trainer organises), and the mails. Who gets a REQUEST or a CANCEL is the calendar's own
// rule (lib/calendar/rounds.ts and updates.ts, RFC 5546), shared with a cohort's training sessions. Every round of mails raises the session's SEQUENCE, so
// calendars take the newest version; the mails go through the outbox in the caller's transaction. A
// held session touches no calendar: it happened, and nobody's agenda should lose it.

/** What a session's calendar event is made of (invitations, the .ics download, the feed). */
export const sessionForCalendar = {
  attendees: { include: { keyPerson: { select: { name: true, email: true } } } },
  calendarInvites: true,
  traject: {
    select: {
      id: true,
      ...trajectNameSelect,
      trainer: { select: { name: true, email: true } },
      assignments: { where: { status: { in: [...EXPERT_ACCEPTED] } }, select: { expert: { select: { name: true, email: true } } } },
    },
  },
} satisfies Prisma.TrajectSessionInclude;
export type SessionForCalendar = Prisma.TrajectSessionGetPayload<{ include: typeof sessionForCalendar }>;

/** The UID a session keeps in every calendar, through every update and the cancellation. */
export const sessionUid = (sessionId: string) => calendarUid("sessie", sessionId);

/** Where it is, in words: the address or "online" with the link. */
export function placeOf(s: { mode: string; location: string | null; onlineUrl: string | null }): string {
  return s.mode === "ONLINE" ? `online: ${s.onlineUrl ?? "link volgt"}` : s.location || "bij de werkgever";
}

export function eventOf(s: SessionForCalendar, sequence: number, attendees: CalendarPerson[]): CalendarEvent {
  return {
    uid: sessionUid(s.id),
    sequence,
    start: s.scheduledAt!,
    end: s.endsAt ?? new Date(s.scheduledAt!.getTime() + 3 * 3600_000),
    summary: `Weerbare Werkgever: bijeenkomst ${s.number} bij ${trajectTitle(trajectNameParts(s.traject))}`,
    description: `Agenda\n${agendaOf(s)}`,
    location: s.mode === "ONLINE" ? s.onlineUrl : s.location,
    url: s.mode === "ONLINE" ? s.onlineUrl : null,
    organizer: s.traject.trainer,
    attendees,
  };
}

/** The event as a download or feed shows it: no attendees, nothing to answer; a cancelled session says so. */
export const listedEventOf = (s: SessionForCalendar): CalendarEvent => ({
  ...eventOf(s, s.sequence, []),
  cancelled: s.status === "CANCELLED",
});

/** Who should have this session in their calendar now. */
const wantedPeople = (s: SessionForCalendar): CalendarPerson[] =>
  s.status !== "PLANNED" || !s.scheduledAt ? [] : [...s.attendees.map((a) => a.keyPerson), ...s.traject.assignments.map((a) => a.expert)];

/**
 * Sends what the session's change means for each calendar. `meetingChanged`: the date, time, place
 * or agenda changed, so everyone who keeps it gets the new version (not only the newcomers).
 */
export async function syncSessionCalendar(tx: Tx, sessionId: string, { meetingChanged }: { meetingChanged: boolean }) {
  const s = await tx.trajectSession.findUniqueOrThrow({ where: { id: sessionId }, include: sessionForCalendar });
  if (s.status === "HELD") return { requested: 0, cancelled: 0 };
  const org = await readOrganisation(tx);
  const round = planCalendarRound({
    wanted: wantedPeople(s),
    held: s.calendarInvites,
    organizer: s.traject.trainer,
    meetingChanged,
    off: s.status === "CANCELLED",
    sequence: s.sequence,
    event: (sequence, attendees) => (s.scheduledAt ? eventOf(s, sequence, attendees) : null),
    alarm: INVITATION_ALARM,
    product: calendarProduct(org),
  });
  if (!round) return { requested: 0, cancelled: 0 };

  const { sequence } = round;
  await tx.trajectSession.update({ where: { id: s.id }, data: { sequence } });
  // the traject's full name: an expert in two trajects of one employer must tell the mails apart
  const base = {
    employerName: trajectTitle(trajectNameParts(s.traject)),
    trainerName: s.traject.trainer.name,
    organisation: org.name,
    number: s.number,
  };
  const when = s.scheduledAt ? whenOf({ scheduledAt: s.scheduledAt, endsAt: s.endsAt }) : "";
  for (const { person, kind } of round.request) {
    // every invitation carries a fresh answer link; the one in an older mail stops working (ADR 021)
    const link = newAnswerLink();
    const mail = sessionMail({ ...base, name: person.name, when, place: placeOf(s), agenda: agendaOf(s), kind, answerUrl: link.url });
    await enqueueMail(
      {
        trajectId: s.traject.id,
        kind: "calendar",
        to: person.email,
        ...mail,
        replyTo: s.traject.trainer.email,
        calendar: { method: "REQUEST", content: round.invitation },
        // without SMTP the answer links are the organiser's to hand over (lib/mail/credentials.ts), whoever's change sent them
        causedBy: null,
      },
      tx,
    );
    // a changed meeting (date, time, place, agenda) or an invitation again after being taken off asks
    // again: an earlier answer may no longer hold; only a change in who else comes keeps it
    const again = kind === "attendees" ? {} : { answer: null, answeredAt: null, reminderSentAt: null };
    await tx.calendarInvite.upsert({
      where: { sessionId_email: { sessionId: s.id, email: calendarAddress(person.email) } },
      update: { name: person.name, sequence, cancelled: false, rsvpTokenHash: link.tokenHash, ...again },
      create: { sessionId: s.id, email: calendarAddress(person.email), name: person.name, sequence, rsvpTokenHash: link.tokenHash },
    });
  }
  for (const { invite, content } of round.cancel) {
    const mail = sessionMail({ ...base, name: invite.name, when, place: placeOf(s), agenda: "", kind: "cancelled" });
    await enqueueMail(
      {
        trajectId: s.traject.id,
        kind: "calendar",
        to: invite.email,
        ...mail,
        replyTo: s.traject.trainer.email,
        calendar: content ? { method: "CANCEL", content } : undefined,
      },
      tx,
    );
    // no longer invited: the answer link stops working (the answer stays for the record until retention)
    await tx.calendarInvite.update({ where: { id: invite.id }, data: { sequence, cancelled: true, rsvpTokenHash: null } });
  }
  return { requested: round.request.length, cancelled: round.cancel.length };
}

/** After the tandem changed (an expert accepted, stepped back or was withdrawn): every planned session of the traject follows. */
export async function syncTrajectCalendars(tx: Tx, trajectId: string) {
  const sessions = await tx.trajectSession.findMany({ where: { trajectId }, select: { id: true } });
  for (const s of sessions) await syncSessionCalendar(tx, s.id, { meetingChanged: false });
}
