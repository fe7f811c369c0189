import { describe, expect, it } from "vitest";
import { createInvitation, inviteRespondents } from "@/lib/scan/invitations/invitations";
import { invitableKeyPersons } from "@/lib/scan/invitations/queries";
import { loadSubmittedResponses } from "@/lib/scan/results/responses";
import type { InviteRespondentsInput } from "@/lib/scan/invitations/schema";
import { makeSubmittedResponse, makeTraject, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// Issue 24: the invite form offers the employer's key persons (one function list with the respondents',
// ADR 022) and "someone else", who can be saved as a key person in the same step.

const t = setupTestDb();
const DEADLINE = "2027-01-29";

async function withKeyPersons(f: TrajectFixture) {
  const make = (name: string, email: string, fn: "ONDERNEMINGSRAAD" | "MEDEWERKER" | "DIRECTIE") =>
    t.prisma.keyPerson.create({ data: { employerId: f.employer.id, name, email, function: fn } });
  return {
    or: await make("Olga Raad", "olga@voorbeeld.nl", "ONDERNEMINGSRAAD"),
    medewerker: await make("Mo Werker", "mo@voorbeeld.nl", "MEDEWERKER"),
    directie: await make("Dirk Directie", "dirk@voorbeeld.nl", "DIRECTIE"),
  };
}

const input = (f: TrajectFixture, over: Partial<InviteRespondentsInput>): InviteRespondentsInput => ({
  trajectId: f.traject.id,
  deadline: DEADLINE,
  keyPersonIds: [],
  otherName: "",
  otherEmail: "",
  otherFunction: "MEDEWERKER",
  saveAsKeyPerson: false,
  ...over,
});

// the employer user of the fixture is a key person too; these tests look at their own people
const OURS = new Set(["olga@voorbeeld.nl", "mo@voorbeeld.nl", "dirk@voorbeeld.nl", "nina@voorbeeld.nl"]);
const offered = (r: { keyPersons: { email: string; name: string; invited: boolean }[] }) =>
  r.keyPersons.filter((p) => OURS.has(p.email)).map((p) => [p.name, p.invited]);

const invitationsOf = (f: TrajectFixture) =>
  t.prisma.scanInvitation.findMany({
    where: { trajectId: f.traject.id },
    orderBy: { email: "asc" },
    select: { email: true, function: true },
  });

describe(`invitations from the key persons (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("invites the ticked key persons as their function, and someone else saved as a key person, in one step", async () => {
    const f = await makeTraject(t.prisma, { status: "INTAKE" });
    const k = await withKeyPersons(f);
    const before = await invitableKeyPersons({ actor: f.trainer, trajectId: f.traject.id });
    expect(before.mayAddKeyPerson).toBe(true);
    expect(offered(before)).toEqual([
      ["Dirk Directie", false],
      ["Mo Werker", false],
      ["Olga Raad", false],
    ]);

    const result = await inviteRespondents({
      actor: f.trainer,
      input: input(f, {
        keyPersonIds: [k.or.id, k.medewerker.id],
        otherName: "Nina Nieuw",
        otherEmail: "nina@voorbeeld.nl",
        otherFunction: "LEIDINGGEVENDE",
        saveAsKeyPerson: true,
      }),
    });
    expect(result.people.map((p) => [p.name, p.status])).toEqual([
      ["Olga Raad", "sent"],
      ["Mo Werker", "sent"],
      ["Nina Nieuw", "sent"],
    ]);
    expect(result.savedKeyPerson).toBe("Nina Nieuw");
    expect(await invitationsOf(f)).toEqual([
      { email: "mo@voorbeeld.nl", function: "MEDEWERKER" },
      { email: "nina@voorbeeld.nl", function: "LEIDINGGEVENDE" },
      { email: "olga@voorbeeld.nl", function: "ONDERNEMINGSRAAD" },
    ]);
    const saved = await t.prisma.keyPerson.findFirstOrThrow({ where: { employerId: f.employer.id, email: "nina@voorbeeld.nl" } });
    expect(saved).toMatchObject({ name: "Nina Nieuw", function: "LEIDINGGEVENDE" });
    expect(await t.prisma.outboxMail.count({ where: { trajectId: f.traject.id, kind: "invitation" } })).toBe(3);
    // the scan started with them, as with one invitation
    expect((await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } })).status).toBe("SCAN_OPEN");

    const after = await invitableKeyPersons({ actor: f.trainer, trajectId: f.traject.id });
    expect(offered(after)).toEqual([
      ["Dirk Directie", false],
      ["Mo Werker", true],
      ["Nina Nieuw", true],
      ["Olga Raad", true],
    ]);
  });

  it("refuses a key person of another employer, and stores nothing", async () => {
    const f = await makeTraject(t.prisma);
    const g = await makeTraject(t.prisma);
    const mine = await withKeyPersons(f);
    const theirs = await t.prisma.keyPerson.create({
      data: { employerId: g.employer.id, name: "Elders", email: "elders@voorbeeld.nl", function: "HR" },
    });
    const keyPersonsBefore = await t.prisma.keyPerson.count();
    const mailsBefore = await t.prisma.outboxMail.count();
    await expect(
      inviteRespondents({
        actor: f.trainer,
        input: input(f, {
          keyPersonIds: [mine.or.id, theirs.id],
          otherName: "Nina Nieuw",
          otherEmail: "nina@voorbeeld.nl",
          saveAsKeyPerson: true,
        }),
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining(`Kies alleen sleutelpersonen van ${f.employer.name}`) });
    expect(await invitationsOf(f)).toEqual([]);
    expect(await t.prisma.keyPerson.count()).toBe(keyPersonsBefore);
    expect(await t.prisma.outboxMail.count()).toBe(mailsBefore);
    // nor may anyone without invitation:manage on the traject invite (the employer user)
    await expect(inviteRespondents({ actor: f.employerUser, input: input(f, { keyPersonIds: [mine.or.id] }) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("leaves out who is already invited in the round, and refuses when that is everyone", async () => {
    const f = await makeTraject(t.prisma);
    const k = await withKeyPersons(f);
    await createInvitation({
      actor: f.trainer,
      input: { trajectId: f.traject.id, name: "Olga", email: "olga@voorbeeld.nl", function: "ONDERNEMINGSRAAD", deadline: DEADLINE },
    });
    const result = await inviteRespondents({
      actor: f.trainer,
      input: input(f, { keyPersonIds: [k.or.id, k.directie.id], otherName: "Dirk dubbel", otherEmail: "dirk@voorbeeld.nl" }),
    });
    expect(result.people.map((p) => [p.email, p.status])).toEqual([
      ["olga@voorbeeld.nl", "alreadyInvited"],
      ["dirk@voorbeeld.nl", "sent"],
      // the same address twice in one form is one invitation
      ["dirk@voorbeeld.nl", "alreadyInvited"],
    ]);
    expect(await invitationsOf(f)).toHaveLength(2);

    const mailsBefore = await t.prisma.outboxMail.count();
    await expect(
      inviteRespondents({
        actor: f.trainer,
        input: input(f, { keyPersonIds: [k.directie.id], otherName: "Olga weer", otherEmail: "olga@voorbeeld.nl", saveAsKeyPerson: false }),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { otherEmail: ["Al uitgenodigd."] } });
    // one person named in full: refused as today
    await expect(
      createInvitation({
        actor: f.trainer,
        input: { trajectId: f.traject.id, name: "Olga", email: "olga@voorbeeld.nl", function: "HR", deadline: DEADLINE },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: ["Al uitgenodigd."] } });
    expect(await invitationsOf(f)).toHaveLength(2);
    expect(await t.prisma.outboxMail.count()).toBe(mailsBefore);
  });

  it("does not save someone else whose address is already a key person, and then invites no one", async () => {
    const f = await makeTraject(t.prisma);
    const k = await withKeyPersons(f);
    await expect(
      inviteRespondents({
        actor: f.trainer,
        input: input(f, { keyPersonIds: [k.or.id], otherName: "Mo nog eens", otherEmail: "mo@voorbeeld.nl", saveAsKeyPerson: true }),
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { otherEmail: ["Dit e-mailadres staat al bij deze werkgever."] } });
    expect(await invitationsOf(f)).toEqual([]);
  });

  it("scores OR, medewerker and the old 'Medewerker of OR' as one function group", async () => {
    const f = await makeTraject(t.prisma);
    for (const fn of ["ONDERNEMINGSRAAD", "MEDEWERKER", "MEDEWERKER_OR", "LEIDINGGEVENDE"] as const)
      await makeSubmittedResponse(t.prisma, f, { fn, answers: {} });
    const round = await t.prisma.scanRound.findFirstOrThrow({ where: { trajectId: f.traject.id } });
    const responses = await loadSubmittedResponses(round.id, f.questionnaire.id, t.prisma);
    expect(responses.map((r) => [r.function, r.input.respondentRole]).sort()).toEqual([
      ["LEIDINGGEVENDE", "leidinggevende"],
      ["MEDEWERKER", "medewerker / OR"],
      ["MEDEWERKER_OR", "medewerker / OR"],
      ["ONDERNEMINGSRAAD", "medewerker / OR"],
    ]);
  });
});
