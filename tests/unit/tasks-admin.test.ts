import { describe, expect, it } from "vitest";
import { adminTasks, type AdminFacts } from "@/lib/tasks/admin-rules";
import { initialRoleOf } from "@/lib/users/schema";

// The admin's home: the setup the programme needs, then what waits on the admin.

const ready: AdminFacts = {
  ratesUnset: false,
  activeTrainers: 2,
  activeExperts: 3,
  uncertifiedExperts: 0,
  directieToConfirm: 0,
  accountsWaitingForLink: 0,
  claimsSubmitted: 0,
  claimsApproved: 0,
  failedMails: 0,
};
const keys = (f: Partial<AdminFacts>) => adminTasks({ ...ready, ...f }).map((t) => t.key);

describe("the admin's tasks", () => {
  it("nothing when the setup is done and nothing waits", () => {
    expect(keys({})).toEqual([]);
  });

  it("a fresh installation: a trainer, an expert, the rates, the experts to certify", () => {
    expect(keys({ activeTrainers: 0, activeExperts: 0, ratesUnset: true })).toEqual(["trainer", "expert", "rates"]);
    // each opens the account form with its role chosen
    expect(adminTasks({ ...ready, activeTrainers: 0, activeExperts: 0 }).map((t) => t.href)).toEqual([
      "/beheer/gebruikers?rol=TRAINER#nieuw-account",
      "/beheer/gebruikers?rol=EXPERT#nieuw-account",
    ]);
    expect(keys({ activeTrainers: 0, ratesUnset: true, uncertifiedExperts: 3 })).toEqual(["trainer", "rates", "certify"]);
    expect(adminTasks({ ...ready, uncertifiedExperts: 3 })[0]).toMatchObject({
      title: "3 ervaringsdeskundigen zijn nog niet gecertificeerd",
      href: "/beheer/cohorten",
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

  it("links to hand over without a mail server, and a first directie to confirm, counted", () => {
    const tasks = adminTasks({ ...ready, accountsWaitingForLink: 2, directieToConfirm: 1 });
    expect(tasks.map((t) => [t.key, t.title, t.href])).toEqual([
      ["hand-over-links", "2 accounts wachten op de link om een wachtwoord te kiezen", "/beheer/gebruikers"],
      ["confirm-directie", "Bevestig de directie van een werkgever", "/werkgevers"],
    ]);
  });
});

describe("the account form's role from ?rol=", () => {
  it("takes a role a task asks for, never an admin, and ignores anything else", () => {
    expect(initialRoleOf("TRAINER")).toBe("TRAINER");
    expect(initialRoleOf("EXPERT")).toBe("EXPERT");
    for (const bad of ["ADMIN", "trainer", ["TRAINER", "EXPERT"], undefined, "<script>"]) expect(initialRoleOf(bad)).toBeUndefined();
  });
});
