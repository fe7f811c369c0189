import { calendarInvitation, type CalendarEvent, type CalendarPerson, type CalendarProduct } from "./ics";
import { planCalendarUpdate, type HeldInvite, type RequestKind } from "./updates";

// One round of calendar mail for any event of ours (a traject's meeting, a cohort's training session):
// who gets a REQUEST or a CANCEL (./updates.ts), the raised SEQUENCE, and the iCalendar object each of
// them gets. Pure: the caller mails them in its own words and stores who holds the event now, in its
// own transaction. Null: nothing to send, and the SEQUENCE stays.

export interface CalendarRound<H extends HeldInvite> {
  /** The new SEQUENCE: store it on the event and on every invite sent. */
  sequence: number;
  /** One REQUEST object, the same for everyone invited (it names all attendees). */
  invitation: string;
  request: { person: CalendarPerson; kind: RequestKind }[];
  /** Each CANCEL names only its addressee: the others keep the meeting. Null without a date. */
  cancel: { invite: H; content: string | null }[];
}

export function planCalendarRound<H extends HeldInvite>({
  wanted,
  held,
  organizer,
  meetingChanged,
  off,
  sequence,
  event,
  alarm,
  product,
}: {
  wanted: CalendarPerson[];
  held: H[];
  organizer: CalendarPerson;
  meetingChanged: boolean;
  off: boolean;
  /** The event's SEQUENCE as stored now. */
  sequence: number;
  /** The event at a sequence with these attendees; null when it has no date (a CANCEL then carries no calendar). */
  event: (sequence: number, attendees: CalendarPerson[]) => CalendarEvent | null;
  alarm?: CalendarEvent["alarm"];
  product: CalendarProduct;
}): CalendarRound<H> | null {
  const update = planCalendarUpdate({ wanted, held, organizerEmail: organizer.email, meetingChanged, off });
  if (update.cancel.length === 0 && update.request.length === 0) return null;
  const next = sequence + 1;
  const full = event(next, update.attendees);
  return {
    sequence: next,
    invitation: full ? calendarInvitation({ ...full, alarm }, "REQUEST", { product }) : "",
    request: update.request,
    cancel: update.cancel.map((invite) => {
      const own = event(next, [{ name: invite.name, email: invite.email }]);
      return { invite, content: own ? calendarInvitation(own, "CANCEL", { uninvite: update.uninvite, product }) : null };
    }),
  };
}
