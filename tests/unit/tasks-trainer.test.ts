import { describe, expect, it } from "vitest";
import { trainerTrajectTasks, type TrainerTrajectFacts } from "@/lib/tasks/trainer-rules";
import { byUrgency, type Task } from "@/lib/tasks/types";

// The trainer's next step per traject, phase by phase: the exact tasks, in the method's order.

const NOW = new Date("2026-12-07T10:00:00Z");
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

const base = (over: Partial<TrainerTrajectFacts> = {}): TrainerTrajectFacts => ({
  id: "t1",
  name: "Zorggroep De Linde – Het Hoge Veld",
  status: "INTAKE",
  plannedSessionCount: 2,
  sessions: [
    { number: 1, status: "PLANNED", scheduledAt: days(20), presenceOpen: 0 },
    { number: 2, status: "PLANNED", scheduledAt: days(40), presenceOpen: 0 },
  ],
  expert: "accepted",
  scan: { invited: 0, submitted: 0, deadline: days(17) },
  debriefMissing: [],
  code: null,
  outcomeConfirmed: false,
  followUpAt: null,
  followUpRound: null,
  ...over,
});
const keys = (tasks: Task[]) => tasks.map((t) => t.key.replace("t1:", ""));

describe("the trainer's next step", () => {
  it("intake: plan the sessions and ask an expert before inviting the key people", () => {
    const tasks = trainerTrajectTasks(
      base({ sessions: [{ number: 1, status: "PLANNED", scheduledAt: null, presenceOpen: 0 }], expert: "none" }),
      NOW,
    );
    expect(keys(tasks)).toEqual(["plan-sessions", "ask-expert", "invite"]);
    expect(tasks[0]).toMatchObject({ title: "Plan de bijeenkomsten", href: "/trajecten/t1/bijeenkomsten", context: base().name });
    expect(keys(trainerTrajectTasks(base({ expert: "asked" }), NOW))).toEqual(["expert-answer", "invite"]);
    expect(keys(trainerTrajectTasks(base(), NOW))).toEqual(["invite"]);
    // one session still without a date says which
    const one = trainerTrajectTasks(base({ sessions: [base().sessions[0]!] }), NOW);
    expect(one[0]!.title).toBe("Plan bijeenkomst 2");
  });

  it("scan open: n of m with its closing date; closing once the date passed or everyone is done", () => {
    const running = trainerTrajectTasks(base({ status: "SCAN_OPEN", scan: { invited: 5, submitted: 2, deadline: days(3) } }), NOW);
    expect(keys(running)).toEqual(["scan-running"]);
    expect(running[0]).toMatchObject({ title: "Scan: 2 van 5 ingevuld", due: days(3), href: "/trajecten/t1/scan" });
    expect(running[0]!.why).toContain("10 december 2026");

    const late = trainerTrajectTasks(base({ status: "SCAN_OPEN", scan: { invited: 5, submitted: 2, deadline: days(-1) } }), NOW);
    expect(late[0]).toMatchObject({ key: "t1:close-scan", title: "Sluit de scan" });
    expect(late[0]!.why).toContain("2 van 5 ingevuld; de sluitdatum (6 december 2026) is voorbij");

    const complete = trainerTrajectTasks(base({ status: "SCAN_OPEN", scan: { invited: 3, submitted: 3, deadline: days(5) } }), NOW);
    expect(complete[0]!.why).toContain("iedereen is klaar");
  });

  it("scan closed: prepare session 1 before it, mark it held after its time", () => {
    const before = trainerTrajectTasks(base({ status: "SCAN_CLOSED" }), NOW);
    expect(keys(before)).toEqual(["prepare-1"]);
    expect(before[0]).toMatchObject({ href: "/trajecten/t1/bijeenkomsten/1/voorbereiding", due: days(20) });
    const after = trainerTrajectTasks(
      base({
        status: "SCAN_CLOSED",
        sessions: [{ number: 1, status: "PLANNED", scheduledAt: days(-1), presenceOpen: 0 }, base().sessions[1]!],
      }),
      NOW,
    );
    expect(keys(after)).toEqual(["held-1"]);
  });

  it("after session 1: presence, the look back, then session 2 (the code)", () => {
    const held = { number: 1, status: "HELD" as const, scheduledAt: days(-2), presenceOpen: 3 };
    const tasks = trainerTrajectTasks(base({ status: "SESSION_1_DONE", sessions: [held, base().sessions[1]!], debriefMissing: [1] }), NOW);
    expect(keys(tasks)).toEqual(["presence-1", "debrief-1", "prepare-2"]);
    expect(tasks[2]).toMatchObject({ href: "/trajecten/t1/gedragscode", title: "Bereid bijeenkomst 2 voor: de gedragscode" });
    const done = trainerTrajectTasks(
      base({ status: "SESSION_1_DONE", sessions: [{ ...held, presenceOpen: 0 }, base().sessions[1]!] }),
      NOW,
    );
    expect(keys(done)).toEqual(["prepare-2"]);
  });

  it("after session 2: write the code, the directie confirms the signers, set it ready to sign, the signatures, then close", () => {
    const s2 = { status: "SESSION_2_DONE" as const };
    const code = { status: "CONCEPT" as const, clauses: 0, signers: 3, signed: 0, signersConfirmed: false, requestedAt: null };
    expect(keys(trainerTrajectTasks(base({ ...s2, code }), NOW))).toEqual(["draft-code"]);
    expect(keys(trainerTrajectTasks(base({ ...s2, code: { ...code, clauses: 4 } }), NOW))).toEqual(["signers"]);
    const ready = trainerTrajectTasks(base({ ...s2, code: { ...code, clauses: 4, signersConfirmed: true } }), NOW);
    expect(ready[0]).toMatchObject({ title: "Zet de code klaar om te tekenen", href: "/trajecten/t1/gedragscode#ondertekening" });
    const signing = trainerTrajectTasks(
      base({ ...s2, code: { ...code, clauses: 4, signersConfirmed: true, signed: 1, requestedAt: new Date("2026-12-03T10:00:00Z") } }),
      NOW,
    );
    expect(signing[0]).toMatchObject({ title: "Handtekeningen: 1 van 3", href: "/trajecten/t1/gedragscode#ondertekening" });
    expect(keys(trainerTrajectTasks(base({ ...s2, code: { ...code, clauses: 4, status: "VASTGESTELD" } }), NOW))).toEqual(["close"]);
    // without a code (only the report): closing is the step
    expect(keys(trainerTrajectTasks(base({ ...s2, debriefMissing: [2] }), NOW))).toEqual(["debrief-2", "close"]);
  });

  it("closed: confirm the outcome; the follow-up moment from a month before, until a follow-up scan answers it", () => {
    const closed = { status: "CLOSED" as const, outcomeConfirmed: true };
    expect(keys(trainerTrajectTasks(base({ status: "CLOSED" }), NOW))).toEqual(["outcome"]);
    expect(keys(trainerTrajectTasks(base({ ...closed, followUpAt: days(40) }), NOW))).toEqual([]);
    const moment = trainerTrajectTasks(base({ ...closed, followUpAt: days(20) }), NOW);
    expect(moment[0]).toMatchObject({ key: "t1:follow-up", title: "Vervolgmoment op 27 december 2026", href: "/trajecten/t1/opvolging" });
    const running = { invited: 4, submitted: 1, deadline: days(5) };
    expect(
      keys(trainerTrajectTasks(base({ ...closed, followUpAt: days(-3), followUpRound: { startedAt: days(-5), open: running } }), NOW)),
    ).toEqual(["follow-up-scan-running"]);
    expect(
      keys(
        trainerTrajectTasks(
          base({ ...closed, followUpAt: days(-3), followUpRound: { startedAt: days(-5), open: { ...running, deadline: days(-1) } } }),
          NOW,
        ),
      ),
    ).toEqual(["close-follow-up-scan"]);
    // the follow-up scan closed: nothing until the next moment (moved later by the trainer)
    expect(
      keys(trainerTrajectTasks(base({ ...closed, followUpAt: days(-3), followUpRound: { startedAt: days(-5), open: null } }), NOW)),
    ).toEqual([]);
    expect(
      keys(trainerTrajectTasks(base({ ...closed, followUpAt: days(10), followUpRound: { startedAt: days(-200), open: null } }), NOW)),
    ).toEqual(["follow-up"]);
  });

  it("each task leads to the phase page where it is done (docs/decisions/023), not to the overview's old anchors", () => {
    const href = (over: Partial<TrainerTrajectFacts>, key: string) =>
      trainerTrajectTasks(base(over), NOW).find((t) => t.key === `t1:${key}`)?.href;
    expect(href({ expert: "none" }, "ask-expert")).toBe("/trajecten/t1/planning#ervaringsdeskundige");
    expect(href({ expert: "asked" }, "expert-answer")).toBe("/trajecten/t1/planning#ervaringsdeskundige");
    expect(href({}, "invite")).toBe("/trajecten/t1/scan#uitnodigen-titel");
    const held = { number: 1, status: "HELD" as const, scheduledAt: days(-2), presenceOpen: 3 };
    const after1 = { status: "SESSION_1_DONE" as const, sessions: [held, base().sessions[1]!], debriefMissing: [1] };
    expect(href(after1, "presence-1")).toBe("/trajecten/t1/bijeenkomsten");
    expect(href(after1, "debrief-1")).toBe("/trajecten/t1/bijeenkomsten#terugblik");
    const past = { number: 1, status: "PLANNED" as const, scheduledAt: days(-1), presenceOpen: 0 };
    expect(href({ status: "SCAN_CLOSED", sessions: [past, base().sessions[1]!] }, "held-1")).toBe("/trajecten/t1/bijeenkomsten");
    // closing is its own step on the overview; the outcome stays there too
    expect(href({ status: "SESSION_2_DONE" }, "close")).toBe("/trajecten/t1#afronden");
    expect(href({ status: "CLOSED" }, "outcome")).toBe("/trajecten/t1#uitkomst");
  });

  it("a cancelled traject asks nothing", () => {
    expect(trainerTrajectTasks(base({ status: "CANCELLED", expert: "none" }), NOW)).toEqual([]);
  });

  it("orders by urgency: overdue first, then the soonest, then the undated in the rules' order", () => {
    const t = (key: string, due: Date | null): Task => ({ key, title: key, why: "", href: "/", due });
    expect(byUrgency([t("a", null), t("b", days(5)), t("c", days(-2)), t("d", null), t("e", days(1))]).map((x) => x.key)).toEqual([
      "c",
      "e",
      "b",
      "a",
      "d",
    ]);
  });
});
