import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { LOGIN_LIFETIME_SECONDS, LOGIN_RETENTION_DAYS, actorForLogin, endAllLogins, pruneLogins, startLogin } from "@/lib/auth/logins";
import { authOptions } from "@/lib/auth/options";
import type { Actor } from "@/lib/auth/roles";
import { runJobsOfScript } from "@/lib/scheduler/run";
import { activateAccount, changeOwnPassword, sendAccountLink, setUserActive } from "@/lib/users/accounts";
import { FACTORY_PASSWORD, actorOf, makeUser } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// Sessions can be ended (docs/decisions/005-jwt-sessions.md): a row per login, its id in the JWT,
// checked by actorForLogin (what getActor calls) on every request.

const t = setupTestDb();
const HOUR = 3600_000;
const NEW_PASSWORD = "een nieuw lang wachtwoord";

/** Signing in as next-auth does it: authorize() returned this user, then the jwt callback runs. */
async function signIn(user: Actor): Promise<JWT> {
  const jwt = authOptions.callbacks!.jwt!;
  return jwt({
    token: { name: user.name },
    user: { id: user.id, name: user.name, role: user.role, employerId: user.employerId },
    account: null,
  });
}

const actorOfToken = (token: JWT, now?: Date) => actorForLogin({ userId: token.uid, loginId: token.sid, now });
const openSessions = (userId: string) => t.prisma.authSession.count({ where: { userId, endedAt: null } });

async function signedInTwice(role: "TRAINER" | "EMPLOYER" = "TRAINER") {
  const user = actorOf(await makeUser(t.prisma, role));
  const laptop = await signIn(user);
  const phone = await signIn(user);
  return { user, laptop, phone };
}

/** The link only exists in the mail, as for the real person. */
async function linkFromOutbox(email: string) {
  const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: email, kind: "account" }, orderBy: { createdAt: "desc" } });
  return mail.text.match(/\/account\/activeren\/([A-Za-z0-9_-]{43})/)![1]!;
}

