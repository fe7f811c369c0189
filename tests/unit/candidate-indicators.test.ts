import { describe, expect, it } from "vitest";
import { countIndicators, type CandidateFacts } from "@/lib/training/indicator-counts";
import { mayStartCohort, movesFrom } from "@/lib/training/candidate-rules";

// The §5.1 figures counted from the candidates' facts (ADR 034), and which status buttons a candidate has.

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const period = { from: at("2027-01-01"), until: at("2027-07-01") };
const fact = (over: Partial<CandidateFacts>): CandidateFacts => ({
  channel: "ONLINE",
  createdAt: at("2027-02-01"),
  status: "INTERESTED",
  statusChangedAt: at("2027-02-01"),
  stoppedAt: null,
  startedAt: null,
  ...over,
});

describe("the recruitment figures", () => {
  it("count each event within the period, per channel, with zeros for channels without anyone", () => {
    const { rows, total } = countIndicators(
      [
        fact({ channel: "IPS_COACH", startedAt: at("2027-03-01"), status: "CERTIFIED", statusChangedAt: at("2027-06-01") }),
        fact({ channel: "IPS_COACH", createdAt: at("2026-11-01"), startedAt: at("2027-01-15"), status: "IN_COHORT" }),
        fact({ status: "STOPPED", stoppedAt: at("2027-04-01") }),
        // stopped before the period, certified after it, recruited after it: none of them counts here
        fact({ createdAt: at("2026-01-01"), status: "STOPPED", stoppedAt: at("2026-12-31") }),
        fact({ createdAt: at("2026-01-01"), status: "CERTIFIED", statusChangedAt: at("2027-07-02") }),
        fact({ channel: "VIA_VIA", createdAt: at("2027-07-01") }),
      ],
      period,
    );
    expect(total).toEqual({ recruited: 2, started: 2, stopped: 1, certified: 1 });
    expect(rows.find((r) => r.channel === "IPS_COACH")).toEqual({
      channel: "IPS_COACH",
      recruited: 1,
      started: 2,
      stopped: 0,
      certified: 1,
    });
    expect(rows.find((r) => r.channel === "VIA_VIA")).toEqual({ channel: "VIA_VIA", recruited: 0, started: 0, stopped: 0, certified: 0 });
    expect(rows.map((r) => r.channel)).toEqual(["PATIENTENVERENIGING", "IPS_COACH", "ONLINE", "SOCIALE_MEDIA", "VIA_VIA", "ANDERS"]);
  });
});

describe("a candidate's status buttons", () => {
  it("lead forward, stop before certified, undo a stop; a cohort only after the intake", () => {
    expect(movesFrom("INTERESTED")).toEqual(["intake", "stop"]);
    expect(movesFrom("INTAKE_HELD")).toEqual(["intakeUndo", "stop"]);
    expect(movesFrom("IN_COHORT")).toEqual(["stop"]);
    expect(movesFrom("STOPPED")).toEqual(["stopUndo"]);
    expect(movesFrom("CERTIFIED")).toEqual([]);
    expect(["INTERESTED", "INTAKE_HELD", "IN_COHORT", "CERTIFIED", "STOPPED"].filter((s) => mayStartCohort(s as never))).toEqual([
      "INTAKE_HELD",
    ]);
  });
});
