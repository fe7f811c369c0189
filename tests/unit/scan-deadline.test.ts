import { describe, expect, it } from "vitest";
import { amsterdamInstant, isoDay } from "@/lib/dates";
import { deadlineBeforeSession1, defaultScanDeadline, scanWarnings, workingDaysBefore } from "@/lib/scan/invitations/deadline";

describe("the scan's deadline: three working days before session 1", () => {
  it("skips weekends", () => {
    expect(workingDaysBefore(amsterdamInstant("2027-02-03", "10:00"), 3)).toBe("2027-01-29"); // Wed → the Friday before
    expect(workingDaysBefore(amsterdamInstant("2027-02-08", "10:00"), 3)).toBe("2027-02-03"); // Mon → Wed
    expect(workingDaysBefore(amsterdamInstant("2027-02-05", "09:00"), 3)).toBe("2027-02-02"); // Fri → Tue
  });

  it("ends the day in Amsterdam time, also across the daylight-saving change", () => {
    expect(deadlineBeforeSession1(amsterdamInstant("2027-03-31", "10:00")).toISOString()).toBe("2027-03-26T22:59:00.000Z"); // Fri 26 March, CET
    expect(deadlineBeforeSession1(amsterdamInstant("2027-04-02", "10:00")).toISOString()).toBe("2027-03-30T21:59:00.000Z"); // Tue 30 March, CEST
  });

  it("the invitation form never suggests a day that has passed", () => {
    const now = new Date("2027-02-01T10:00:00Z");
    expect(defaultScanDeadline(new Date("2027-01-20T22:59:00Z"), 21, now)).toBe("2027-02-22");
    expect(defaultScanDeadline(null, 21, now, amsterdamInstant("2027-02-10", "10:00"))).toBe("2027-02-05");
    expect(defaultScanDeadline(amsterdamInstant("2027-02-12", "23:59"), 21, now)).toBe("2027-02-12");
    expect(isoDay(now)).toBe("2027-02-01");
  });

  it("warns when session 1 is not after the deadline, or fewer than two answered three days before", () => {
    const now = new Date("2027-02-01T10:00:00Z");
    const session1Start = amsterdamInstant("2027-02-03", "10:00");
    expect(scanWarnings({ scanDeadline: amsterdamInstant("2027-02-05", "23:59"), session1Start, submitted: 5, now })).toEqual([
      "session1BeforeDeadline",
    ]);
    expect(scanWarnings({ scanDeadline: amsterdamInstant("2027-01-29", "23:59"), session1Start, submitted: 1, now })).toEqual([
      "fewResponses",
    ]);
    expect(scanWarnings({ scanDeadline: amsterdamInstant("2027-01-29", "23:59"), session1Start, submitted: 2, now })).toEqual([]);
    expect(scanWarnings({ scanDeadline: null, session1Start: amsterdamInstant("2027-03-03", "10:00"), submitted: 0, now })).toEqual([]);
  });
});
