import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { calendarUid, type CalendarEvent } from "@/lib/calendar/ics";
import { calendarInvitation } from "@/tests/support/calendar";
import { amsterdamInstant } from "@/lib/dates";

// The invitation's own reminder (VALARM, ADR 021), read back by two independent parsers: ical.js
// (Mozilla's) and, where Debian's python3-icalendar is installed, the Python library many servers use.

const event: CalendarEvent = {
  uid: calendarUid("sessie", "alarm"),
  sequence: 2,
  start: amsterdamInstant("2027-03-29", "10:00"),
  end: amsterdamInstant("2027-03-29", "13:00"),
  summary: "Weerbare Werkgever: bijeenkomst 1 bij Bakkerij De Korenschoof",
  description: "Agenda\nOpening",
  location: "Molenstraat 1, Deventer",
  url: null,
  organizer: { name: "Marieke Jansen", email: "marieke@oads.nl" },
  attendees: [{ name: "Inge de Vries", email: "inge@korenschoof.nl" }],
  alarm: { minutesBefore: 120, description: "Over twee uur: bijeenkomst Weerbare Werkgever" },
};

const alarmsOf = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics))
    .getFirstSubcomponent("vevent")!
    .getAllSubcomponents("valarm")
    .map((a) => ({
      action: a.getFirstPropertyValue("action"),
      trigger: String(a.getFirstPropertyValue("trigger")),
      description: a.getFirstPropertyValue("description"),
    }));

// Debian's python3 (the pyenv one on PATH may lack the package)
const PYTHON = ["/usr/bin/python3", "python3"].find((p) => {
  try {
    execFileSync(p, ["-c", "import icalendar"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});

describe("the invitation's reminder (VALARM)", () => {
  it("a REQUEST carries one DISPLAY alarm two hours before the start", () => {
    expect(alarmsOf(calendarInvitation(event, "REQUEST"))).toEqual([
      { action: "DISPLAY", trigger: "-PT2H", description: "Over twee uur: bijeenkomst Weerbare Werkgever" },
    ]);
  });

  it("a cancellation or an uninvite reminds nobody; an event without an alarm has none", () => {
    expect(alarmsOf(calendarInvitation(event, "CANCEL"))).toEqual([]);
    expect(alarmsOf(calendarInvitation(event, "CANCEL", { uninvite: true }))).toEqual([]);
    expect(alarmsOf(calendarInvitation({ ...event, alarm: undefined }, "REQUEST"))).toEqual([]);
  });

  it.skipIf(!PYTHON)("python3-icalendar parses the invitation and finds the VALARM", () => {
    const file = `/tmp/ww-alarm-${process.pid}.ics`;
    fs.writeFileSync(file, calendarInvitation(event, "REQUEST"));
    try {
      const script = [
        "import sys, icalendar",
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())",
        "alarms = [a for a in cal.walk('VALARM')]",
        "print(len(alarms), alarms[0]['ACTION'], alarms[0]['TRIGGER'].dt.total_seconds(), cal['METHOD'])",
      ].join("\n");
      expect(execFileSync(PYTHON!, ["-c", script, file], { encoding: "utf8" }).trim()).toBe("1 DISPLAY -7200.0 REQUEST");
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});
