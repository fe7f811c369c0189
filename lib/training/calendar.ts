import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarUid, type CalendarEvent, type CalendarPerson } from "@/lib/calendar/ics";
import { planCalendarRound } from "@/lib/calendar/rounds";
import { calendarAddress } from "@/lib/calendar/updates";
import { formatDateTime, formatTime } from "@/lib/dates";
import { enqueueMail } from "@/lib/mail/outbox";
import { trainingSessionMail } from "@/lib/mail/templates";
import { readOrganisation } from "@/lib/organisation/settings";
import { calendarProduct } from "@/lib/organisation/texts";
import { TOPIC_LABEL } from "./topics";
import type { Tx } from "@/lib/db";

// Keeps the calendars of a cohort's participants and trainers in step with its training sessions, as
// lib/sessions/calendar-sync.ts does for a traject's meetings, through the same calendar round
// (lib/calendar/rounds.ts: who gets a REQUEST or a CANCEL, the SEQUENCE, the iCalendar objects). The
// organisation organises; a session that has started touches no calendar (it happened). A topic that
// runs twice: participants get both dates, each mail saying one of them is enough.

const sessionForCalendar = {
  invites: true,
  cohort: {
    select: {
      name: true,
      trainers: { select: { user: { select: { name: true, email: true } } } },
      participants: { select: { user: { select: { name: true, email: true } } } },
      sessions: { where: { cancelledAt: null }, select: { id: true, topic: true, startsAt: true, endsAt: true } },
    },
  },
} satisfies Prisma.TrainingSessionInclude;
type SessionForCalendar = Prisma.TrainingSessionGetPayload<{ include: typeof sessionForCalendar }>;

/** When, in words: "12 januari 2027 om 10:00 tot 13:00". */
export const trainingWhen = (s: { startsAt: Date; endsAt: Date }) => `${formatDateTime(s.startsAt)} tot ${formatTime(s.endsAt)}`;

/** Where, in words: the place, or "online" with the link. */
export const trainingPlace = (s: { place: string | null; onlineUrl: string | null }) =>
  s.onlineUrl ? `online: ${s.onlineUrl}` : s.place || "volgt nog";

/** The other dates of the same topic (a topic that runs twice), in words. */
const otherDatesOf = (s: SessionForCalendar) =>
  s.cohort.sessions
    .filter((o) => o.topic === s.topic && o.id !== s.id)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map(trainingWhen);

function eventOf(s: SessionForCalendar, organizer: CalendarPerson, sequence: number, attendees: CalendarPerson[]): CalendarEvent {
  const others = otherDatesOf(s);
  return {
    uid: calendarUid("training", s.id),
    sequence,
    start: s.startsAt,
    end: s.endsAt,
    summary: `Training ${s.cohort.name}: ${TOPIC_LABEL[s.topic]}`,
    description: [
      `Trainingsbijeenkomst “${TOPIC_LABEL[s.topic]}” van ${s.cohort.name}.`,
      ...(others.length ? [`Dit onderdeel wordt ook gegeven op ${others.join(" en op ")}; één van de data is genoeg.`] : []),
    ].join("\n"),
    location: s.onlineUrl ?? s.place,
    url: s.onlineUrl,
    organizer,
    attendees,
  };
}

/**
 * Sends what the training session's change means for each calendar. `meetingChanged`: the date, time
 * or place changed (or it was cancelled), so everyone who keeps it gets the new version.
 */
export async function syncTrainingCalendar(tx: Tx, sessionId: string, { meetingChanged }: { meetingChanged: boolean }) {
  const s = await tx.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, include: sessionForCalendar });
  const off = s.cancelledAt !== null;
  if (!off && s.startsAt <= new Date()) return { requested: 0, cancelled: 0 };
  const org = await readOrganisation(tx);
  const organizer = {
    name: org.name,
    email: org.replyToAddress ?? org.contactEmail ?? org.mailFromAddress ?? "training@weerbarewerkgever.nl",
  };
  const participants = s.cohort.participants.map((p) => p.user);
  const trainers = s.cohort.trainers.map((t) => t.user);
  const round = planCalendarRound({
    wanted: off ? [] : [...trainers, ...participants],
    held: s.invites,
    organizer,
    meetingChanged,
    off,
    sequence: s.sequence,
    event: (sequence, attendees) => eventOf(s, organizer, sequence, attendees),
    product: calendarProduct(org),
  });
  if (!round) return { requested: 0, cancelled: 0 };
  const { sequence } = round;
  await tx.trainingSession.update({ where: { id: s.id }, data: { sequence } });
  const participantAddresses = new Set(participants.map((p) => calendarAddress(p.email)));
  const base = {
    cohortName: s.cohort.name,
    topic: TOPIC_LABEL[s.topic],
    when: trainingWhen(s),
    place: trainingPlace(s),
    organisation: org.name,
  };
  for (const { person, kind } of round.request) {
    // the trainers give every date; a participant chooses one
    const otherDates = participantAddresses.has(calendarAddress(person.email)) ? otherDatesOf(s) : [];
    const mail = trainingSessionMail({ ...base, name: person.name, kind, otherDates });
    await enqueueMail({ kind: "calendar", to: person.email, ...mail, calendar: { method: "REQUEST", content: round.invitation } }, tx);
    await tx.trainingCalendarInvite.upsert({
      where: { sessionId_email: { sessionId: s.id, email: calendarAddress(person.email) } },
      update: { name: person.name, sequence, cancelled: false },
      create: { sessionId: s.id, email: calendarAddress(person.email), name: person.name, sequence },
    });
  }
  for (const { invite, content } of round.cancel) {
    const mail = trainingSessionMail({ ...base, name: invite.name, kind: "cancelled", otherDates: [] });
    await enqueueMail({ kind: "calendar", to: invite.email, ...mail, calendar: content ? { method: "CANCEL", content } : undefined }, tx);
    await tx.trainingCalendarInvite.update({ where: { id: invite.id }, data: { sequence, cancelled: true } });
  }
  return { requested: round.request.length, cancelled: round.cancel.length };
}

/**
 * After the cohort's people changed (a participant or trainer added or removed): every coming
 * session follows. `topic`: after a session of that topic came or went, its other dates say so anew.
 */
export async function syncCohortCalendars(tx: Tx, cohortId: string, { topic }: { topic?: string } = {}) {
  const sessions = await tx.trainingSession.findMany({
    where: { cohortId, startsAt: { gt: new Date() } },
    select: { id: true, topic: true },
  });
  let requested = 0;
  for (const s of sessions) requested += (await syncTrainingCalendar(tx, s.id, { meetingChanged: s.topic === topic })).requested;
  return { requested };
}
