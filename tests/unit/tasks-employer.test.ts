import { describe, expect, it } from "vitest";
import { employerTrajectTasks, type EmployerTrajectFacts } from "@/lib/tasks/employer-rules";

// An employer user's next steps: fill their own scan, read the report once it has figures, the directie
// confirms the signers, a signer signs, the contact person keeps due next steps up to date.

const base = (over: Partial<EmployerTrajectFacts> = {}): EmployerTrajectFacts => ({
  id: "t1",
  name: "Zorggroep De Linde – Het Hoge Veld",
  status: "SESSION_2_DONE",
  ownScan: null,
  reportReadyAt: null,
  signing: null,
  stepsDue: null,
  ...over,
});
const signing = (over: Partial<NonNullable<EmployerTrajectFacts["signing"]>> = {}) => ({
  listInEffect: false,
  requestedAt: null,
  listComplete: true,
  mayConfirm: false,
  mine: null,
  signed: 0,
  signers: 3,
  ...over,
});
const keys = (f: EmployerTrajectFacts) => employerTrajectTasks(f).map((t) => t.key.replace("t1:", ""));

describe("an employer user's next steps", () => {
  it("nothing before there is a code to sign or a step coming due", () => {
    expect(keys(base())).toEqual([]);
  });

  it("the directie confirms a complete list; nobody else is asked, and an incomplete list is not offered", () => {
    expect(keys(base({ signing: signing({ mayConfirm: true }) }))).toEqual(["confirm-signers"]);
    expect(keys(base({ signing: signing() }))).toEqual([]);
    expect(keys(base({ signing: signing({ mayConfirm: true, listComplete: false }) }))).toEqual([]);
  });

  it("a signer on a confirmed list signs once the tandem set the text ready, once; the count says how far the others are", () => {
    const requestedAt = new Date("2026-12-03T10:00:00Z");
    const [task] = employerTrajectTasks(
      base({ signing: signing({ listInEffect: true, requestedAt, mine: { signed: false }, signed: 1 }) }),
    );
    expect(task).toMatchObject({ key: "t1:sign", title: "Teken de gedragscode", href: "/trajecten/t1/gedragscode#ondertekening" });
    expect(task!.why).toContain("1 van 3 getekend");
    expect(task!.why).toContain("sinds 3 december 2026 klaar om te tekenen");
    expect(keys(base({ signing: signing({ listInEffect: true, requestedAt, mine: { signed: true } }) }))).toEqual([]);
    // the text is still being written: not asked yet, though the list is confirmed
    expect(keys(base({ signing: signing({ listInEffect: true, mine: { signed: false } }) }))).toEqual([]);
    // not yet confirmed: no signature can be given yet, so none is asked
    expect(keys(base({ signing: signing({ mine: { signed: false } }) }))).toEqual([]);
  });

  it("next steps coming due, with the earliest day", () => {
    const earliest = new Date("2026-12-10T11:00:00Z");
    const [task] = employerTrajectTasks(base({ status: "CLOSED", stepsDue: { count: 2, earliest } }));
    expect(task).toMatchObject({ key: "t1:steps-due", title: "Werk 2 vervolgstappen bij", href: "/trajecten/t1/opvolging", due: earliest });
  });

  it("their own scan while it takes answers, with its closing day; a started one is finished, a follow-up named", () => {
    const deadline = new Date("2026-12-18T22:59:00Z");
    const [task] = employerTrajectTasks(base({ status: "SCAN_OPEN", ownScan: { deadline, started: false, followUp: false } }));
    expect(task).toMatchObject({ key: "t1:fill-scan", title: "Vul de bedrijfsscan in", href: "/trajecten/t1/mijn-scan", due: deadline });
    expect(task!.why).toContain("De link staat in uw mail");
    expect(employerTrajectTasks(base({ ownScan: { deadline: null, started: true, followUp: false } }))[0]!.title).toBe("Maak uw scan af");
    expect(employerTrajectTasks(base({ ownScan: { deadline: null, started: false, followUp: true } }))[0]!.title).toBe(
      "Vul de vervolgscan in",
    );
  });

  it("the report once it has figures, first among the code's tasks (the method's order), never before", () => {
    const readyAt = new Date("2026-12-02T10:00:00Z");
    const tasks = employerTrajectTasks(base({ reportReadyAt: readyAt, signing: signing({ mayConfirm: true }) }));
    expect(tasks.map((t) => t.key)).toEqual(["t1:read-report", "t1:confirm-signers"]);
    expect(tasks[0]).toMatchObject({ title: "Lees de uitkomsten van de scan", href: "/trajecten/t1/resultaten", due: null });
    expect(tasks[0]!.why).toContain("2 december 2026");
    expect(keys(base({ status: "SCAN_OPEN" }))).toEqual([]);
  });

  it("a cancelled traject asks nothing", () => {
    expect(
      keys(
        base({
          status: "CANCELLED",
          signing: signing({ mayConfirm: true }),
          ownScan: { deadline: null, started: false, followUp: false },
          reportReadyAt: new Date(),
        }),
      ),
    ).toEqual([]);
  });
});
