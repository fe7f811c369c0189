import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every exported lib function that takes the actor is a case in the authorization matrix
// (tests/support/authorization-matrix.ts, proven both ways), is named unsafe… (it writes without a check
// of its own: its callers made theirs), or is on this short list, each with why (issue 21).
const NOT_IN_MATRIX: Record<string, string> = {
  // lib/auth is the check itself; its own tests: tests/unit/capabilities.test.ts and the matrix
  "lib/auth/*": "the decision and the guard every other function calls (skipped by folder below)",
  manageableKeyPerson: "the key persons' guard (assertEmployerCapability keyPerson:manage); its callers are in the matrix",
  changeContent: "the code's one write path; asserts gedragscode:edit; addClause, editClause, … are in the matrix",
  mayViewEmployer: "a yes/no of assertEmployerCapability employer:view, for a page title",
  employerPageTitle: "a page's <title>: the employer's name only for who may view it, the section for anyone else",
  saveClaim: "the claims' one write path, after its callers checked who may (submitClaim, submitTrainingClaim, … are in the matrix)",
  cohortInScope: "the cohorts' guard (cohortScope: the admin, or a trainer of that cohort); its callers are in the matrix",
  trajectPageTitle: "a page's <title>: the employer's name only for who may view the traject, the section otherwise",
  ownOpenInvitationsForActor:
    "a list filtered by the actor's own address and trajectScope(scan:ownLink); tests/integration/own-scan.test.ts (resendOwnInvitation is in the matrix)",
  listTrajectsForActor: "a list filtered by trajectScope (the same table as Prisma filters); tests/integration/planning.test.ts",
  renderReportForActor: "draws what buildReportInputForActor (in the matrix) returns; no check of its own",
  sendSigningReminders: "the scheduler's job: takes only the SystemActor (no person calls it); tests/integration/signing-requests.test.ts",
  participantHeartbeat:
    "a phone participant (no account, not in the matrix's cast): assertParticipant room:follow; tests/integration/room-presence.test.ts",
  participantLeave:
    "a phone participant removes their own presence row only (leaving is always allowed); tests/integration/room-presence.test.ts",
  addCard:
    "a phone participant (no account, not in the matrix's cast): assertParticipant card:add; the participant's table by room phase is proven both ways in tests/integration/session-room.test.ts",
  castVote: "a phone participant: assertParticipant vote:cast; proven both ways by room phase in tests/integration/session-room.test.ts",
  participantRoom:
    "a phone participant: assertParticipant room:follow; proven both ways by room phase in tests/integration/session-room.test.ts",
  assertParticipant: "the participant's guard (participantCapabilities, lib/auth/capabilities.ts); its callers above",
  changeRoom: "the room's one write path for the tandem; asserts room:facilitate; openRoom, closeRoom, setVoting, … are in the matrix",
  compensationExportRows: "the rows compensationCsv and compensationXlsx (both in the matrix) write down; asserts compensation:manage",
};

function libFiles(dir = "lib"): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? e.name === "generated"
          ? []
          : libFiles(path.join(dir, e.name))
        : /\.ts$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
}

/** [name, file] of every exported function whose first parameter is `{ actor, … }` or `actor: …`. */
function actorFunctions(): [string, string][] {
  return libFiles().flatMap((file) =>
    [
      ...fs
        .readFileSync(file, "utf8")
        .matchAll(/export (?:async )?function (\w+)\s*(?:<[^>]*>)?\(\s*(?:\{[^}]*\bactor\b[^}]*\}|actor\s*:)/g),
    ].map((m): [string, string] => [m[1] ?? "", file]),
  );
}

const matrixNames = new Set(
  [...fs.readFileSync("tests/support/authorization-matrix.ts", "utf8").matchAll(/name: "([A-Za-z]+)/g)].map((m) => m[1]),
);

describe("functions that take the actor", () => {
  it("finds them (the scan of lib/ works)", () => {
    expect(actorFunctions().length).toBeGreaterThan(100);
  });

  it("each is in the authorization matrix, named unsafe…, or on the commented list", () => {
    const unaccounted = actorFunctions()
      .filter(([name]) => !matrixNames.has(name) && !name.startsWith("unsafe") && !(name in NOT_IN_MATRIX))
      .filter(([, file]) => !file.startsWith(path.join("lib", "auth")))
      .map(([name, file]) => `${name} (${file})`);
    expect(unaccounted, "add a matrix case, or say why not").toEqual([]);
  });

  it("the list holds no stale names", () => {
    const present = new Set(actorFunctions().map(([name]) => name));
    expect(Object.keys(NOT_IN_MATRIX).filter((name) => !name.includes("/") && !present.has(name))).toEqual([]);
  });
});
