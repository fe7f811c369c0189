import ical, { ICalAlarmType, ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

// iCalendar (RFC 5545, sent as iMIP, RFC 6047): built with ical-generator, never by hand. Platform: an
// event and its people, no meeting of ours in particular (lib/sessions makes a traject's meetings into
// events; a cohort's training days could do the same). Times are written in UTC ("Z"): the instants come from Europe/Amsterdam wall-clock times
// (lib/dates.ts amsterdamInstant), so a session at 10:00 stays at 10:00 across a daylight-saving change.

/**
 * Who makes the calendar: PRODID "-//<company>//<product>//NL". The organisation's settings name them
 * (lib/organisation calendarProduct); platform code knows no organisation, so every caller passes it.
 */
export interface CalendarProduct {
  company: string;
  product: string;
}
const prodId = (p: CalendarProduct) => ({ company: p.company, product: p.product, language: "NL" });
const UID_DOMAIN = "weerbarewerkgever.nl";

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  /** The event's UID (calendarUid): the same for every update and the cancellation. */
  uid: string;
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
  /** A reminder in the attendee's calendar (VALARM, DISPLAY): this many minutes before the start. */
  alarm?: { minutesBefore: number; description: string };
  /** When this version was made (DTSTAMP). */
  stamp?: Date;
}

/** A stable UID for one thing of ours that is in calendars, e.g. calendarUid("sessie", id). */
export const calendarUid = (kind: string, id: string) => `${kind}-${id}@${UID_DOMAIN}`;

/**
 * URL is a URI property (RFC 5545 3.8.4.6, RFC 3986): ASCII only, so a typed "…/overleg-één" is
 * percent-encoded; a link no URL parser accepts stays out of it (LOCATION still shows it as text).
 */
function uriOf(url: string | null): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  return new URL(url).href;
}

/**
 * `uninvite`: a CANCEL for some attendees only (RFC 5546 3.2.5): no STATUS, which would call off the
 * whole meeting; the event names only those uninvited.
 */
function addEvent(calendar: ReturnType<typeof ical>, e: CalendarEvent, { uninvite = false } = {}) {
  const event = calendar.createEvent({
    id: e.uid,
    sequence: e.sequence,
    start: e.start,
    end: e.end,
    stamp: e.stamp ?? new Date(),
    summary: e.summary,
    description: e.description,
    location: e.location ?? undefined,
    url: uriOf(e.url),
    organizer: { name: e.organizer.name, email: e.organizer.email },
    status: e.cancelled ? ICalEventStatus.CANCELLED : uninvite ? undefined : ICalEventStatus.CONFIRMED,
  });
  // a cancelled event reminds nobody of anything
  if (e.alarm && !e.cancelled && !uninvite)
    event.createAlarm({ type: ICalAlarmType.display, triggerBefore: e.alarm.minutesBefore * 60, description: e.alarm.description });
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
 * One event as an invitation (REQUEST) or a cancellation (CANCEL), for a mail's calendar part. A
 * CANCEL calls the meeting off (STATUS:CANCELLED) unless `uninvite`: then only its attendees lose it.
 */
export function calendarInvitation(
  e: CalendarEvent,
  method: "REQUEST" | "CANCEL",
  { uninvite = false, product }: { uninvite?: boolean; product: CalendarProduct },
): string {
  const calendar = ical({
    prodId: prodId(product),
    method: method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  if (method === "CANCEL" && uninvite) addEvent(calendar, { ...e, cancelled: false }, { uninvite: true });
  else addEvent(calendar, { ...e, cancelled: method === "CANCEL" || e.cancelled });
  return calendar.toString();
}

/** Events as a plain calendar (an .ics download or a personal feed): no method, nothing to answer. */
export function calendarFile(name: string, events: CalendarEvent[], product: CalendarProduct): string {
  const calendar = ical({ prodId: prodId(product), name });
  for (const e of events) addEvent(calendar, e);
  return calendar.toString();
}
