import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { activateAccount } from "@/lib/users/accounts";
import { authenticate } from "@/lib/auth/login";
import {
  addWerkvloer,
  createEmployer,
  reassignEmployer,
  renameWerkvloer,
  setWerkvloerArchived,
  updateEmployer,
} from "@/lib/employers/employers";
import { addKeyPerson, removeKeyPerson, updateKeyPerson } from "@/lib/employers/key-persons";
import { giveKeyPersonAccount } from "@/lib/users/employer-accounts";
import { getEmployerForActor, listEmployersForActor } from "@/lib/employers/queries";
import { employerCreateSchema } from "@/lib/employers/schema";
import { eraseEmployer } from "@/lib/privacy/erasure";
import { exportEmployer } from "@/lib/privacy/export";
import { applyRetention } from "@/lib/privacy/retention";
import { reassignTraject, updateTrajectDetails } from "@/lib/planning/details";
import { createTraject, planSession } from "@/lib/planning/planning";
import { getTrajectForActor, listEmployersForPlanning } from "@/lib/trajecten/queries";
import { actorOf, makeUser } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";

// Employers as records of their own: a responsible trainer, werkvloeren, key persons, the traject's
// contact and details; scoped per trainer (ADR 004: other trainers get NOT_FOUND), the admin all.

const t = setupTestDb();
const DAY = 86_400_000;

async function cast() {
  const anna = actorOf(await makeUser(t.prisma, "TRAINER", { name: "Anna Trainer" }));
  const bert = actorOf(await makeUser(t.prisma, "TRAINER", { name: "Bert Trainer" }));
  const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
  return { anna, bert, admin };
}
/** The first employer of a test has a KvK number; others (other names) none, so they do not clash. */
const newEmployer = (name = "Bakkerij De Korenschoof", kvkNumber = name === "Bakkerij De Korenschoof" ? "1234 5678" : "") =>
  employerCreateSchema.parse({ name, sector: "Voeding", city: "Deventer", kvkNumber, werkvloerName: "Bakkerij" });

