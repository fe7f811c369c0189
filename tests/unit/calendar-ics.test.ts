import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { calendarUid, type CalendarEvent } from "@/lib/calendar/ics";
import { calendarFile, calendarInvitation } from "@/tests/support/calendar";
import { amsterdamInstant } from "@/lib/dates";

// The calendar parts, read back by an independent parser (ical.js, Mozilla's), as a calendar would.

const base = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: calendarUid("sessie", "1"),
  sequence: 1,
  start: amsterdamInstant("2027-03-27", "10:00"),
  end: amsterdamInstant("2027-03-27", "13:00"),
  summary: "Weerbare Werkgever: bijeenkomst 1 bij Bakkerij De Korenschoof",
  description: "Agenda\nOpening; kennismaking",
  location: "Molenstraat 1, Deventer",
  url: null,
  organizer: { name: "Marieke Jansen", email: "marieke@oads.nl" },
  attendees: [
    { name: "Inge de Vries", email: "inge@korenschoof.nl" },
    { name: "Sanne de Boer", email: "sanne@ervaringsdeskundig.nl" },
  ],
  ...over,
});

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
    location: event.location,
    status: vevent.getFirstPropertyValue("status"),
    organizer: String(vevent.getFirstPropertyValue("organizer")),
    attendees: vevent.getAllProperties("attendee").map((p) => String(p.getFirstValue()).toLowerCase()),
    description: event.description,
  };
}

describe("session calendar parts (iCalendar, read back by ical.js)", () => {
  it("an invitation: METHOD:REQUEST, a stable UID, the organizer and every attendee", () => {
    const e = parse(calendarInvitation(base(), "REQUEST"));
    expect(e).toMatchObject({
      method: "REQUEST",
      uid: calendarUid("sessie", "1"),
      sequence: 1,
      location: "Molenstraat 1, Deventer",
      status: "CONFIRMED",
      organizer: "mailto:marieke@oads.nl",
      attendees: ["mailto:inge@korenschoof.nl", "mailto:sanne@ervaringsdeskundig.nl"],
      description: "Agenda\nOpening; kennismaking",
    });
  });

  it("a change keeps the UID and raises SEQUENCE; a cancellation is METHOD:CANCEL, STATUS:CANCELLED", () => {
    const first = parse(calendarInvitation(base(), "REQUEST"));
    const moved = parse(calendarInvitation(base({ sequence: 2, start: amsterdamInstant("2027-04-03", "10:00") }), "REQUEST"));
    const cancelled = parse(
      calendarInvitation(base({ sequence: 3, attendees: [{ name: "Inge", email: "inge@korenschoof.nl" }] }), "CANCEL"),
    );
    expect(moved.uid).toBe(first.uid);
    expect(cancelled.uid).toBe(first.uid);
    expect([first.sequence, moved.sequence, cancelled.sequence]).toEqual([1, 2, 3]);
    expect(cancelled).toMatchObject({ method: "CANCEL", status: "CANCELLED", attendees: ["mailto:inge@korenschoof.nl"] });
  });

  it("uninviting one attendee (RFC 5546 3.2.5): METHOD:CANCEL naming only them, without STATUS (the meeting goes on)", () => {
    const uninvited = calendarInvitation(base({ sequence: 2, attendees: [{ name: "Inge", email: "inge@korenschoof.nl" }] }), "CANCEL", {
      uninvite: true,
    });
    expect(parse(uninvited)).toMatchObject({ method: "CANCEL", status: null, attendees: ["mailto:inge@korenschoof.nl"] });
    expect(uninvited).not.toContain("STATUS:");
  });

  it("10:00 in Amsterdam is 10:00 on both sides of the daylight-saving change (28 March 2027)", () => {
    const before = parse(calendarInvitation(base(), "REQUEST"));
    const after = parse(
      calendarInvitation(base({ start: amsterdamInstant("2027-03-29", "10:00"), end: amsterdamInstant("2027-03-29", "13:00") }), "REQUEST"),
    );
    expect(before.start.toISOString()).toBe("2027-03-27T09:00:00.000Z"); // CET, UTC+1
    expect(after.start.toISOString()).toBe("2027-03-29T08:00:00.000Z"); // CEST, UTC+2
    const wallClock = (d: Date) =>
      new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" }).format(d);
    expect([wallClock(before.start), wallClock(after.start), wallClock(after.end)]).toEqual(["10:00", "10:00", "13:00"]);
  });

  it("an online session carries its link; a download or feed has no METHOD", () => {
    const online = parse(
      calendarInvitation(base({ location: "https://meet.example.nl/abc", url: "https://meet.example.nl/abc" }), "REQUEST"),
    );
    expect(online.location).toBe("https://meet.example.nl/abc");
    // issue 23, item 5: a URI property holds a URI (RFC 3986), so non-ASCII is percent-encoded; the
    // LOCATION is text and keeps what the trainer typed
    const typed = "https://meet.example.nl/overleg-één?naam=Zoë";
    const unicode = calendarInvitation(base({ location: typed, url: typed }), "REQUEST");
    const url = new ICAL.Component(ICAL.parse(unicode)).getFirstSubcomponent("vevent")!.getFirstProperty("url")!;
    expect(url.getFirstValue()).toBe("https://meet.example.nl/overleg-%C3%A9%C3%A9n?naam=Zo%C3%AB");
    expect(parse(unicode).location).toBe(typed);
    // a link no URL parser accepts is left out of URL (it stays readable in LOCATION)
    expect(calendarInvitation(base({ location: "https://[x", url: "https://[x" }), "REQUEST")).not.toMatch(/^URL/m);
    const file = calendarFile("Weerbare Werkgever", [base(), base({ uid: calendarUid("sessie", "2") })]);
    const calendar = new ICAL.Component(ICAL.parse(file));
    expect(calendar.getFirstPropertyValue("method")).toBeNull();
    expect(calendar.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("uid"))).toEqual([
      calendarUid("sessie", "1"),
      calendarUid("sessie", "2"),
    ]);
  });
});
