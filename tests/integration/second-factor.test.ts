import { describe, expect, it, vi } from "vitest";
import { decode } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { signInWithForm } from "@/lib/auth/form-login";
import { actorForLogin } from "@/lib/auth/logins";
import { totpCode } from "@/lib/auth/totp";
import { SECOND_FACTOR_MISSING_MESSAGE } from "@/lib/auth/session";
import {
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  resetSecondFactor,
  secondFactorStatus,
  startTotpEnrolment,
} from "@/lib/users/second-factor";
import { createCalendarFeedAction } from "@/app/(app)/account/actions";
import { startTotpAction } from "@/app/(app)/account/tweede-stap/actions";
import { DEMO_TOTP_SECRET } from "@/prisma/seed/people";
import { FACTORY_PASSWORD, actorOf, makeUser } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// The second factor end to end below the browser (docs/decisions/019-second-factor.md): enrolment,
// next-auth's authorize() with and without the code, replay, recovery codes, the guess limit, the
// admin's reset, and an admin or trainer without one who can use no server action.

// Server actions run as in production (createAction → requireActor → getActor); only next-auth's
// getServerSession is replaced by the signed-in user's token (as in tests/integration/fuzz.test.ts).
const session = vi.hoisted(() => ({ userId: null as string | null }));
// the login form without JavaScript encodes next-auth's token itself: it needs the secret, as `npm start` sets
const SECRET = vi.hoisted(() => (process.env.NEXTAUTH_SECRET = "test-secret-second-factor"));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => {
    if (!session.userId) return null;
    const open = await t.prisma.authSession.findFirst({ where: { userId: session.userId, endedAt: null }, select: { id: true } });
    return { uid: session.userId, sid: open?.id };
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const t = setupTestDb();

/** next-auth's credentials authorize(), as the login form calls it. */
const authorize = (credentials: Record<string, string>) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- next-auth keeps the user's authorize in options
  (authOptions.providers[0] as any).options.authorize(credentials, { headers: {} }) as Promise<{ id: string } | null>;
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "accepted",
    (e: Error) => e.message,
  );

async function enrolled(role: "EXPERT" | "TRAINER" = "EXPERT") {
  const user = await makeUser(t.prisma, role, { secondFactor: false });
  const actor = actorOf(user);
  await startTotpEnrolment(actor);
  const secret = (await secondFactorStatus(actor)).pending!.secret.replace(/ /g, "");
  // the code of the step before: the login's own "now" code is then still unused
  const { recoveryCodes } = await confirmTotpEnrolment({ actor, input: { code: await totpCode(secret, Date.now() / 1000 - 30) } });
  return { user, actor, secret, recoveryCodes };
}

const mailsTo = (to: string) => t.prisma.outboxMail.findMany({ where: { to, kind: "account" }, orderBy: { createdAt: "asc" } });
const audits = (entityId: string, action: string) => t.prisma.auditEvent.count({ where: { entityId, action } });

