import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { activateAccount, changeOwnPassword, createUser, findAccountLink, sendAccountLink, setUserActive } from "@/lib/users/accounts";
import { listUsers } from "@/lib/users/queries";
import { FACTORY_PASSWORD, actorOf, makeEmployer, makeUser } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();
const PASSWORD = "een lange zin als wachtwoord";

async function admin() {
  return actorOf(await makeUser(t.prisma, "ADMIN"));
}

/** The link only exists in the mail, as for the real person. */
async function linkFromOutbox(email: string) {
  const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: email, kind: "account" }, orderBy: { createdAt: "desc" } });
  return mail.text.match(/\/account\/activeren\/([A-Za-z0-9_-]{43})/)![1]!;
}

describe(`accounts (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("an admin creates an HR account; the person sets a password once and can log in", async () => {
    const actor = await admin();
    const employer = await makeEmployer(t.prisma, "Bakkerij De Korenschoof");
    await createUser({
      actor,
      input: { name: "Inge de Vries", email: "inge@korenschoof.nl", role: "EMPLOYER", employerId: employer.id, employerFunction: "HR" },
    });
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { email: "inge@korenschoof.nl" } });
    expect(stored).toMatchObject({ role: "EMPLOYER", employerId: employer.id, passwordHash: "", active: true });
    // the account is one of the employer's key persons, with the function
    expect(await t.prisma.keyPerson.findUniqueOrThrow({ where: { userId: stored.id } })).toMatchObject({
      employerId: employer.id,
      email: "inge@korenschoof.nl",
      function: "HR",
    });
    // no password yet: nothing logs in, not even an empty one
    expect(await authenticate({ email: "inge@korenschoof.nl", password: "" })).toBeNull();
    expect((await listUsers(actor)).find((u) => u.email === "inge@korenschoof.nl")).toMatchObject({ hasPassword: false });

    const token = await linkFromOutbox("inge@korenschoof.nl");
    const tokenRow = await t.prisma.accountToken.findFirstOrThrow({ where: { userId: stored.id } });
    expect(tokenRow.tokenHash).not.toContain(token);
    expect(await findAccountLink(token)).toMatchObject({ user: { name: "Inge de Vries" } });
    await activateAccount({ token, password: PASSWORD, confirm: PASSWORD });
    expect(await authenticate({ email: "inge@korenschoof.nl", password: PASSWORD })).toMatchObject({
      role: "EMPLOYER",
      employerId: employer.id,
    });
    // the link works once
    expect(await findAccountLink(token)).toBeNull();
    await expect(
      activateAccount({ token, password: "nog een ander wachtwoord", confirm: "nog een ander wachtwoord" }),
    ).rejects.toMatchObject({ code: "INVITE_INVALID" });
    expect(await authenticate({ email: "inge@korenschoof.nl", password: PASSWORD })).toMatchObject({
      id: stored.id,
      name: "Inge de Vries",
    });
    expect(await t.prisma.auditEvent.count({ where: { entityId: stored.id, action: { in: ["user.create", "user.setPassword"] } } })).toBe(
      2,
    );
  });

  it("a new link replaces the old one; a switched-off account cannot log in or use a link", async () => {
    const actor = await admin();
    const { id } = await createUser({ actor, input: { name: "Tom Trainer", email: "tom@oads.nl", role: "TRAINER" } });
    const first = await linkFromOutbox("tom@oads.nl");
    await sendAccountLink({ actor, userId: id });
    const second = await linkFromOutbox("tom@oads.nl");
    expect(second).not.toBe(first);
    expect(await findAccountLink(first)).toBeNull();
    await activateAccount({ token: second, password: PASSWORD, confirm: PASSWORD });

    await setUserActive({ actor, userId: id, active: false });
    expect(await authenticate({ email: "tom@oads.nl", password: PASSWORD })).toBeNull();
    await expect(sendAccountLink({ actor, userId: id })).rejects.toMatchObject({ code: "VALIDATION" });
    await setUserActive({ actor, userId: id, active: true });
    expect(await authenticate({ email: "tom@oads.nl", password: PASSWORD })).toMatchObject({ id, role: "TRAINER", name: "Tom Trainer" });
    await expect(setUserActive({ actor, userId: actor.id, active: false })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("refuses a taken e-mail address and an unknown employer, creating nothing", async () => {
    const actor = await admin();
    await makeUser(t.prisma, "EXPERT", { email: "bezet@voorbeeld.nl" });
    const before = await t.prisma.user.count();
    await expect(createUser({ actor, input: { name: "Dubbel", email: "bezet@voorbeeld.nl", role: "EXPERT" } })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: ["Dit e-mailadres heeft al een account."] },
    });
    await expect(
      createUser({
        actor,
        input: {
          name: "Zonder werkgever",
          email: "nieuw@voorbeeld.nl",
          role: "EMPLOYER",
          employerId: "bestaat-niet",
          employerFunction: "HR",
        },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await t.prisma.user.count()).toBe(before);
    expect(await t.prisma.outboxMail.count({ where: { kind: "account" } })).toBe(0);
  });

  it("an expired link is refused", async () => {
    const actor = await admin();
    const { id } = await createUser({ actor, input: { name: "Laat", email: "laat@voorbeeld.nl", role: "EXPERT" } });
    const token = await linkFromOutbox("laat@voorbeeld.nl");
    await t.prisma.accountToken.updateMany({ where: { userId: id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(activateAccount({ token, password: PASSWORD, confirm: PASSWORD })).rejects.toMatchObject({ code: "INVITE_INVALID" });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBe("");
  });

  it("a signed-in user changes their own password only with the current one; guessing is limited", async () => {
    const user = await makeUser(t.prisma, "EXPERT", { email: "wissel@voorbeeld.nl" });
    const actor = actorOf(user);
    const before = (await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    await expect(
      changeOwnPassword({ actor, input: { current: "fout wachtwoord", password: PASSWORD, confirm: PASSWORD } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { current: ["Dit is niet uw huidige wachtwoord."] },
    });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before);
    await changeOwnPassword({ actor, input: { current: FACTORY_PASSWORD, password: PASSWORD, confirm: PASSWORD } });
    expect(await authenticate({ email: "wissel@voorbeeld.nl", password: PASSWORD })).toMatchObject({ id: user.id, role: "EXPERT" });
    expect(await authenticate({ email: "wissel@voorbeeld.nl", password: FACTORY_PASSWORD })).toBeNull();
    for (let i = 0; i < 10; i++)
      await changeOwnPassword({ actor, input: { current: "fout", password: PASSWORD, confirm: PASSWORD } }).catch(() => undefined);
    await expect(
      changeOwnPassword({
        actor,
        input: { current: PASSWORD, password: "weer een ander wachtwoord", confirm: "weer een ander wachtwoord" },
      }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await authenticate({ email: "wissel@voorbeeld.nl", password: PASSWORD })).toMatchObject({ id: user.id, role: "EXPERT" });
  });
});
