import { describe, expect, it } from "vitest";
import { amsterdamInstant } from "@/lib/dates";
import { atOwnLimit, pauseLabel, pauseState, pauseWindowProblem, takesNewTrajects } from "@/lib/experts/pacing-rules";

// The expert's own pace (ADR 037), pure: a pause by Amsterdam calendar days with both ends included,
// a limit on running trajects, and which windows are refused.
const at = (day: string, time = "12:00") => amsterdamInstant(day, time);
const window = (from: string | null, until: string | null) => ({
  selfPausedFrom: from ? amsterdamInstant(from) : null,
  selfPausedUntil: until ? amsterdamInstant(until) : null,
});

describe("the expert's own pause and limit", () => {
  it("a pause runs from the first day's midnight to the last day's end, in Amsterdam", () => {
    const p = window("2027-03-01", "2027-03-14");
    expect(pauseState(p, at("2027-02-28", "23:59"))).toBe("planned");
    expect(pauseState(p, at("2027-03-01", "00:00"))).toBe("active");
    expect(pauseState(p, at("2027-03-14", "23:59"))).toBe("active");
    expect(pauseState(p, at("2027-03-15", "00:00"))).toBe("over");
    expect(pauseState(window("2027-03-01", null), at("2030-01-01"))).toBe("active");
    expect(pauseState(window(null, null), at("2027-03-01"))).toBe("none");
  });

  it("refuses a window that ends before it starts, or already ended; one day, or open-ended, is fine", () => {
    expect(pauseWindowProblem("2027-03-05", "2027-03-04", "2027-03-01")?.message).toMatch(/eindigt voordat hij begint/);
    expect(pauseWindowProblem("2027-02-01", "2027-02-10", "2027-03-01")?.message).toMatch(/al voorbij/);
    expect(pauseWindowProblem("2027-03-05", "2027-03-05", "2027-03-01")).toBeNull();
    expect(pauseWindowProblem("2027-02-01", null, "2027-03-01")).toBeNull();
  });

  it("at the limit when as many trajects run as chosen; no limit, never; a pause or the limit keeps new requests away", () => {
    expect(atOwnLimit({ maxActiveTrajects: 2 }, 1)).toBe(false);
    expect(atOwnLimit({ maxActiveTrajects: 2 }, 2)).toBe(true);
    expect(atOwnLimit({ maxActiveTrajects: null }, 40)).toBe(false);
    const now = at("2027-03-02");
    expect(takesNewTrajects({ ...window(null, null), maxActiveTrajects: 1 }, 0, now)).toBe(true);
    expect(takesNewTrajects({ ...window(null, null), maxActiveTrajects: 1 }, 1, now)).toBe(false);
    expect(takesNewTrajects({ ...window("2027-03-01", null), maxActiveTrajects: null }, 0, now)).toBe(false);
  });

  it("says the pause in the expert's words", () => {
    expect(pauseLabel(window("2027-03-01", "2027-03-14"))).toBe("van 1 maart tot en met 14 maart 2027");
    expect(pauseLabel(window("2027-03-01", "2027-03-01"))).toBe("op 1 maart 2027");
    expect(pauseLabel(window("2027-03-01", null))).toBe("vanaf 1 maart 2027, tot u hem zelf beëindigt");
  });
});
