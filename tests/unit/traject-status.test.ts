import { describe, expect, it } from "vitest";
import { allowedNextStatuses, canMoveTo, phaseFromSessions } from "@/lib/trajecten/status";

describe("traject phases", () => {
  it("the phase select offers only exceptions: stop, reopen the scan, close the traject; facts set the rest", () => {
    expect(allowedNextStatuses("INTAKE")).toEqual(["CANCELLED"]);
    expect(allowedNextStatuses("SCAN_OPEN")).toEqual(["CANCELLED"]);
    expect(allowedNextStatuses("SCAN_CLOSED")).toEqual(["SCAN_OPEN", "CLOSED", "CANCELLED"]);
    expect(allowedNextStatuses("SESSION_1_DONE")).toEqual(["CLOSED", "CANCELLED"]);
    expect(allowedNextStatuses("SESSION_2_DONE")).toEqual(["CLOSED", "CANCELLED"]);
    expect(allowedNextStatuses("CLOSED")).toEqual([]);
    expect(allowedNextStatuses("CANCELLED")).toEqual([]);
    // closing the scan and holding sessions are facts, never picked
    expect(canMoveTo("SCAN_OPEN", "SCAN_CLOSED")).toBe(false);
    expect(canMoveTo("SCAN_CLOSED", "SESSION_1_DONE")).toBe(false);
    expect(canMoveTo("INTAKE", "SCAN_OPEN")).toBe(false);
  });

  it("held sessions set the phase once the scan is closed; undoing one moves it back; other phases stay", () => {
    expect(phaseFromSessions("SCAN_CLOSED", [1])).toBe("SESSION_1_DONE");
    expect(phaseFromSessions("SESSION_1_DONE", [1, 2])).toBe("SESSION_2_DONE");
    expect(phaseFromSessions("SESSION_2_DONE", [1, 2, 3])).toBe("SESSION_2_DONE");
    expect(phaseFromSessions("SESSION_2_DONE", [1])).toBe("SESSION_1_DONE");
    expect(phaseFromSessions("SESSION_1_DONE", [])).toBe("SCAN_CLOSED");
    // the scan still runs: holding a session does not close it
    expect(phaseFromSessions("SCAN_OPEN", [1])).toBe("SCAN_OPEN");
    expect(phaseFromSessions("INTAKE", [1])).toBe("INTAKE");
    expect(phaseFromSessions("CLOSED", [])).toBe("CLOSED");
    expect(phaseFromSessions("CANCELLED", [1, 2])).toBe("CANCELLED");
  });
});
