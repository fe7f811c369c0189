import { describe, expect, it } from "vitest";
import { requestPasswordReset as requestReset } from "@/lib/users/password-reset";
import { activateAccount } from "@/lib/users/accounts";
import { trajectPageTitle } from "@/lib/trajecten/queries";
import { startLogin } from "@/lib/auth/logins";
import { makeOutsiders, makeTraject, makeUser } from "@/tests/factories";
import { withUnreachableSmtp } from "@/tests/support/smtp-mode";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();
// with a mail server (here one that refuses: the mail stays queued); without one no link is made at all
// (tests/integration/outbox-credentials.test.ts). It waits for the delivery attempt each request starts,
// which otherwise runs on into the next test file and fails on its database.
const requestPasswordReset = (input: Parameters<typeof requestReset>[0]) => withUnreachableSmtp(() => requestReset(input));
const linkIn = (text: string) => text.match(/\/account\/activeren\/([A-Za-z0-9_-]{43})/)![1]!;

describe(`"Wachtwoord vergeten?" and page titles (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a known address gets a one-time link; an unknown or switched-off one gets nothing; both answer alike", async () => {
    const user = await makeUser(t.prisma, "TRAINER", { email: "vergeten@oads.nl" });
    const off = await makeUser(t.prisma, "TRAINER", { email: "uit@oads.nl" });
    await t.prisma.user.update({ where: { id: off.id }, data: { active: false } });
    const session = await startLogin({ userId: user.id });

    await expect(requestPasswordReset({ email: "vergeten@oads.nl", clientAddress: "192.0.2.1" })).resolves.toBeUndefined();
    await expect(requestPasswordReset({ email: "onbekend@oads.nl", clientAddress: "192.0.2.1" })).resolves.toBeUndefined();
    await expect(requestPasswordReset({ email: "uit@oads.nl", clientAddress: "192.0.2.1" })).resolves.toBeUndefined();
    const mails = await t.prisma.outboxMail.findMany();
    expect(mails.map((m) => m.to)).toEqual(["vergeten@oads.nl"]);
    // asking does not log anyone out; using the link does
    expect((await t.prisma.authSession.findUniqueOrThrow({ where: { id: session } })).endedAt).toBeNull();
    await activateAccount({ token: linkIn(mails[0]!.text), password: "een-nieuw-wachtwoord", confirm: "een-nieuw-wachtwoord" });
    expect((await t.prisma.authSession.findUniqueOrThrow({ where: { id: session } })).endedReason).toBe("PASSWORD_SET");
    await expect(
      activateAccount({ token: linkIn(mails[0]!.text), password: "nog-een-wachtwoord", confirm: "nog-een-wachtwoord" }),
    ).rejects.toMatchObject({ code: "INVITE_INVALID" });
  });

  it("at most three links an hour per address, and twenty requests per client", async () => {
    await makeUser(t.prisma, "EXPERT", { email: "veel@oads.nl" });
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: "veel@oads.nl", clientAddress: `198.51.100.${i}` });
    expect(await t.prisma.outboxMail.count({ where: { to: "veel@oads.nl" } })).toBe(3);
    await makeUser(t.prisma, "EXPERT", { email: "later@oads.nl" });
    for (let i = 0; i < 20; i++) await requestPasswordReset({ email: `x${i}@oads.nl`, clientAddress: "203.0.113.9" });
    await requestPasswordReset({ email: "later@oads.nl", clientAddress: "203.0.113.9" });
    expect(await t.prisma.outboxMail.count({ where: { to: "later@oads.nl" } })).toBe(0);
  });

  it("traject pages are titled with the employer's name for those who may see it", async () => {
    const f = await makeTraject(t.prisma);
    const { other } = await makeOutsiders(t.prisma);
    expect(await trajectPageTitle({ actor: f.trainer, trajectId: f.traject.id, section: "Traject" })).toBe(`${f.employer.name} · Traject`);
    expect(await trajectPageTitle({ actor: other.trainer, trajectId: f.traject.id, section: "Traject" })).toBe("Traject");
    expect(await trajectPageTitle({ actor: null, trajectId: f.traject.id, section: "Traject" })).toBe("Traject");
  });

  it("two trajects of one employer get different titles: the werkvloer, or the start where that is the same", async () => {
    const f = await makeTraject(t.prisma);
    const vloer = await t.prisma.werkvloer.create({ data: { employerId: f.employer.id, name: "Thuiszorg Noord" } });
    const second = await t.prisma.traject.create({
      data: { employerId: f.employer.id, trainerId: f.trainer.id, werkvloerId: vloer.id, createdAt: new Date("2026-03-02T10:00:00Z") },
    });
    const title = (trajectId: string) => trajectPageTitle({ actor: f.trainer, trajectId, section: "Resultaten" });
    expect(await title(second.id)).toBe(`${f.employer.name} – Thuiszorg Noord · Resultaten`);
    expect(await title(f.traject.id)).not.toBe(await title(second.id));
    const third = await t.prisma.traject.create({ data: { employerId: f.employer.id, trainerId: f.trainer.id, werkvloerId: vloer.id } });
    expect(await title(second.id)).toBe(`${f.employer.name} – Thuiszorg Noord, gestart maart 2026 · Resultaten`);
    expect(await title(third.id)).not.toBe(await title(second.id));
  });
});
