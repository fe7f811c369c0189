import { describe, expect, it } from "vitest";
import { allowedNextStatuses, canMoveTo } from "@/lib/trajecten/status";

describe("traject phases", () => {
  it("moves one step at a time, can stop from any open phase, and ends at closed", () => {
    expect(allowedNextStatuses("INTAKE")).toEqual(["SCAN_OPEN", "CANCELLED"]);
    expect(allowedNextStatuses("SCAN_CLOSED")).toEqual(["SCAN_OPEN", "SESSION_1_DONE", "CANCELLED"]);
    expect(allowedNextStatuses("CLOSED")).toEqual([]);
    expect(allowedNextStatuses("CANCELLED")).toEqual([]);
    expect(canMoveTo("INTAKE", "CLOSED")).toBe(false);
  });
});
