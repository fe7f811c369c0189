import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

// iCalendar for the sessions (RFC 5545, sent as iMIP, RFC 6047): built with ical-generator, never by
// hand. Times are written in UTC ("Z"): the instants come from Europe/Amsterdam wall-clock times
// (lib/dates.ts amsterdamInstant), so a session at 10:00 stays at 10:00 across a daylight-saving change.

export const CALENDAR_PRODUCT = { company: "Onbeperkt aan de Slag", product: "Weerbare Werkgever", language: "NL" } as const;
const UID_DOMAIN = "weerbarewerkgever.nl";

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface SessionEventInput {
  /** The session's id: the UID stays the same for every update and the cancellation. */
  sessionId: string;
  /** Raised on every change (RFC 5545 SEQUENCE), so calendars replace the older version. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  /** The address (in person) or the meeting link (online). */
  location: string | null;
  url: string | null;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  cancelled?: boolean;
  /** When this version was made (DTSTAMP). */
  stamp?: Date;
}

export const sessionUid = (sessionId: string) => `sessie-${sessionId}@${UID_DOMAIN}`;

/**
 * `uninvite`: a CANCEL for some attendees only (RFC 5546 3.2.5): no STATUS, which would call off the
 * whole meeting; the event names only those uninvited.
 */
function addEvent(calendar: ReturnType<typeof ical>, e: SessionEventInput, { uninvite = false } = {}) {
  const event = calendar.createEvent({
    id: sessionUid(e.sessionId),
    sequence: e.sequence,
    start: e.start,
    end: e.end,
    stamp: e.stamp ?? new Date(),
    summary: e.summary,
    description: e.description,
    location: e.location ?? undefined,
    url: e.url ?? undefined,
    organizer: { name: e.organizer.name, email: e.organizer.email },
    status: e.cancelled ? ICalEventStatus.CANCELLED : uninvite ? undefined : ICalEventStatus.CONFIRMED,
  });
  for (const a of e.attendees)
    event.createAttendee({
      name: a.name,
      email: a.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: !e.cancelled && !uninvite,
    });
  return event;
}

/**
 * One session as an invitation (REQUEST) or a cancellation (CANCEL), for a mail's calendar part. A
 * CANCEL calls the meeting off (STATUS:CANCELLED) unless `uninvite`: then only its attendees lose it.
 */
export function sessionInvitation(e: SessionEventInput, method: "REQUEST" | "CANCEL", { uninvite = false } = {}): string {
  const calendar = ical({
    prodId: CALENDAR_PRODUCT,
    method: method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  if (method === "CANCEL" && uninvite) addEvent(calendar, { ...e, cancelled: false }, { uninvite: true });
  else addEvent(calendar, { ...e, cancelled: method === "CANCEL" || e.cancelled });
  return calendar.toString();
}

/** Sessions as a plain calendar (an .ics download or a personal feed): no method, nothing to answer. */
export function sessionCalendar(name: string, events: SessionEventInput[]): string {
  const calendar = ical({ prodId: CALENDAR_PRODUCT, name });
  for (const e of events) addEvent(calendar, e);
  return calendar.toString();
}
