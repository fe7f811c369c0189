import { describe, expect, it } from "vitest";
import { expertTrajectTasks, type ExpertTrajectFacts } from "@/lib/tasks/expert-rules";

// The experience expert's next steps per traject: the exact tasks, phase by phase.

const NOW = new Date("2026-12-07T10:00:00Z");
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
const base = (over: Partial<ExpertTrajectFacts> = {}): ExpertTrajectFacts => ({
  id: "t1",
  name: "Zorggroep De Linde – Het Hoge Veld",
  status: "SCAN_CLOSED",
  trainerName: "Marieke Jansen",
  assignment: "accepted",
  sessions: [
    { number: 1, status: "PLANNED", scheduledAt: days(10) },
    { number: 2, status: "PLANNED", scheduledAt: days(30) },
  ],
  annotations: 0,
  debriefMissing: [],
  unclaimed: [],
  ...over,
});
const keys = (f: ExpertTrajectFacts) => expertTrajectTasks(f, NOW).map((t) => t.key.replace("t1:", ""));
const held = (n: number, ago: number) => ({ number: n, status: "HELD" as const, scheduledAt: days(-ago) });

describe("the expert's next steps", () => {
  it("a request comes first and alone, saying who asks and that no reason is needed", () => {
    const [task, ...rest] = expertTrajectTasks(base({ assignment: "asked", status: "INTAKE" }), NOW);
    expect(rest).toEqual([]);
    expect(task).toMatchObject({ key: "t1:request", href: "/expert/verzoeken/t1" });
    expect(task!.why).toContain("Marieke Jansen vraagt u");
    expect(task!.why).toContain("een reden is nooit nodig");
  });

  it("while the scan is open there is nothing to do yet", () => {
    expect(keys(base({ status: "SCAN_OPEN", sessions: [{ number: 1, status: "PLANNED", scheduledAt: days(5) }] }))).toEqual([]);
  });

  it("scan closed: read and annotate before session 1; its card from two weeks before", () => {
    const [annotate, prepare] = expertTrajectTasks(base(), NOW);
    expect(annotate).toMatchObject({ key: "t1:annotate", href: "/trajecten/t1/resultaten", due: days(10) });
    expect(annotate!.why).toContain("vóór bijeenkomst 1 op 17 december 2026");
    expect(prepare).toMatchObject({ key: "t1:prepare-1", href: "/trajecten/t1/bijeenkomsten/1/voorbereiding" });
    // annotated already: only the card; three weeks before: nothing yet
    expect(keys(base({ annotations: 2 }))).toEqual(["prepare-1"]);
    expect(keys(base({ annotations: 2, sessions: [{ number: 1, status: "PLANNED", scheduledAt: days(21) }] }))).toEqual([]);
  });

  it("after a session: the look back and the hours to claim, for two months", () => {
    const facts = base({ status: "SESSION_1_DONE", sessions: [held(1, 3), { number: 2, status: "PLANNED", scheduledAt: days(12) }] });
    expect(keys({ ...facts, debriefMissing: [1], unclaimed: [1] })).toEqual(["prepare-2", "debrief-1", "claim-1"]);
    // two months on, neither is asked any more (an old traject does not keep nagging)
    expect(keys({ ...facts, sessions: [held(1, 61)], debriefMissing: [1], unclaimed: [1] })).toEqual([]);
    const claim = expertTrajectTasks({ ...facts, unclaimed: [1] }, NOW).find((t) => t.key === "t1:claim-1");
    expect(claim).toMatchObject({ href: "/expert/vergoedingen" });
    const debrief = expertTrajectTasks({ ...facts, debriefMissing: [1] }, NOW).find((t) => t.key === "t1:debrief-1");
    expect(debrief).toMatchObject({ href: "/trajecten/t1/bijeenkomsten#terugblik" });
  });

  it("a cancelled traject asks nothing", () => {
    expect(keys(base({ status: "CANCELLED", assignment: "asked" }))).toEqual([]);
  });
});
