import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { getTrajectForActor, listTrajectsForActor } from "@/lib/trajecten/queries";
import { FACTORY_PASSWORD, actorOf, makeOutsiders, makeTraject, makeUser } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

describe(`authenticate (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("accepts the right password and returns the actor with role and employer", async () => {
    const f = await makeTraject(t.prisma);
    const user = await t.prisma.user.findUniqueOrThrow({ where: { id: f.employerUser.id } });
    const actor = await authenticate({ email: user.email.toUpperCase(), password: FACTORY_PASSWORD });
    expect(actor).toEqual({ id: user.id, role: "EMPLOYER", name: user.name, employerId: f.employer.id });
  });

  it("rejects a wrong password, an unknown e-mail and malformed input without saying which", async () => {
    const user = await makeUser(t.prisma, "TRAINER");
    expect(await authenticate({ email: user.email, password: "fout" })).toBeNull();
    expect(await authenticate({ email: "niemand@voorbeeld.nl", password: FACTORY_PASSWORD })).toBeNull();
    expect(await authenticate({ email: "geen-adres", password: "" })).toBeNull();
    expect(await authenticate(null)).toBeNull();
  });

  it("refuses a deactivated user", async () => {
    const user = await makeUser(t.prisma, "TRAINER");
    await t.prisma.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticate({ email: user.email, password: FACTORY_PASSWORD })).toBeNull();
  });

  it("rate-limits repeated attempts per e-mail address in the database", async () => {
    const user = await makeUser(t.prisma, "TRAINER");
    for (let i = 0; i < 10; i++) expect(await authenticate({ email: user.email, password: "fout" })).toBeNull();
    await expect(authenticate({ email: user.email, password: FACTORY_PASSWORD })).rejects.toThrow("RATE_LIMITED");
    const row = await t.prisma.rateLimit.findUnique({ where: { key: `login:${user.email}` } });
    expect(row?.count).toBe(11);
  });
});

describe("traject scoping", () => {
  it("each role sees exactly its own trajects", async () => {
    const f = await makeTraject(t.prisma);
    const { other, admin } = await makeOutsiders(t.prisma);
    const ids = async (actor: Parameters<typeof listTrajectsForActor>[0]) => (await listTrajectsForActor(actor)).map((x) => x.id).sort();
    expect(await ids(f.trainer)).toEqual([f.traject.id]);
    expect(await ids(f.expert)).toEqual([f.traject.id]);
    expect(await ids(f.employerUser)).toEqual([f.traject.id]);
    expect(await ids(other.employerUser)).toEqual([other.traject.id]);
    expect(await ids(admin)).toEqual([f.traject.id, other.traject.id].sort());
  });

  it("another employer, trainer or expert gets NOT_FOUND for a traject that is not theirs", async () => {
    const f = await makeTraject(t.prisma);
    const { other } = await makeOutsiders(t.prisma);
    for (const actor of [other.employerUser, other.trainer, other.expert]) {
      await expect(getTrajectForActor({ actor, trajectId: f.traject.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await getTrajectForActor({ actor: f.employerUser, trajectId: f.traject.id })).traject.id).toBe(f.traject.id);
  });

  it("a withdrawn expert loses access", async () => {
    const f = await makeTraject(t.prisma);
    await t.prisma.expertAssignment.updateMany({ where: { trajectId: f.traject.id }, data: { status: "WITHDRAWN" } });
    await expect(getTrajectForActor({ actor: f.expert, trajectId: f.traject.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an employer user without an employer sees nothing", async () => {
    await makeTraject(t.prisma);
    const orphan = actorOf(await makeUser(t.prisma, "EMPLOYER"));
    expect(await listTrajectsForActor(orphan)).toEqual([]);
  });
});
