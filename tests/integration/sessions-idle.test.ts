import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import type { Session } from "next-auth";
import { idleTimeoutSecondsOf } from "@/lib/auth/capabilities";
import { authCookies } from "@/lib/auth/cookies";
import { actorForLogin, loginStillActive } from "@/lib/auth/logins";
import { authOptions } from "@/lib/auth/options";
import type { Actor, Role } from "@/lib/auth/roles";
import { createFirstAdmin, issueSetupLink } from "@/lib/setup/first-admin";
import { activateAccount, changeOwnPassword, createUser, sendAccountLink } from "@/lib/users/accounts";
import { FACTORY_PASSWORD, actorOf, makeUser } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// Sessions (issue 22 item 4): the idle timeout per role beside the absolute 12 hours, /api/auth/session
// for an ended login, __Host- cookies, and what a password reset ends that a voluntary change keeps.
const t = setupTestDb();
const MIN = 60_000;
const NEW_PASSWORD = "fiets wolk pannenkoek lantaarn";

async function signIn(user: Actor): Promise<JWT> {
  return authOptions.callbacks!.jwt!({
    token: { name: user.name },
    user: { id: user.id, name: user.name, role: user.role, employerId: user.employerId },
    account: null,
  });
}
const lastSeen = async (sid: string) => (await t.prisma.authSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt;

describe(`idle timeout (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it.each([
    ["ADMIN", 30],
    ["TRAINER", 240],
    ["EXPERT", 240],
    ["EMPLOYER", 240],
  ] as [Role, number][])("%s: a login unused for %i minutes ends; used just before, it goes on", async (role, minutes) => {
    expect(idleTimeoutSecondsOf({ role })).toBe(minutes * 60);
    const user = actorOf(await makeUser(t.prisma, role));
    const token = await signIn(user);
    const start = await lastSeen(token.sid!);
    const at = (m: number) => new Date(start.getTime() + m * MIN);
    expect(await actorForLogin({ userId: user.id, loginId: token.sid, now: at(minutes - 1) })).toMatchObject({ id: user.id });
    // that request was activity: the clock starts again from it
    expect(await actorForLogin({ userId: user.id, loginId: token.sid, now: at(2 * minutes - 2) })).toMatchObject({ id: user.id });
    expect(await actorForLogin({ userId: user.id, loginId: token.sid, now: at(3 * minutes - 1) })).toBeNull(); // idle, within the 12 hours
    expect(await t.prisma.authSession.findUniqueOrThrow({ where: { id: token.sid! } })).toMatchObject({ endedReason: "IDLE" });
    // ended is ended: coming back within the time does not revive it
    expect(await actorForLogin({ userId: user.id, loginId: token.sid, now: at(2 * minutes) })).toBeNull();
  });

  it("writes the activity at most once a minute per login", async () => {
    const user = actorOf(await makeUser(t.prisma, "TRAINER"));
    const token = await signIn(user);
    const start = await lastSeen(token.sid!);
    await actorForLogin({ userId: user.id, loginId: token.sid, now: new Date(start.getTime() + 30_000) });
    expect(await lastSeen(token.sid!)).toEqual(start);
    const later = new Date(start.getTime() + 61_000);
    await actorForLogin({ userId: user.id, loginId: token.sid, now: later });
    expect(await lastSeen(token.sid!)).toEqual(later);
  });

  it("an open board (its stream re-checks the login) counts as activity, and ends with the login", async () => {
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    const token = await signIn(admin);
    const actor = (await actorForLogin({ userId: admin.id, loginId: token.sid }))!;
    const start = await lastSeen(token.sid!);
    for (let m = 10; m <= 90; m += 10) expect(await loginStillActive(actor, new Date(start.getTime() + m * MIN))).toBe(true);
    await authOptions.events!.signOut!({ token, session: null as never });
    expect(await loginStillActive(actor)).toBe(false);
  });

  it("/api/auth/session answers nothing for an ended or idle login, and asking is no activity", async () => {
    const user = actorOf(await makeUser(t.prisma, "ADMIN"));
    const token = await signIn(user);
    const session = authOptions.callbacks!.session! as (p: { session: Session; token: JWT }) => Promise<Session>;
    const blank = () => ({ user: { name: user.name }, expires: new Date(Date.now() + 3600_000).toISOString() }) as Session;
    expect(await session({ session: blank(), token })).toMatchObject({ user: { id: user.id, role: "ADMIN" } });
    await t.prisma.authSession.update({ where: { id: token.sid! }, data: { lastSeenAt: new Date(Date.now() - 20 * MIN) } });
    await session({ session: blank(), token });
    expect((await lastSeen(token.sid!)).getTime()).toBeLessThan(Date.now() - 19 * MIN);
    await t.prisma.authSession.update({ where: { id: token.sid! }, data: { lastSeenAt: new Date(Date.now() - 31 * MIN) } });
    expect(await session({ session: blank(), token })).toEqual({});
    const other = await signIn(user);
    await authOptions.events!.signOut!({ token: other, session: null as never });
    expect(await session({ session: blank(), token: other })).toEqual({});
  });
});

describe("cookies", () => {
  it("carry the __Host- prefix under https: Secure, Path=/, no Domain", () => {
    const cookies = authCookies("https://weerbaar.example.nl")!;
    for (const c of Object.values(cookies)) {
      expect(c.name).toMatch(/^__Host-/);
      expect(c.options).toMatchObject({ secure: true, path: "/", httpOnly: true });
      expect(c.options).not.toHaveProperty("domain");
    }
    expect(Object.keys(cookies).sort()).toEqual(["callbackUrl", "csrfToken", "sessionToken"]);
    expect(authCookies("http://localhost:3000")).toBeUndefined();
  });
});

describe("after a password change or reset", () => {
  async function withFeed(role: Role = "TRAINER") {
    const user = await makeUser(t.prisma, role);
    await t.prisma.user.update({
      where: { id: user.id },
      data: { calendarFeedHash: `feed-${user.id}`, calendarFeedCreatedAt: new Date() },
    });
    return user;
  }
  const feedOf = async (id: string) => (await t.prisma.user.findUniqueOrThrow({ where: { id } })).calendarFeedHash;
  const mailsTo = (to: string) => t.prisma.outboxMail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

  it("a voluntary change keeps the calendar feed, and the person is told", async () => {
    const user = await withFeed();
    const token = await signIn(actorOf(user));
    const actor = (await actorForLogin({ userId: user.id, loginId: token.sid }))!;
    await changeOwnPassword({ actor, input: { current: FACTORY_PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD } });
    expect(await feedOf(user.id)).toBe(`feed-${user.id}`);
    const [notice] = await mailsTo(user.email);
    expect(notice).toMatchObject({ kind: "account", subject: "Uw wachtwoord is gewijzigd" });
    expect(notice!.text).toMatch(/Was u dit niet\?/);
    expect(notice!.text).toMatch(/wachtwoord-vergeten/);
  });

  it("an admin's reset link revokes the feed; setting the password through it tells the person", async () => {
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    const user = await withFeed("EXPERT");
    await sendAccountLink({ actor: admin, userId: user.id });
    expect(await feedOf(user.id)).toBeNull();
    // a feed made again before the link is used goes too: whoever had the account may have made it
    await t.prisma.user.update({ where: { id: user.id }, data: { calendarFeedHash: `again-${user.id}` } });
    const link = (await mailsTo(user.email))[0]!.text.match(/\/account\/activeren\/([A-Za-z0-9_-]{43})/)![1]!;
    await activateAccount({ token: link, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(await feedOf(user.id)).toBeNull();
    const notice = (await mailsTo(user.email)).at(-1)!;
    expect(notice.subject).toBe("Uw wachtwoord is gewijzigd");
    expect(notice.text).toMatch(/via een link/);
  });

  it("refuses a weak new password on a change, with the reason and a hint, and changes nothing", async () => {
    const user = await makeUser(t.prisma, "EMPLOYER");
    const token = await signIn(actorOf(user));
    const actor = (await actorForLogin({ userId: user.id, loginId: token.sid }))!;
    for (const weak of ["123456789012", "aaaaaaaaaaaa", user.email]) {
      await expect(changeOwnPassword({ actor, input: { current: FACTORY_PASSWORD, password: weak, confirm: weak } })).rejects.toMatchObject(
        {
          code: "VALIDATION",
          fieldErrors: { password: [expect.stringMatching(/\. Tip: kies vier of vijf gewone woorden/)] },
        },
      );
    }
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
    expect(await mailsTo(user.email)).toEqual([]);
  });

  it("refuses a weak password on activation and for the first admin too", async () => {
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    const { id } = await createUser({ actor: admin, input: { name: "Sanne Visser", email: "sanne.visser@voorbeeld.nl", role: "EXPERT" } });
    const link = (await mailsTo("sanne.visser@voorbeeld.nl"))[0]!.text.match(/\/account\/activeren\/([A-Za-z0-9_-]{43})/)![1]!;
    await expect(activateAccount({ token: link, password: "sannevisser2026", confirm: "sannevisser2026" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBe("");
    expect(await t.prisma.accountToken.count({ where: { userId: id, usedAt: null } })).toBe(1); // the link still works
    await t.prisma.user.deleteMany({ where: { role: "ADMIN" } });
    const url = (await issueSetupLink())!;
    const token = url.match(/\/inrichten\/([A-Za-z0-9_-]{43})$/)![1]!;
    const weak = { token, name: "Eerste Beheerder", email: "eerste@oads.nl", password: "aaaaaaaaaaaa", confirm: "aaaaaaaaaaaa" };
    await expect(createFirstAdmin(weak)).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