describe(`the second factor (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("counts only once a code confirms the enrolment; ten recovery codes, hashed; audited and mailed", async () => {
    const user = await makeUser(t.prisma, "EXPERT");
    const actor = actorOf(user);
    await startTotpEnrolment(actor);
    const row = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const secret = (await secondFactorStatus(actor)).pending!.secret.replace(/ /g, "");
    expect(row.totpEnabledAt).toBeNull();
    expect(row.totpSecret).not.toContain(secret); // encrypted at rest
    expect(await authorize({ email: user.email, password: FACTORY_PASSWORD })).toMatchObject({ id: user.id }); // not yet asked
    const wrong = (await totpCode(secret)) === "000000" ? "111111" : "000000";
    await expect(confirmTotpEnrolment({ actor, input: { code: wrong } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

    const { recoveryCodes } = await confirmTotpEnrolment({ actor, input: { code: await totpCode(secret) } });
    expect(recoveryCodes).toHaveLength(10);
    const stored = await t.prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.codeHash)).not.toContain(recoveryCodes[0]);
    expect(await audits(user.id, "user.secondFactorOn")).toBe(1);
    expect((await mailsTo(user.email)).at(-1)!.text).toContain("Was u dit niet?");
  });

  it("asks for the code only after the right password; refuses a wrong one and a replayed one", async () => {
    const { user, secret } = await enrolled();
    expect(await authorize({ email: user.email, password: "niet het wachtwoord" })).toBeNull();
    expect(await refusal(authorize({ email: user.email, password: FACTORY_PASSWORD }))).toBe("SECOND_FACTOR_NEEDED");
    const code = await totpCode(secret);
    const wrong = code === "123456" ? "654321" : "123456";
    expect(await refusal(authorize({ email: user.email, password: FACTORY_PASSWORD, code: wrong }))).toBe("SECOND_FACTOR_WRONG");
    expect(await authorize({ email: user.email, password: FACTORY_PASSWORD, code })).toMatchObject({ id: user.id });
    expect(await refusal(authorize({ email: user.email, password: FACTORY_PASSWORD, code }))).toBe("SECOND_FACTOR_USED");
    expect(await audits(user.id, "login.secondFactorRefused")).toBe(1);
  });

  it("the login form without JavaScript: the same answers, then the session next-auth itself would make", async () => {
    const { user, secret } = await enrolled();
    const signIn = (extra: { password: string; code?: string }) => signInWithForm({ email: user.email, ...extra }, { clientAddress: null });
    expect(await signIn({ password: "niet het wachtwoord" })).toEqual({ ok: false, answer: "CredentialsSignin" });
    expect(await signIn({ password: FACTORY_PASSWORD })).toEqual({ ok: false, answer: "SECOND_FACTOR_NEEDED" });
    const result = await signIn({ password: FACTORY_PASSWORD, code: await totpCode(secret) });
    if (!result.ok) throw new Error(result.answer);
    expect(result.cookie).toMatchObject({ name: "next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/" } });
    const token = await decode({ token: result.cookie.value, secret: SECRET });
    expect(token).toMatchObject({ sub: user.id, uid: user.id, role: user.role });
    expect(await actorForLogin({ userId: token?.uid, loginId: token?.sid })).toMatchObject({ id: user.id });
  });

  it("takes a recovery code once", async () => {
    const { user, recoveryCodes } = await enrolled();
    const code = recoveryCodes[3]!.toUpperCase();
    expect(await authorize({ email: user.email, password: FACTORY_PASSWORD, code })).toMatchObject({ id: user.id });
    expect(await refusal(authorize({ email: user.email, password: FACTORY_PASSWORD, code }))).toBe("SECOND_FACTOR_WRONG");
    expect(await t.prisma.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
  });

  it("refuses every code after ten wrong ones in a quarter, the right one too", async () => {
    const { user, secret } = await enrolled();
    const right = await totpCode(secret);
    const wrongs = Array.from({ length: 11 }, (_, i) => String(100000 + i * 7919)).filter((c) => c !== right);
    for (const code of wrongs.slice(0, 10))
      expect(await refusal(authorize({ email: user.email, password: FACTORY_PASSWORD, code }))).toBe("SECOND_FACTOR_WRONG");
    expect(await refusal(authorize({ email: user.email, password: FACTORY_PASSWORD, code: right }))).toBe("SECOND_FACTOR_RATE_LIMITED");
  });

  it("turns off with the password, and new recovery codes replace the old; each change mailed", async () => {
    const { user, actor, recoveryCodes } = await enrolled();
    const fresh = await regenerateRecoveryCodes(actor);
    expect(fresh.recoveryCodes).not.toContain(recoveryCodes[0]);
    expect(await refusal(authorize({ email: user.email, password: FACTORY_PASSWORD, code: recoveryCodes[0]! }))).toBe(
      "SECOND_FACTOR_WRONG",
    );
    await expect(disableTotp({ actor, input: { password: "fout", code: "" } })).rejects.toMatchObject({ code: "VALIDATION" });
    await disableTotp({ actor, input: { password: FACTORY_PASSWORD, code: "" } });
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } })).toEqual({
      totpSecret: null,
      totpEnabledAt: null,
    });
    expect(await t.prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect((await mailsTo(user.email)).map((m) => m.text.split("\n")[2])).toEqual([
      expect.stringContaining("staat nu aan"),
      expect.stringContaining("nieuwe herstelcodes"),
      expect.stringContaining("staat nu uit"),
    ]);
  });

  it("an admin resets someone's second factor: audited, the user mailed, they log in with the password alone", async () => {
    const { user } = await enrolled();
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    await resetSecondFactor({ actor: admin, userId: user.id });
    expect(await audits(user.id, "user.resetSecondFactor")).toBe(1);
    expect((await mailsTo(user.email)).at(-1)!.text).toContain(`Dit is gedaan door ${admin.name}.`);
    expect(await t.prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await authorize({ email: user.email, password: FACTORY_PASSWORD })).toMatchObject({ id: user.id });
  });

  it("a trainer without a second factor can use no server action but setting one up", async () => {
    const trainer = await makeUser(t.prisma, "TRAINER", { secondFactor: false });
    await t.prisma.authSession.create({ data: { userId: trainer.id, expiresAt: new Date(Date.now() + 3600_000) } });
    session.userId = trainer.id;
    const refused = await createCalendarFeedAction(null, new FormData());
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN", message: SECOND_FACTOR_MISSING_MESSAGE });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: trainer.id } })).calendarFeedHash).toBeNull();
    expect(await startTotpAction(null, new FormData())).toMatchObject({ ok: true });
    // with the factory's second factor (the demo secret) the same action works
    const enrolledTrainer = await makeUser(t.prisma, "TRAINER");
    await t.prisma.authSession.create({ data: { userId: enrolledTrainer.id, expiresAt: new Date(Date.now() + 3600_000) } });
    session.userId = enrolledTrainer.id;
    expect(await createCalendarFeedAction(null, new FormData())).toMatchObject({ ok: true });
    expect(DEMO_TOTP_SECRET).toHaveLength(32);
  });
});
