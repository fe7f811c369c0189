import { FOUR_STEPS, currentFourStep } from "@/lib/trajecten/four-steps";
import { describe, expect, it } from "vitest";
import { trajectPhases, type Phase, type PhaseFacts } from "@/lib/trajecten/phases";

// The traject by phase: per phase of the method, its state (done / now / later) and the facts behind it.

const at = (iso: string) => new Date(iso);

const base = (over: Partial<PhaseFacts> = {}): PhaseFacts => ({
  status: "INTAKE",
  plannedSessionCount: 2,
  sessions: [
    { number: 1, status: "PLANNED", scheduledAt: at("2027-01-12T12:00:00Z") },
    { number: 2, status: "PLANNED", scheduledAt: null },
  ],
  experts: [],
  scan: { deadline: at("2027-01-04T12:00:00Z"), closedAt: null, counts: { invited: 0, submitted: 0 } },
  code: null,
  closedAt: null,
  followUpAt: null,
  ...over,
});
const states = (phases: Phase[]) => Object.fromEntries(phases.map((p) => [p.key, p.state]));
const facts = (phases: Phase[], key: Phase["key"]) => phases.find((p) => p.key === key)!.facts;

describe("the traject's phases", () => {
  it("are the method's five, in its order, each with a Dutch label", () => {
    expect(trajectPhases(base()).map((p) => p.label)).toEqual(["Planning", "Scan", "Bijeenkomsten", "Gedragscode", "Opvolging"]);
  });

  it("at intake: planning and inviting are now, the rest later", () => {
    const phases = trajectPhases(base());
    expect(states(phases)).toEqual({ planning: "now", scan: "now", bijeenkomsten: "later", gedragscode: "later", opvolging: "later" });
    expect(facts(phases, "planning")).toEqual(["Nog zonder datum: bijeenkomst 2", "Nog geen ervaringsdeskundige gevraagd"]);
    expect(facts(phases, "scan")).toEqual(["Nog niemand uitgenodigd", "Invullen vóór 4 januari 2027"]);
  });

  it("planning is done once every session has a date and an expert is on board", () => {
    const sessions: PhaseFacts["sessions"] = [
      { number: 1, status: "PLANNED", scheduledAt: at("2027-01-12T12:00:00Z") },
      { number: 2, status: "PLANNED", scheduledAt: at("2027-02-09T12:00:00Z") },
    ];
    const asked = trajectPhases(base({ sessions, experts: [{ name: "Sanne de Boer", status: "INVITED" }] }));
    expect(states(asked).planning).toBe("now");
    expect(facts(asked, "planning")).toEqual([
      "2 bijeenkomsten met een datum",
      "Sanne de Boer is gevraagd als ervaringsdeskundige; nog geen antwoord",
    ]);
    const onBoard = trajectPhases(base({ sessions, experts: [{ name: "Sanne de Boer", status: "ACCEPTED" }] }));
    expect(states(onBoard).planning).toBe("done");
    expect(facts(onBoard, "planning")[1]).toBe("Sanne de Boer doet mee als ervaringsdeskundige");
  });

  it("a session the traject still lacks (fewer rows than planned) counts as without a date", () => {
    const phases = trajectPhases(base({ plannedSessionCount: 3, experts: [{ name: "Sanne de Boer", status: "ACCEPTED" }] }));
    expect(states(phases).planning).toBe("now");
    expect(facts(phases, "planning")[0]).toBe("Nog zonder datum: bijeenkomsten 2 en 3");
  });

  it("while the scan runs: its count and closing date", () => {
    const phases = trajectPhases(
      base({ status: "SCAN_OPEN", scan: { deadline: at("2027-01-04T12:00:00Z"), closedAt: null, counts: { invited: 9, submitted: 7 } } }),
    );
    expect(states(phases).scan).toBe("now");
    expect(facts(phases, "scan")).toEqual(["7 van 9 ingevuld, sluit 4 januari 2027"]);
  });

  it("who does not read results sees no counts, only the date", () => {
    const phases = trajectPhases(
      base({ status: "SCAN_OPEN", scan: { deadline: at("2027-01-04T12:00:00Z"), closedAt: null, counts: null } }),
    );
    expect(facts(phases, "scan")).toEqual(["Sluit 4 januari 2027"]);
    expect(facts(trajectPhases(base({ scan: { deadline: null, closedAt: null, counts: null } })), "scan")).toEqual([]);
  });

  it("once the scan is closed: scan done, sessions now, with their dates", () => {
    const phases = trajectPhases(
      base({
        status: "SCAN_CLOSED",
        scan: { deadline: at("2027-01-04T12:00:00Z"), closedAt: at("2027-01-05T09:00:00Z"), counts: { invited: 9, submitted: 7 } },
      }),
    );
    expect(states(phases)).toMatchObject({ scan: "done", bijeenkomsten: "now", gedragscode: "later" });
    expect(facts(phases, "scan")).toEqual(["Gesloten op 5 januari 2027", "7 van 9 ingevuld"]);
    expect(facts(phases, "bijeenkomsten")).toEqual(["Bijeenkomst 1 op 12 januari 2027 om 13:00", "Bijeenkomst 2: nog geen datum"]);
  });

  it("after session 2: the sessions are done (a cancelled one does not hold them up) and the code is now", () => {
    const phases = trajectPhases(
      base({
        status: "SESSION_2_DONE",
        plannedSessionCount: 3,
        sessions: [
          { number: 1, status: "HELD", scheduledAt: at("2027-01-12T12:00:00Z") },
          { number: 2, status: "HELD", scheduledAt: at("2027-02-09T12:00:00Z") },
          { number: 3, status: "CANCELLED", scheduledAt: null },
        ],
        code: { status: "CONCEPT", clauses: 6, signers: 3, signed: 1, adoptedAt: null },
      }),
    );
    expect(states(phases)).toMatchObject({ bijeenkomsten: "done", gedragscode: "now", opvolging: "later" });
    expect(facts(phases, "bijeenkomsten")).toEqual([
      "Bijeenkomst 1 gehouden op 12 januari 2027",
      "Bijeenkomst 2 gehouden op 9 februari 2027",
      "Bijeenkomst 3 vervallen",
    ]);
    expect(facts(phases, "gedragscode")).toEqual(["Concept met 6 afspraken", "1 van 3 handtekeningen"]);
  });

  it("after session 1 the code is later, unless the tandem started writing it", () => {
    expect(states(trajectPhases(base({ status: "SESSION_1_DONE" }))).gedragscode).toBe("later");
    const started = trajectPhases(
      base({ status: "SESSION_1_DONE", code: { status: "CONCEPT", clauses: 1, signers: 0, signed: 0, adoptedAt: null } }),
    );
    expect(states(started).gedragscode).toBe("now");
    expect(facts(started, "gedragscode")).toEqual(["Concept met 1 afspraak"]);
  });

  it("an adopted code is done, with its date", () => {
    const phases = trajectPhases(
      base({
        status: "SESSION_2_DONE",
        code: { status: "VASTGESTELD", clauses: 6, signers: 3, signed: 3, adoptedAt: at("2027-03-01T10:00:00Z") },
      }),
    );
    expect(states(phases).gedragscode).toBe("done");
    expect(facts(phases, "gedragscode")).toEqual(["Vastgesteld op 1 maart 2027"]);
  });

  it("who does not read the code sees no facts about it", () => {
    expect(facts(trajectPhases(base({ status: "SESSION_2_DONE", code: undefined })), "gedragscode")).toEqual([]);
  });

  it("closed: all done but the follow-up, which is now, with its moment", () => {
    const phases = trajectPhases(
      base({
        status: "CLOSED",
        scan: { deadline: null, closedAt: at("2027-01-05T09:00:00Z"), counts: { invited: 9, submitted: 7 } },
        closedAt: at("2027-03-02T10:00:00Z"),
        followUpAt: at("2027-09-02T10:00:00Z"),
      }),
    );
    expect(states(phases)).toEqual({ planning: "done", scan: "done", bijeenkomsten: "done", gedragscode: "done", opvolging: "now" });
    expect(facts(phases, "gedragscode")).toEqual(["Afgerond zonder gedragscode"]);
    expect(facts(phases, "opvolging")).toEqual(["Traject afgerond op 2 maart 2027", "Vervolgmoment op 2 september 2027"]);
  });

  it("stopped: nothing is now; what was done stays done", () => {
    const phases = trajectPhases(
      base({ status: "CANCELLED", scan: { deadline: null, closedAt: at("2027-01-05T09:00:00Z"), counts: null } }),
    );
    expect(states(phases)).toEqual({ planning: "later", scan: "done", bijeenkomsten: "later", gedragscode: "later", opvolging: "later" });
  });

  it("never more than three facts a phase", () => {
    const sessions = [1, 2, 3, 4].map((n) => ({ number: n, status: "PLANNED" as const, scheduledAt: null }));
    const phases = trajectPhases(base({ status: "SCAN_CLOSED", plannedSessionCount: 4, sessions }));
    for (const p of phases) expect(p.facts.length).toBeLessThanOrEqual(3);
  });
});

describe("the method's four steps as the traject's frame", () => {
  it("follow the traject: scan and session 1, the reflection, session 2 and the code, the follow-up", () => {
    expect(FOUR_STEPS.map((s) => s.label)).toEqual(["Verdiepen", "Verbeelden", "Vormgeven", "Verwezenlijken"]);
    expect(currentFourStep("INTAKE", false)).toBe("verdiepen");
    expect(currentFourStep("SCAN_CLOSED", false)).toBe("verdiepen");
    expect(currentFourStep("SESSION_1_DONE", false)).toBe("verbeelden");
    expect(currentFourStep("SESSION_2_DONE", false)).toBe("vormgeven");
    expect(currentFourStep("SESSION_2_DONE", true)).toBe("verwezenlijken");
    expect(currentFourStep("CLOSED", false)).toBe("verwezenlijken");
    expect(currentFourStep("CANCELLED", true)).toBeNull();
  });
});
