import { describe, expect, it } from "vitest";
import { adminTasks, type AdminFacts } from "@/lib/tasks/admin-rules";

// The admin's home: the setup the programme needs, then what waits on the admin.

const ready: AdminFacts = {
  ratesUnset: false,
  activeTrainers: 2,
  uncertifiedExperts: 0,
  claimsSubmitted: 0,
  claimsApproved: 0,
  failedMails: 0,
};
const keys = (f: Partial<AdminFacts>) => adminTasks({ ...ready, ...f }).map((t) => t.key);

describe("the admin's tasks", () => {
  it("nothing when the setup is done and nothing waits", () => {
    expect(keys({})).toEqual([]);
  });

  it("a fresh installation: a trainer, the rates, the experts to certify", () => {
    expect(keys({ activeTrainers: 0, ratesUnset: true, uncertifiedExperts: 3 })).toEqual(["trainer", "rates", "certify"]);
    expect(adminTasks({ ...ready, uncertifiedExperts: 3 })[0]).toMatchObject({
      title: "3 ervaringsdeskundigen zijn nog niet gecertificeerd",
      href: "/beheer/gebruikers",
    });
  });

  it("failed mails first, then claims to approve and to pay, counted", () => {
    const tasks = adminTasks({ ...ready, failedMails: 1, claimsSubmitted: 2, claimsApproved: 1 });
    expect(tasks.map((t) => t.title)).toEqual([
      "Een e-mail kon niet worden verstuurd",
      "2 declaraties wachten op goedkeuring",
      "Betaal een goedgekeurde declaratie uit",
    ]);
    expect(tasks.map((t) => t.href)).toEqual(["/beheer/planner", "/beheer/vergoedingen", "/beheer/vergoedingen"]);
  });
});