describe(`login sessions (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("signing in makes one session row with a fixed 12-hour end, and its id is in the token", async () => {
    const user = actorOf(await makeUser(t.prisma, "EXPERT"));
    const before = Date.now();
    const token = await signIn(user);
    expect(token.uid).toBe(user.id);
    const row = await t.prisma.authSession.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(row).toMatchObject({ userId: user.id, endedAt: null, endedReason: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(LOGIN_LIFETIME_SECONDS * 1000);
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await actorOfToken(token)).toEqual({ ...user, loginId: token.sid });
  });

  it("no actor for an unknown, someone else's, ended or missing session, or without a session id", async () => {
    const { user, laptop } = await signedInTwice();
    const other = actorOf(await makeUser(t.prisma, "TRAINER"));
    expect(await actorForLogin({ userId: user.id, loginId: "c" + "x".repeat(24) })).toBeNull();
    expect(await actorForLogin({ userId: other.id, loginId: laptop.sid })).toBeNull();
    expect(await actorForLogin({ userId: user.id, loginId: undefined })).toBeNull();
    expect(await actorForLogin({ userId: undefined, loginId: laptop.sid })).toBeNull();
    await t.prisma.authSession.update({ where: { id: laptop.sid }, data: { endedAt: new Date(), endedReason: "LOGOUT" } });
    expect(await actorOfToken(laptop)).toBeNull();
    const phone = await signIn(user);
    await t.prisma.authSession.delete({ where: { id: phone.sid } });
    expect(await actorOfToken(phone)).toBeNull();
  });

  it("the lifetime is absolute: refreshing the token does not move it, and after 12 hours there is no actor", async () => {
    const { user, laptop } = await signedInTwice();
    const { expiresAt } = await t.prisma.authSession.findUniqueOrThrow({ where: { id: laptop.sid } });
    // next-auth runs the jwt callback without `user` on every later request
    const refreshed = await authOptions.callbacks!.jwt!({ token: laptop, account: null } as never);
    expect(refreshed.sid).toBe(laptop.sid);
    expect(await t.prisma.authSession.count({ where: { userId: user.id } })).toBe(2);
    expect((await t.prisma.authSession.findUniqueOrThrow({ where: { id: laptop.sid } })).expiresAt).toEqual(expiresAt);
    // in use all along (the idle timeout is its own test: sessions-idle.test.ts)
    await t.prisma.authSession.update({ where: { id: laptop.sid }, data: { lastSeenAt: new Date(expiresAt.getTime() - 60_000) } });
    expect(await actorOfToken(laptop, new Date(expiresAt.getTime() - 1000))).toMatchObject({ id: user.id });
    expect(await actorOfToken(laptop, expiresAt)).toBeNull();
    expect(await actorOfToken(laptop, new Date(Date.now() + 12 * HOUR + 1000))).toBeNull();
    expect(authOptions.session?.maxAge).toBeGreaterThanOrEqual(LOGIN_LIFETIME_SECONDS);
  });

  it("logging out ends this session only", async () => {
    const { user, laptop, phone } = await signedInTwice();
    await authOptions.events!.signOut!({ token: laptop, session: null as never });
    expect(await t.prisma.authSession.findUniqueOrThrow({ where: { id: laptop.sid } })).toMatchObject({ endedReason: "LOGOUT" });
    expect(await actorOfToken(laptop)).toBeNull();
    expect(await actorOfToken(phone)).toMatchObject({ id: user.id });
    // a token naming another user's session ends nothing
    const stranger = await signIn(actorOf(await makeUser(t.prisma, "TRAINER")));
    await authOptions.events!.signOut!({ token: { ...stranger, sid: phone.sid }, session: null as never });
    expect(await actorOfToken(phone)).toMatchObject({ id: user.id });
  });

  it("'overal uitloggen' ends every session of that user, and nobody else's", async () => {
    const { user, laptop, phone } = await signedInTwice();
    const other = await signedInTwice();
    const actor = (await actorOfToken(laptop))!;
    expect(await endAllLogins({ actor })).toEqual({ ended: 2 });
    expect(await actorOfToken(laptop)).toBeNull();
    expect(await actorOfToken(phone)).toBeNull();
    expect(await openSessions(user.id)).toBe(0);
    expect(await openSessions(other.user.id)).toBe(2);
    expect(await t.prisma.authSession.count({ where: { userId: user.id, endedReason: "LOGOUT_EVERYWHERE" } })).toBe(2);
    expect(await t.prisma.auditEvent.count({ where: { entityId: user.id, action: "user.endAllSessions" } })).toBe(1);
  });

  it("changing one's password ends the other sessions and keeps this one", async () => {
    const { user, laptop, phone } = await signedInTwice();
    const actor = (await actorOfToken(laptop))!;
    await changeOwnPassword({ actor, input: { current: FACTORY_PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD } });
    expect(await actorOfToken(laptop)).toMatchObject({ id: user.id });
    expect(await actorOfToken(phone)).toBeNull();
    expect(await t.prisma.authSession.findUniqueOrThrow({ where: { id: phone.sid } })).toMatchObject({ endedReason: "PASSWORD_CHANGED" });
  });

  it("an admin's reset link, and setting the password through it, each end every session", async () => {
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    const { user, laptop, phone } = await signedInTwice();
    await sendAccountLink({ actor: admin, userId: user.id });
    expect(await actorOfToken(laptop)).toBeNull();
    expect(await actorOfToken(phone)).toBeNull();
    expect(await t.prisma.authSession.count({ where: { userId: user.id, endedReason: "PASSWORD_RESET" } })).toBe(2);

    // someone signed in between the mail and its use (the old password still worked) is out too
    const meanwhile = await signIn(user);
    const { email } = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    await activateAccount({ token: await linkFromOutbox(email), password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(await actorOfToken(meanwhile)).toBeNull();
    expect(await t.prisma.authSession.findUniqueOrThrow({ where: { id: meanwhile.sid } })).toMatchObject({ endedReason: "PASSWORD_SET" });
  });

  it("switching an account off ends its sessions; switching it on again does not bring them back", async () => {
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    const { user, laptop, phone } = await signedInTwice("EMPLOYER");
    await setUserActive({ actor: admin, userId: user.id, active: false });
    expect(await openSessions(user.id)).toBe(0);
    await setUserActive({ actor: admin, userId: user.id, active: true });
    expect(await actorOfToken(laptop)).toBeNull();
    expect(await actorOfToken(phone)).toBeNull();
    // a new login works as usual
    expect(await actorOfToken(await signIn(user))).toMatchObject({ id: user.id });
  });

  it("rows ended or expired more than 30 days ago are pruned by the scheduled run; newer ones stay", async () => {
    const user = actorOf(await makeUser(t.prisma, "TRAINER"));
    const daysAgo = (n: number) => new Date(Date.now() - n * 24 * HOUR);
    const old = LOGIN_RETENTION_DAYS + 1;
    const expiredLongAgo = await startLogin({ userId: user.id, now: daysAgo(old) });
    const endedLongAgo = await startLogin({ userId: user.id, now: daysAgo(old) });
    await t.prisma.authSession.update({ where: { id: endedLongAgo }, data: { endedAt: daysAgo(old), endedReason: "LOGOUT" } });
    const endedRecently = await startLogin({ userId: user.id, now: daysAgo(2) });
    await t.prisma.authSession.update({ where: { id: endedRecently }, data: { endedAt: daysAgo(1), endedReason: "LOGOUT" } });
    const expiredRecently = await startLogin({ userId: user.id, now: daysAgo(3) });
    const open = await startLogin({ userId: user.id });
    // the retention job (daily in the app, or `npm run retention` from cron) prunes them
    const [retention] = await runJobsOfScript("retention");
    expect(retention).toMatchObject({ ran: true, outcome: "ok", message: expect.stringContaining("Opgeruimd: 2 oude inlogsessies") });
    const left = (await t.prisma.authSession.findMany({ where: { userId: user.id }, select: { id: true } })).map((r) => r.id).sort();
    expect(left).toEqual([endedRecently, expiredRecently, open].sort());
    expect(left).not.toContain(expiredLongAgo);
    // the cut-off moves with the clock: in two months the rest has gone as well
    expect(await pruneLogins({ now: daysAgo(-60) })).toBe(3);
  });
});
