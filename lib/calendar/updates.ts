import type { CalendarPerson } from "./ics";

// Who gets what when an event changes (RFC 5546), for any event of ours: the caller says who should
// have it now and who holds it already (what was sent before), and gets back who needs a REQUEST and
// who a CANCEL. Pure: the caller stores what it sent and mails it in its own transaction.
// - someone new, or everyone when the meeting itself changed (date, time, place, agenda): a REQUEST;
// - someone who holds it and should no longer: a CANCEL. When the meeting goes on for others, that is
//   an "uninvite" (a CANCEL without STATUS:CANCELLED, which would call it off for everyone), and those
//   who stay get the event without them (a REQUEST of kind "attendees").
// E-mail addresses are compared trimmed and case-insensitively; the organiser gets no REQUEST.

export interface HeldInvite {
  email: string;
  name: string;
  /** False once a CANCEL went out. */
  cancelled: boolean;
}

export type RequestKind = "new" | "changed" | "attendees";

export interface CalendarUpdate<H extends HeldInvite> {
  /** The people who should hold it now (organiser and doubles removed): every REQUEST lists them. */
  attendees: CalendarPerson[];
  request: { person: CalendarPerson; kind: RequestKind }[];
  cancel: H[];
  /** The CANCELs uninvite (the meeting goes on) rather than call the meeting off. */
  uninvite: boolean;
}

/** How an address is compared and stored: trimmed, lower case. */
export const calendarAddress = (email: string) => email.trim().toLowerCase();

export function planCalendarUpdate<H extends HeldInvite>({
  wanted,
  held,
  organizerEmail,
  meetingChanged,
  off,
}: {
  /** Who should have the event now; empty when it is off or has no date. */
  wanted: CalendarPerson[];
  held: H[];
  organizerEmail: string;
  meetingChanged: boolean;
  /** The event itself is called off (not just moved away from some people): CANCELs say so. */
  off: boolean;
}): CalendarUpdate<H> {
  const organizer = calendarAddress(organizerEmail);
  const seen = new Set<string>();
  const attendees = wanted.filter((p) => {
    const key = calendarAddress(p.email);
    if (key === organizer || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const holding = held.filter((i) => !i.cancelled);
  const holds = new Set(holding.map((i) => calendarAddress(i.email)));
  const cancel = holding.filter((i) => !seen.has(calendarAddress(i.email)));
  const attendeesChanged = cancel.length > 0 && attendees.length > 0;
  const request = attendees
    .filter((p) => meetingChanged || attendeesChanged || !holds.has(calendarAddress(p.email)))
    .map((person) => ({
      person,
      kind: (!holds.has(calendarAddress(person.email)) ? "new" : meetingChanged ? "changed" : "attendees") as RequestKind,
    }));
  return { attendees, request, cancel, uninvite: !off };
}
