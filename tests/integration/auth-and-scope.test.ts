import { describe, expect, it } from "vitest";
import { ACCOUNT_CAP, CLIENT_LIMIT, DUMMY_HASH, authenticate } from "@/lib/auth/login";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { pruneRateLimits } from "@/lib/rate-limit";
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

  it("compares an unknown address against a real argon2id hash of the same parameters, so both take the same time", async () => {
    const real = await hashPassword("fiets wolk pannenkoek lantaarn");
    expect(DUMMY_HASH.split("$").slice(0, 4)).toEqual(real.split("$").slice(0, 4));
    expect(await verifyPassword("iets", DUMMY_HASH)).toBe(false);
  });

  it("refuses a client that keeps failing, but only that client", async () => {
    const user = await makeUser(t.prisma, "TRAINER");
    const attacker = { clientAddress: "203.0.113.7" };
    for (let i = 0; i < CLIENT_LIMIT.limit; i++)
      expect(await authenticate({ email: `n${i}@voorbeeld.nl`, password: "fout" }, attacker)).toBeNull();
    await expect(authenticate({ email: user.email, password: FACTORY_PASSWORD }, attacker)).rejects.toThrow("RATE_LIMITED");
    // the account itself is not locked: the person at another address logs in
    const owner = { clientAddress: "198.51.100.20" };
    expect(await authenticate({ email: user.email, password: FACTORY_PASSWORD }, owner)).toMatchObject({ id: user.id });
    const row = await t.prisma.securityLimit.findUnique({ where: { key: "login-client:203.0.113.7" } });
    expect(row?.count).toBe(CLIENT_LIMIT.limit + 1);
  });

  it("treats an unknown address exactly like a known one, and its counters expire", async () => {
    const ctx = (n: number) => ({ clientAddress: `192.0.2.${n}` });
    for (let n = 1; n <= ACCOUNT_CAP; n++) expect(await authenticate({ email: "niemand@voorbeeld.nl", password: "x" }, ctx(n))).toBeNull();
    await expect(authenticate({ email: "niemand@voorbeeld.nl", password: "x" }, ctx(1))).rejects.toThrow("ACCOUNT_LIMITED");
    await t.prisma.securityLimit.updateMany({ data: { windowStart: new Date(Date.now() - 25 * 3600_000) } });
    // the account's counter, and each client's and each client-on-account's
    expect(await pruneRateLimits()).toBe(1 + 2 * ACCOUNT_CAP);
    expect(await t.prisma.securityLimit.count()).toBe(0);
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
