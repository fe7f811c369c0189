import { describe, expect, it } from "vitest";
import { planCalendarUpdate } from "@/lib/calendar/updates";

// The RFC 5546 rule on its own, with no meeting of ours: who gets a REQUEST and who a CANCEL.

const inge = { name: "Inge", email: "inge@korenschoof.nl" };
const sanne = { name: "Sanne", email: "Sanne@Ervaring.nl " };
const trainer = { name: "Marieke", email: "marieke@oads.nl" };
const held = (p: { name: string; email: string }, cancelled = false) => ({ ...p, email: p.email.trim().toLowerCase(), cancelled });

describe("planCalendarUpdate", () => {
  it("a new event: a REQUEST to each attendee, never to the organiser, doubles once", () => {
    const u = planCalendarUpdate({
      wanted: [inge, sanne, trainer, inge],
      held: [],
      organizerEmail: trainer.email,
      meetingChanged: false,
      off: false,
    });
    expect(u.request).toEqual([
      { person: inge, kind: "new" },
      { person: sanne, kind: "new" },
    ]);
    expect(u.attendees).toEqual([inge, sanne]);
    expect(u.cancel).toEqual([]);
  });

  it("nothing changed: nothing is sent (addresses compared case- and space-insensitively)", () => {
    const u = planCalendarUpdate({
      wanted: [inge, sanne],
      held: [held(inge), held(sanne)],
      organizerEmail: trainer.email,
      meetingChanged: false,
      off: false,
    });
    expect(u.request).toEqual([]);
    expect(u.cancel).toEqual([]);
  });

  it("the meeting moved: everyone who keeps it gets the new version", () => {
    const u = planCalendarUpdate({
      wanted: [inge, sanne],
      held: [held(inge), held(sanne)],
      organizerEmail: trainer.email,
      meetingChanged: true,
      off: false,
    });
    expect(u.request.map((r) => r.kind)).toEqual(["changed", "changed"]);
  });

  it("someone leaves a meeting that goes on: an uninvite to them, the event without them to those who stay", () => {
    const u = planCalendarUpdate({
      wanted: [inge],
      held: [held(inge), held(sanne)],
      organizerEmail: trainer.email,
      meetingChanged: false,
      off: false,
    });
    expect(u.cancel.map((c) => c.name)).toEqual(["Sanne"]);
    expect(u.uninvite).toBe(true);
    expect(u.request).toEqual([{ person: inge, kind: "attendees" }]);
  });

  it("the meeting is off: a CANCEL that calls it off to everyone who held it, once", () => {
    const u = planCalendarUpdate({
      wanted: [],
      held: [held(inge), held(sanne, true)],
      organizerEmail: trainer.email,
      meetingChanged: false,
      off: true,
    });
    expect(u.cancel.map((c) => c.name)).toEqual(["Inge"]);
    expect(u.uninvite).toBe(false);
    expect(u.request).toEqual([]);
  });
});
