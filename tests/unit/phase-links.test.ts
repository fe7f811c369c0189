import { describe, expect, it } from "vitest";
import { phaseHref } from "@/app/(app)/trajecten/[id]/_components/phase-links";
import { RELATION_ROLE, capabilitiesFor, type TrajectRelation } from "@/lib/auth/capabilities";
import { PHASE_KEYS } from "@/lib/trajecten/phases";

// Which phase pages each relation to a traject reaches (docs/decisions/023): the overview's checklist
// links, the phase navigation and the pages' own 403 all follow this, from the capabilities.

const pagesFor = (relation: TrajectRelation) => {
  const can = capabilitiesFor({ role: RELATION_ROLE[relation] }, { traject: relation }).has;
  return PHASE_KEYS.filter((key) => phaseHref("t1", key, can) !== null);
};

describe("the phase pages per relation", () => {
  it("the trainer works in every phase", () => {
    expect(pagesFor("trainer")).toEqual(["planning", "scan", "bijeenkomsten", "gedragscode", "opvolging"]);
  });

  it("the admin: the handover (Planning) and the claims (Bijeenkomsten), the code and the follow-up; not the invitations", () => {
    expect(pagesFor("admin")).toEqual(["planning", "bijeenkomsten", "gedragscode", "opvolging"]);
  });

  it("the accepted expert: the step back, the preparation and look back, the code; the invited expert only the overview", () => {
    expect(pagesFor("expertAccepted")).toEqual(["planning", "bijeenkomsten", "gedragscode", "opvolging"]);
    expect(pagesFor("expertInvited")).toEqual([]);
  });

  it("the employer's people: the summary of session 2 (Bijeenkomsten), the code and the follow-up", () => {
    expect(pagesFor("employerUser")).toEqual(["bijeenkomsten", "gedragscode", "opvolging"]);
    expect(pagesFor("employerDirectie")).toEqual(["bijeenkomsten", "gedragscode", "opvolging"]);
  });

  it("links each phase to its own page", () => {
    const can = capabilitiesFor({ role: "TRAINER" }, { traject: "trainer" }).has;
    expect(PHASE_KEYS.map((key) => phaseHref("t1", key, can))).toEqual([
      "/trajecten/t1/planning",
      "/trajecten/t1/scan",
      "/trajecten/t1/bijeenkomsten",
      "/trajecten/t1/gedragscode",
      "/trajecten/t1/opvolging",
    ]);
  });
});