describe(`employers and key persons (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a trainer creates an employer and key persons, then a traject with a contact; another trainer sees none of it", async () => {
    const { anna, bert, admin } = await cast();
    const { id: employerId } = await createEmployer({ actor: anna, input: newEmployer() });
    expect(await t.prisma.employer.findUniqueOrThrow({ where: { id: employerId } })).toMatchObject({
      responsibleTrainerId: anna.id,
      kvkNumber: "12345678",
      city: "Deventer",
    });
    const hr = await addKeyPerson({
      actor: anna,
      input: { employerId, name: "Inge de Vries", email: "inge@korenschoof.nl", function: "HR" },
    });
    await addKeyPerson({
      actor: anna,
      input: { employerId, name: "Omar Laaksonen", email: "or@korenschoof.nl", function: "ONDERNEMINGSRAAD" },
    });
    const { id: trajectId } = await createTraject({
      actor: anna,
      input: { employerId, werkvloerName: "bakkerij", plannedSessionCount: 2, contactKeyPersonId: hr.id },
    });
    const { traject } = await getTrajectForActor({ actor: anna, trajectId });
    expect(traject.contactKeyPerson).toMatchObject({ name: "Inge de Vries", function: "HR" });
    // "bakkerij" is the existing werkvloer, not a second one
    expect(await t.prisma.werkvloer.count({ where: { employerId } })).toBe(1);

    // Bert: not responsible, no traject there. The employer does not exist for him.
    expect(await listEmployersForActor(bert)).toEqual([]);
    expect(await listEmployersForPlanning(bert)).toEqual([]);
    const before = await snapshotAllTables(t);
    // thunks: each call starts only when it is awaited, so no refusal goes unhandled meanwhile
    for (const attempt of [
      () => getEmployerForActor({ actor: bert, employerId }),
      () =>
        updateEmployer({ actor: bert, input: { employerId, version: 1, name: "Overgenomen", sector: "Voeding", city: "", kvkNumber: "" } }),
      () => addWerkvloer({ actor: bert, input: { employerId, name: "Winkel" } }),
      () => addKeyPerson({ actor: bert, input: { employerId, name: "Indringer", email: "x@voorbeeld.nl", function: "ANDERS" } }),
      () =>
        updateKeyPerson({
          actor: bert,
          input: { keyPersonId: hr.id, version: 1, name: "X", email: "inge@korenschoof.nl", function: "HR" },
        }),
      () => removeKeyPerson({ actor: bert, keyPersonId: hr.id }),
      () => giveKeyPersonAccount({ actor: bert, keyPersonId: hr.id }),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    // a traject at someone else's employer: the employer is unknown to him, with a Dutch message
    await expect(
      createTraject({ actor: bert, input: { employerId, werkvloerName: "Bakkerij", plannedSessionCount: 2 } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { employerId: ["Kies een werkgever uit de lijst."] },
    });
    await expect(
      createTraject({ actor: bert, input: { employerId: "bestaat-niet", werkvloerName: "Bakkerij", plannedSessionCount: 2 } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await snapshotAllTables(t)).toBe(before);

    // the admin sees all and hands the employer to Bert; Anna keeps it through her traject
    expect((await listEmployersForActor(admin)).map((e) => e.id)).toEqual([employerId]);
    await reassignEmployer({ actor: admin, input: { employerId, trainerId: bert.id } });
    expect((await getEmployerForActor({ actor: bert, employerId })).access.relation).toBe("responsibleTrainer");
    expect((await getEmployerForActor({ actor: anna, employerId })).access.relation).toBe("trajectTrainer");
    // only the admin reassigns, and only to an active trainer
    await expect(reassignEmployer({ actor: bert, input: { employerId, trainerId: anna.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reassignEmployer({ actor: admin, input: { employerId, trainerId: admin.id } })).rejects.toMatchObject({
      code: "VALIDATION",
    });

    // the traject moves to Bert too: then Anna, with neither, no longer sees the employer
    await reassignTraject({ actor: admin, input: { trajectId, trainerId: bert.id } });
    await expect(getTrajectForActor({ actor: anna, trajectId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEmployerForActor({ actor: anna, employerId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reassignTraject({ actor: bert, input: { trajectId, trainerId: anna.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.prisma.auditEvent.count({ where: { action: { in: ["employer.reassign", "traject.reassign"] } } })).toBe(2);
  });

  it("refuses duplicates and stale edits with a Dutch message, changing nothing", async () => {
    const { anna, bert } = await cast();
    const { id: employerId } = await createEmployer({ actor: anna, input: newEmployer() });
    const before = await snapshotAllTables(t);
    // the same employer again, by name (any case) or KvK number, even by another trainer
    await expect(createEmployer({ actor: bert, input: newEmployer("bakkerij de korenschoof", "") })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: ["Deze naam is al in gebruik."] },
    });
    await expect(createEmployer({ actor: bert, input: newEmployer("Andere Naam BV", "12345678") })).rejects.toMatchObject({
      fieldErrors: { kvkNumber: ["Dit KvK-nummer is al in gebruik."] },
    });
    expect(employerCreateSchema.safeParse({ name: "X BV", sector: "Zorg", kvkNumber: "1234", werkvloerName: "Hal" }).success).toBe(false);
    await expect(addWerkvloer({ actor: anna, input: { employerId, name: "BAKKERIJ" } })).rejects.toMatchObject({ code: "VALIDATION" });
    await addKeyPerson({ actor: anna, input: { employerId, name: "Inge", email: "inge@korenschoof.nl", function: "HR" } }).then(() =>
      expect(
        addKeyPerson({ actor: anna, input: { employerId, name: "Inge 2", email: "inge@korenschoof.nl", function: "HR" } }),
      ).rejects.toMatchObject({
        code: "VALIDATION",
      }),
    );
    await t.prisma.keyPerson.deleteMany({ where: { employerId } });
    await t.prisma.auditEvent.deleteMany({ where: { action: "keyPerson.create" } });
    expect(await snapshotAllTables(t)).toBe(before);

    // two edits from the same version: the second is a conflict, not an overwrite
    const edit = (name: string) =>
      updateEmployer({ actor: anna, input: { employerId, version: 1, name, sector: "Voeding", city: "", kvkNumber: "" } });
    await edit("Bakkerij Korenschoof");
    await expect(edit("Iets anders")).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await t.prisma.employer.findUniqueOrThrow({ where: { id: employerId } })).name).toBe("Bakkerij Korenschoof");
  });

  it("werkvloeren are renamed and archived; an archived one is not offered for new trajects but stays on its traject", async () => {
    const { anna } = await cast();
    const { id: employerId } = await createEmployer({ actor: anna, input: newEmployer() });
    const { id: trajectId } = await createTraject({
      actor: anna,
      input: { employerId, werkvloerName: "Bakkerij", plannedSessionCount: 2 },
    });
    const werkvloer = await t.prisma.werkvloer.findFirstOrThrow({ where: { employerId } });
    await renameWerkvloer({ actor: anna, input: { werkvloerId: werkvloer.id, name: "Bakkerij Noord" } });
    await setWerkvloerArchived({ actor: anna, input: { werkvloerId: werkvloer.id, archived: true } });
    const { traject } = await getTrajectForActor({ actor: anna, trajectId });
    expect(traject.werkvloer).toMatchObject({ name: "Bakkerij Noord" });
    expect(traject.werkvloer!.archivedAt).not.toBeNull();
    // a new traject with that name gets a fresh werkvloer, not the archived one
    const { id: second } = await createTraject({
      actor: anna,
      input: { employerId, werkvloerName: "Bakkerij Noord", plannedSessionCount: 1 },
    });
    expect((await getTrajectForActor({ actor: anna, trajectId: second })).traject.werkvloerId).not.toBe(werkvloer.id);
    // and the archived one cannot be chosen for another traject
    await expect(
      updateTrajectDetails({
        actor: anna,
        input: { trajectId: second, version: 1, motivation: "", werkvloerId: werkvloer.id, plannedSessionCount: 1, contactKeyPersonId: "" },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { werkvloerId: expect.any(Array) } });
    await setWerkvloerArchived({ actor: anna, input: { werkvloerId: werkvloer.id, archived: false } });
    expect((await t.prisma.werkvloer.findUniqueOrThrow({ where: { id: werkvloer.id } })).archivedAt).toBeNull();
  });

  it("a key person gets an account through a one-time link in the outbox; an address with an account is refused", async () => {
    const { anna } = await cast();
    const { id: employerId } = await createEmployer({ actor: anna, input: newEmployer() });
    const person = await addKeyPerson({
      actor: anna,
      input: { employerId, name: "Inge de Vries", email: "inge@korenschoof.nl", function: "HR" },
    });
    await giveKeyPersonAccount({ actor: anna, keyPersonId: person.id });
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: "inge@korenschoof.nl" } });
    expect(user).toMatchObject({ role: "EMPLOYER", employerId, passwordHash: "" });
    expect(await t.prisma.keyPerson.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ userId: user.id });
    const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "inge@korenschoof.nl", kind: "account" } });
    const token = mail.text.match(/\/account\/activeren\/([A-Za-z0-9_-]{43})/)![1]!;
    await activateAccount({ token, password: "een-lang-wachtwoord", confirm: "een-lang-wachtwoord" });
    expect(await authenticate({ email: "inge@korenschoof.nl", password: "een-lang-wachtwoord" })).toMatchObject({
      role: "EMPLOYER",
      employerId,
    });
    // the link worked once
    await expect(activateAccount({ token, password: "nog-een-wachtwoord", confirm: "nog-een-wachtwoord" })).rejects.toMatchObject({
      code: "INVITE_INVALID",
    });

    await expect(giveKeyPersonAccount({ actor: anna, keyPersonId: person.id })).rejects.toMatchObject({ code: "VALIDATION" });
    // their login address is not the trainer's to change; and they are not removed while they have an account
    await expect(
      updateKeyPerson({
        actor: anna,
        input: { keyPersonId: person.id, version: 2, name: "Inge", email: "ander@korenschoof.nl", function: "HR" },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { email: expect.any(Array) } });
    await expect(removeKeyPerson({ actor: anna, keyPersonId: person.id })).rejects.toMatchObject({ code: "VALIDATION" });
    // a name change reaches the account
    await updateKeyPerson({
      actor: anna,
      input: { keyPersonId: person.id, version: 2, name: "Inge van Dijk", email: "inge@korenschoof.nl", function: "DIRECTIE" },
    });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Inge van Dijk");

    // someone at another employer with an address that already has an account
    const { id: other } = await createEmployer({ actor: anna, input: newEmployer("Molen De Hoop") });
    const twin = await addKeyPerson({
      actor: anna,
      input: { employerId: other, name: "Inge", email: "inge@korenschoof.nl", function: "HR" },
    });
    await expect(giveKeyPersonAccount({ actor: anna, keyPersonId: twin.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Er is al een account met dit e-mailadres.",
    });
    expect(await t.prisma.keyPerson.findUniqueOrThrow({ where: { id: twin.id } })).toMatchObject({ userId: null });
  });

  it("the trainer changes motivation, werkvloer, contact and session count while the sessions concerned have not been held", async () => {
    const { anna } = await cast();
    const { id: employerId } = await createEmployer({ actor: anna, input: newEmployer() });
    const { id: other } = await createEmployer({ actor: anna, input: newEmployer("Molen De Hoop") });
    const { id: winkel } = await addWerkvloer({ actor: anna, input: { employerId, name: "Winkel" } });
    const contact = await addKeyPerson({ actor: anna, input: { employerId, name: "Inge", email: "inge@korenschoof.nl", function: "HR" } });
    const stranger = await addKeyPerson({
      actor: anna,
      input: { employerId: other, name: "Piet", email: "piet@molen.nl", function: "HR" },
    });
    const { id: trajectId } = await createTraject({
      actor: anna,
      input: { employerId, werkvloerName: "Bakkerij", plannedSessionCount: 2 },
    });
    const details = async (input: Partial<Parameters<typeof updateTrajectDetails>[0]["input"]>) => {
      const { traject } = await getTrajectForActor({ actor: anna, trajectId });
      return updateTrajectDetails({
        actor: anna,
        input: {
          trajectId,
          version: traject.version,
          motivation: traject.motivation ?? "",
          werkvloerId: traject.werkvloerId!,
          plannedSessionCount: traject.plannedSessionCount,
          contactKeyPersonId: traject.contactKeyPersonId ?? "",
          ...input,
        },
      });
    };
    await details({ motivation: "Een eigen reden.", werkvloerId: winkel, plannedSessionCount: 3, contactKeyPersonId: contact.id });
    let { traject } = await getTrajectForActor({ actor: anna, trajectId });
    expect(traject).toMatchObject({
      motivation: "Een eigen reden.",
      werkvloerId: winkel,
      plannedSessionCount: 3,
      contactKeyPersonId: contact.id,
    });
    expect(traject.sessions.map((s) => s.number)).toEqual([1, 2, 3]);
    // a contact of another employer is not in the list
    await expect(details({ contactKeyPersonId: stranger.id })).rejects.toMatchObject({
      fieldErrors: { contactKeyPersonId: expect.any(Array) },
    });
    // a stale version is a conflict
    await expect(
      updateTrajectDetails({
        actor: anna,
        input: { trajectId, version: 1, motivation: "", werkvloerId: winkel, plannedSessionCount: 2, contactKeyPersonId: "" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    // session 1 held: werkvloer and motivation are fixed; session 2 held: the count cannot go below 2
    await planSession({ actor: anna, input: { trajectId, number: 1, date: "2026-01-12", time: "10:00", status: "HELD" } });
    await expect(details({ motivation: "Toch iets anders." })).rejects.toMatchObject({ code: "VALIDATION" });
    await planSession({ actor: anna, input: { trajectId, number: 2, date: "2026-02-12", time: "10:00", status: "HELD" } });
    await expect(details({ plannedSessionCount: 1 })).rejects.toMatchObject({ fieldErrors: { plannedSessionCount: expect.any(Array) } });
    await details({ plannedSessionCount: 2, contactKeyPersonId: "" });
    ({ traject } = await getTrajectForActor({ actor: anna, trajectId }));
    expect(traject).toMatchObject({ plannedSessionCount: 2, contactKeyPersonId: null });
    // the dropped session is cancelled, not deleted (its invitations were cancelled with it)
    expect(traject.sessions.map((s) => [s.number, s.status])).toEqual([
      [1, "HELD"],
      [2, "HELD"],
      [3, "CANCELLED"],
    ]);
  });

  it("key persons are in the export, go with the employer's erasure, and without an account go after the retention period", async () => {
    const { anna, admin } = await cast();
    const { id: employerId } = await createEmployer({ actor: anna, input: newEmployer() });
    const { id: trajectId } = await createTraject({
      actor: anna,
      input: { employerId, werkvloerName: "Bakkerij", plannedSessionCount: 1 },
    });
    await addKeyPerson({
      actor: anna,
      input: { employerId, name: "Karel Sleutelfiguur", email: "karel@korenschoof.nl", function: "DIRECTIE" },
    });
    const zip = unzipSync((await exportEmployer({ actor: admin, employerId })).zip);
    const json = JSON.parse(strFromU8(zip["werkgever.json"]!));
    expect(json.keyPersons).toEqual([expect.objectContaining({ name: "Karel Sleutelfiguur", function: "DIRECTIE", hasAccount: false })]);
    expect(json.employer).toMatchObject({ kvkNumber: "12345678", responsibleTrainer: "Anna Trainer" });

    // retention: not while a traject is open, nor soon after it ended
    const later = new Date(Date.now() + 800 * DAY);
    expect((await applyRetention({ actor: admin, now: later })).keyPersons).toBe(0);
    await t.prisma.traject.update({ where: { id: trajectId }, data: { status: "CLOSED" } });
    expect((await applyRetention({ actor: admin })).keyPersons).toBe(0);
    expect((await applyRetention({ actor: admin, now: later })).keyPersons).toBe(1);
    expect(await t.prisma.keyPerson.count({ where: { employerId } })).toBe(0);

    await addKeyPerson({
      actor: anna,
      input: { employerId, name: "Karel Sleutelfiguur", email: "karel@korenschoof.nl", function: "DIRECTIE" },
    });
    await eraseEmployer({ actor: admin, input: { employerId, confirmName: "Bakkerij De Korenschoof" } });
    expect(await t.prisma.keyPerson.count()).toBe(0);
    const [row] = await t.raw<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEvent" x WHERE x::text ILIKE '%Sleutelfiguur%' OR x::text ILIKE '%karel@%'`,
      [],
    );
    expect(row!.n).toBe(0);
  });
});
