import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EXPERT_ACCEPTED } from "@/lib/auth/capabilities";
import { sessionInvitation, type CalendarPerson, type SessionEventInput } from "@/lib/calendar/ics";
import { formatDateTime, formatTime } from "@/lib/dates";
import { enqueueMail } from "@/lib/mail/outbox";
import { sessionMail } from "@/lib/mail/templates";
import { agendaOf } from "./agenda";
import type { Tx } from "@/lib/db";

// Keeps everyone's calendar in step with a session. Whoever should have it (the chosen key persons
// and the accepted experts of a planned session with a date) gets a REQUEST when it is new to them or
// when the meeting changed; whoever had it and should no longer (removed, session cancelled, expert
// stepped back) gets a CANCEL. The trainer organises: they get no REQUEST. Every round of mails raises
// the session's SEQUENCE, so calendars take the newest version. The mails go through the outbox in
// the caller's transaction. RFC 5546: uninviting some attendees is a CANCEL to them without STATUS
// (STATUS:CANCELLED means the whole meeting is off) plus an updated REQUEST to those who stay. A held
// session touches no calendar: it happened, and nobody's agenda should lose it.

/** What a session's calendar event is made of (invitations, the .ics download, the feed). */
export const sessionForCalendar = {
  attendees: { include: { keyPerson: { select: { name: true, email: true } } } },
  calendarInvites: true,
  traject: {
    select: {
      id: true,
      employer: { select: { name: true } },
      trainer: { select: { name: true, email: true } },
      assignments: { where: { status: { in: [...EXPERT_ACCEPTED] } }, select: { expert: { select: { name: true, email: true } } } },
    },
  },
} satisfies Prisma.TrajectSessionInclude;
export type SessionForCalendar = Prisma.TrajectSessionGetPayload<{ include: typeof sessionForCalendar }>;

const lower = (email: string) => email.trim().toLowerCase();

/** Where it is, in words: the address or "online" with the link. */
export function placeOf(s: { mode: string; location: string | null; onlineUrl: string | null }): string {
  return s.mode === "ONLINE" ? `online: ${s.onlineUrl ?? "link volgt"}` : s.location || "bij de werkgever";
}

export function eventOf(s: SessionForCalendar, sequence: number, attendees: CalendarPerson[]): SessionEventInput {
  return {
    sessionId: s.id,
    sequence,
    start: s.scheduledAt!,
    end: s.endsAt ?? new Date(s.scheduledAt!.getTime() + 3 * 3600_000),
    summary: `Weerbare Werkgever: bijeenkomst ${s.number} bij ${s.traject.employer.name}`,
    description: `Agenda\n${agendaOf(s)}`,
    location: s.mode === "ONLINE" ? s.onlineUrl : s.location,
    url: s.mode === "ONLINE" ? s.onlineUrl : null,
    organizer: s.traject.trainer,
    attendees,
  };
}

/** The event as a download or feed shows it: no attendees, nothing to answer; a cancelled session says so. */
export const listedEventOf = (s: SessionForCalendar): SessionEventInput => ({
  ...eventOf(s, s.sequence, []),
  cancelled: s.status === "CANCELLED",
});

/** Who should have this session in their calendar now. */
function wantedRecipients(s: SessionForCalendar): CalendarPerson[] {
  if (s.status !== "PLANNED" || !s.scheduledAt) return [];
  const people = [...s.attendees.map((a) => a.keyPerson), ...s.traject.assignments.map((a) => a.expert)];
  const organizer = lower(s.traject.trainer.email);
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = lower(p.email);
    if (key === organizer || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Sends what the session's change means for each calendar. `meetingChanged`: the date, time, place
 * or agenda changed, so everyone who keeps it gets the new version (not only the newcomers).
 */
export async function syncSessionCalendar(tx: Tx, sessionId: string, { meetingChanged }: { meetingChanged: boolean }) {
  const s = await tx.trajectSession.findUniqueOrThrow({ where: { id: sessionId }, include: sessionForCalendar });
  if (s.status === "HELD") return { requested: 0, cancelled: 0 };
  const wanted = wantedRecipients(s);
  const wantedEmails = new Set(wanted.map((p) => lower(p.email)));
  const holding = s.calendarInvites.filter((i) => !i.cancelled);
  const toCancel = holding.filter((i) => !wantedEmails.has(lower(i.email)));
  const holds = new Set(holding.map((i) => lower(i.email)));
  // someone leaves a meeting that goes on: everyone who stays gets the event without them
  const attendeesChanged = toCancel.length > 0 && wanted.length > 0;
  const toRequest = wanted.filter((p) => meetingChanged || attendeesChanged || !holds.has(lower(p.email)));
  const meetingOff = s.status === "CANCELLED";
  if (toCancel.length === 0 && toRequest.length === 0) return { requested: 0, cancelled: 0 };

  const sequence = s.sequence + 1;
  await tx.trajectSession.update({ where: { id: s.id }, data: { sequence } });
  const base = { employerName: s.traject.employer.name, trainerName: s.traject.trainer.name, number: s.number };
  const when = s.scheduledAt ? `${formatDateTime(s.scheduledAt)}${s.endsAt ? ` tot ${formatTime(s.endsAt)}` : ""}` : "";
  for (const person of toRequest) {
    const mail = sessionMail({
      ...base,
      name: person.name,
      when,
      place: placeOf(s),
      agenda: agendaOf(s),
      kind: !holds.has(lower(person.email)) ? "new" : meetingChanged ? "changed" : "attendees",
    });
    await enqueueMail(
      {
        trajectId: s.traject.id,
        kind: "calendar",
        to: person.email,
        ...mail,
        replyTo: s.traject.trainer.email,
        calendar: { method: "REQUEST", content: sessionInvitation(eventOf(s, sequence, wanted), "REQUEST") },
      },
      tx,
    );
    await tx.calendarInvite.upsert({
      where: { sessionId_email: { sessionId: s.id, email: lower(person.email) } },
      update: { name: person.name, sequence, cancelled: false },
      create: { sessionId: s.id, email: lower(person.email), name: person.name, sequence },
    });
  }
  for (const invite of toCancel) {
    const mail = sessionMail({ ...base, name: invite.name, when, place: placeOf(s), agenda: "", kind: "cancelled" });
    // a cancellation names only its addressee: the others keep the meeting
    const event = s.scheduledAt ? eventOf(s, sequence, [{ name: invite.name, email: invite.email }]) : null;
    await enqueueMail(
      {
        trajectId: s.traject.id,
        kind: "calendar",
        to: invite.email,
        ...mail,
        replyTo: s.traject.trainer.email,
        calendar: event ? { method: "CANCEL", content: sessionInvitation(event, "CANCEL", { uninvite: !meetingOff }) } : undefined,
      },
      tx,
    );
    await tx.calendarInvite.update({ where: { id: invite.id }, data: { sequence, cancelled: true } });
  }
  return { requested: toRequest.length, cancelled: toCancel.length };
}

/** After the tandem changed (an expert accepted, stepped back or was withdrawn): every planned session of the traject follows. */
export async function syncTrajectCalendars(tx: Tx, trajectId: string) {
  const sessions = await tx.trajectSession.findMany({ where: { trajectId }, select: { id: true } });
  for (const s of sessions) await syncSessionCalendar(tx, s.id, { meetingChanged: false });
}
