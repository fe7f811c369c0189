import { describe, expect, it } from "vitest";
import { amsterdamInstant, formatDate, formatDateTime, formatMonthYear, formatPeriod, formatTime, isoDay } from "@/lib/dates";
import { addMonthsToIsoDay, defaultFollowUpAt, followUpInstant, followUpNoticeFrom } from "@/lib/followup/moment-rules";

describe("amsterdamInstant", () => {
  it("uses winter and summer time", () => {
    expect(amsterdamInstant("2026-01-15", "13:30").toISOString()).toBe("2026-01-15T12:30:00.000Z");
    expect(amsterdamInstant("2026-07-01", "13:30").toISOString()).toBe("2026-07-01T11:30:00.000Z");
  });

  // Issue 23, item 5: the offset was taken at the wrong instant, so the night of a DST Sunday shifted an hour.
  const at = (day: string, time: string) => amsterdamInstant(day, time).toISOString();
  it.each([
    // spring forward (02:00 CET → 03:00 CEST at 01:00 UTC)
    ["2026-03-29", "00:30", "2026-03-28T23:30:00.000Z"],
    ["2026-03-29", "01:30", "2026-03-29T00:30:00.000Z"],
    ["2026-03-29", "03:30", "2026-03-29T01:30:00.000Z"],
    ["2027-03-28", "01:30", "2027-03-28T00:30:00.000Z"],
    ["2027-03-28", "01:59", "2027-03-28T00:59:00.000Z"],
    ["2027-03-28", "03:00", "2027-03-28T01:00:00.000Z"],
    // 02:30 does not exist that night: it is read as the same moment an hour on, 03:30 summer time
    ["2027-03-28", "02:30", "2027-03-28T01:30:00.000Z"],
    // fall back (03:00 CEST → 02:00 CET at 01:00 UTC): 02:00–02:59 happens twice, the first one (summer time) counts
    ["2026-10-25", "01:30", "2026-10-24T23:30:00.000Z"],
    ["2026-10-25", "02:30", "2026-10-25T00:30:00.000Z"],
    ["2026-10-25", "03:30", "2026-10-25T02:30:00.000Z"],
    ["2027-10-31", "02:30", "2027-10-31T00:30:00.000Z"],
    ["2027-10-31", "02:00", "2027-10-31T00:00:00.000Z"],
    ["2027-10-31", "03:00", "2027-10-31T02:00:00.000Z"],
    ["2027-10-31", "23:30", "2027-10-31T22:30:00.000Z"],
  ])("on the DST Sundays: %s %s is %s", (day, time, utc) => {
    expect(at(day, time)).toBe(utc);
  });

  it("every existing wall-clock time of both DST Sundays reads back as itself", () => {
    for (const day of ["2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"])
      for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        if (day.endsWith("-03-29") || day.endsWith("-03-28")) if (time.startsWith("02:")) continue; // does not exist
        const instant = amsterdamInstant(day, time);
        expect([isoDay(instant), formatTime(instant)]).toEqual([day, time]);
      }
  });
});

describe("date formatting (Europe/Amsterdam)", () => {
  it("writes the Dutch calendar day, summer time included", () => {
    expect(formatDate(new Date("2026-11-21T23:30:00Z"))).toBe("22 november 2026"); // CET, UTC+1
    expect(formatDate(new Date("2026-06-30T22:30:00Z"))).toBe("1 juli 2026"); // CEST, UTC+2
    expect(formatDate(new Date("2026-06-30T21:30:00Z"))).toBe("30 juni 2026");
    expect(formatDate(null)).toBe("—");
    expect(formatDate(undefined)).toBe("—");
  });

  it("writes times on both sides of the clock change", () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST; 25 October 2026: 03:00 CEST becomes 02:00 CET.
    expect(formatTime(new Date("2026-03-29T00:30:00Z"))).toBe("01:30");
    expect(formatTime(new Date("2026-03-29T01:30:00Z"))).toBe("03:30");
    expect(formatTime(new Date("2026-10-25T00:30:00Z"))).toBe("02:30");
    expect(formatTime(new Date("2026-10-25T01:30:00Z"))).toBe("02:30");
    expect(formatTime(null)).toBe("");
    expect(formatDateTime(new Date("2026-07-01T11:30:00Z"))).toMatch(/^1 juli 2026.*13:30$/);
    expect(formatDateTime(null)).toBe("—");
  });

  it("gives the Amsterdam day as an input value, and round-trips with amsterdamInstant", () => {
    expect(isoDay(new Date("2026-06-30T23:00:00Z"))).toBe("2026-07-01");
    expect(isoDay(new Date("2026-01-01T22:59:00Z"))).toBe("2026-01-01");
    expect(isoDay(null)).toBe("");
    for (const [day, time] of [
      ["2026-03-29", "00:30"],
      ["2026-07-01", "01:00"],
      ["2026-10-25", "23:59"],
      ["2026-12-31", "00:00"],
    ] as const) {
      const instant = amsterdamInstant(day, time);
      expect(isoDay(instant)).toBe(day);
      expect(formatTime(instant)).toBe(time);
    }
  });

  it("writes periods with the year once when it is shared", () => {
    expect(formatPeriod(new Date("2026-07-01T10:00:00Z"), new Date("2026-09-30T10:00:00Z"))).toBe("1 juli tot en met 30 september 2026");
    expect(formatPeriod(new Date("2026-12-01T12:00:00Z"), new Date("2027-01-15T12:00:00Z"))).toBe(
      "1 december 2026 tot en met 15 januari 2027",
    );
    // 31 December 23:30 UTC is already New Year's Day in Amsterdam: the same year as the end.
    expect(formatPeriod(new Date("2026-12-31T23:30:00Z"), new Date("2027-02-01T12:00:00Z"))).toBe("1 januari tot en met 1 februari 2027");
    expect(formatPeriod(new Date("2026-07-01T10:00:00Z"), null)).toBe("vanaf 1 juli 2026");
    expect(formatPeriod(null, new Date("2026-07-01T10:00:00Z"))).toBe("tot en met 1 juli 2026");
    expect(formatPeriod(null, null)).toBeNull();
  });
});

describe("the follow-up moment's dates", () => {
  it("six months on is the same day of the month, or that month's last day", () => {
    expect(addMonthsToIsoDay("2026-03-15", 6)).toBe("2026-09-15");
    expect(addMonthsToIsoDay("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonthsToIsoDay("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonthsToIsoDay("2026-12-01", 1)).toBe("2027-01-01");
  });
  it("closing late in the evening in Amsterdam counts that Amsterdam day; the moment is 09:00 there", () => {
    // 23:30 on 31 March in Amsterdam is still 31 March, though it is 21:30 UTC
    const closed = amsterdamInstant("2027-03-31", "23:30");
    expect(isoDay(defaultFollowUpAt(closed))).toBe("2027-09-30");
    expect(formatTime(defaultFollowUpAt(closed))).toBe("09:00");
  });
  it("the reminder is due from the start of the Amsterdam day a week before", () => {
    const moment = followUpInstant("2027-04-02");
    expect(followUpNoticeFrom(moment)).toEqual(amsterdamInstant("2027-03-26"));
    expect(formatMonthYear(moment)).toBe("april 2027");
  });
});
