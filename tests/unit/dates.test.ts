import { describe, expect, it } from "vitest";
import { amsterdamInstant } from "@/lib/dates";
import { allowedNextStatuses, canMoveTo } from "@/lib/trajecten/status";

describe("amsterdamInstant", () => {
  it("uses winter and summer time", () => {
    expect(amsterdamInstant("2026-01-15", "13:30").toISOString()).toBe("2026-01-15T12:30:00.000Z");
    expect(amsterdamInstant("2026-07-01", "13:30").toISOString()).toBe("2026-07-01T11:30:00.000Z");
  });
});

describe("traject phases", () => {
  it("moves one step at a time, can stop from any open phase, and ends at closed", () => {
    expect(allowedNextStatuses("INTAKE")).toEqual(["SCAN_OPEN", "CANCELLED"]);
    expect(allowedNextStatuses("SCAN_CLOSED")).toEqual(["SCAN_OPEN", "SESSION_1_DONE", "CANCELLED"]);
    expect(allowedNextStatuses("CLOSED")).toEqual([]);
    expect(allowedNextStatuses("CANCELLED")).toEqual([]);
    expect(canMoveTo("INTAKE", "CLOSED")).toBe(false);
  });
});
