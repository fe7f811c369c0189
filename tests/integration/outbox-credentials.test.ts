import { describe, expect, it } from "vitest";
import { SCHEDULER } from "@/lib/auth/roles";
import { REDACTED_LINK } from "@/lib/mail/credentials";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { listOutboxForActor } from "@/lib/mail/queries";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { requestPasswordReset } from "@/lib/users/password-reset";
import { sendAccountLink } from "@/lib/users/accounts";
import { isoDay } from "@/lib/dates";
import { sendSigningLink } from "@/lib/gedragscode/signoff";
import { addKeyPerson } from "@/lib/employers/key-persons";
import { giveKeyPersonAccount } from "@/lib/users/employer-accounts";
import { actorOf, makeOutsiders, makeTraject, makeUser } from "@/tests/factories";
import { startFakeSmtp } from "@/tests/support/fake-smtp";
import { withUnreachableSmtp } from "@/tests/support/smtp-mode";
import { setupTestDb } from "@/tests/support/test-db";

// Issue 20, item 1: no page shows a delivered one-time link; without SMTP only whom caused the mail sees it.
const t = setupTestDb();
const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const TOKEN_URL = /\/(scan|account\/activeren|ondertekenen)\/[A-Za-z0-9_-]{43}/;
/** The message as the SMTP server got it, quoted-printable soft line breaks undone. */
const unfold = (data: string | undefined) => (data ?? "").replace(/=\r?\n/g, "");
const deadline = isoDay(new Date(Date.now() + 14 * 86_400_000));
const invite = (f: Awaited<ReturnType<typeof makeTraject>>, email: string) =>
  createInvitation({ actor: f.trainer, input: { trajectId: f.traject.id, name: "Ria Respondent", email, function: "HR", deadline } });

/** Enqueues as an installation with SMTP does; the test decides when it is delivered (deliverPendingMail with retryAfterMs 0). */
const enqueueWithSmtp = withUnreachableSmtp;

/** What this viewer reads of the mail to `to` in "Uitgaande e-mail" (undefined: not in their list). */
async function seen(viewer: Parameters<typeof listOutboxForActor>[0], to: string) {
  return (await listOutboxForActor(viewer)).find((m) => m.to === to);
}

describe(`one-time links in the outbox (${engine})`, () => {
  it("without SMTP only the person whose action caused the mail sees its link, with a warning", async () => {
    const f = await makeTraject(t.prisma);
    const { admin } = await makeOutsiders(t.prisma);
    const otherAdmin = actorOf(await makeUser(t.prisma, "ADMIN"));
    await invite(f, "ria@voorbeeld.nl");

    const own = await seen(f.trainer, "ria@voorbeeld.nl");
    expect(own).toMatchObject({ status: "STORED", links: "shown" });
    expect(own!.text).toMatch(TOKEN_URL);
    const forAdmin = await seen(admin, "ria@voorbeeld.nl");
    expect(forAdmin).toMatchObject({ links: "hidden", linkReader: "other" });
    expect(forAdmin!.text).not.toMatch(TOKEN_URL);
    expect(forAdmin!.text).toContain(REDACTED_LINK);

    // a link the admin sends on request: that admin alone; the trainer never sees account mail at all
    const person = await makeUser(t.prisma, "EXPERT", { email: "vergeetachtig@voorbeeld.nl" });
    await sendAccountLink({ actor: admin, userId: person.id });
    expect((await seen(admin, person.email))!.text).toMatch(TOKEN_URL);
    expect((await seen(otherAdmin, person.email))!.text).not.toMatch(TOKEN_URL);
    expect(await seen(f.trainer, person.email)).toBeUndefined();

    // mail another person caused on the trainer's traject: the trainer reads it without the link
    await enqueueMail({
      trajectId: f.traject.id,
      kind: "resend",
      to: "door-beheer@voorbeeld.nl",
      subject: "Link",
      text: (await seen(f.trainer, "ria@voorbeeld.nl"))!.text,
      replyTo: "trainer@voorbeeld.nl",
      causedBy: admin,
    });
    expect((await seen(f.trainer, "door-beheer@voorbeeld.nl"))!.text).not.toMatch(TOKEN_URL);
    // the scheduler's reminder with a new link belongs to the traject's trainer
    await enqueueMail({
      trajectId: f.traject.id,
      kind: "reminder",
      to: "herinnerd@voorbeeld.nl",
      subject: "Herinnering",
      text: own!.text,
      replyTo: "trainer@voorbeeld.nl",
      causedBy: SCHEDULER,
    });
    expect((await seen(f.trainer, "herinnerd@voorbeeld.nl"))!.text).toMatch(TOKEN_URL);
    expect((await seen(admin, "herinnerd@voorbeeld.nl"))!.text).not.toMatch(TOKEN_URL);
    // a mail with a link must say who caused it
    await expect(
      enqueueMail({ kind: "account", to: "x@voorbeeld.nl", subject: "x", text: own!.text, replyTo: "trainer@voorbeeld.nl" }),
    ).rejects.toThrow(/causedBy/);
  });

  it("with SMTP a queued, failed or sent mail's link is shown to nobody, and the sent row holds no token", async () => {
    const smtp = await startFakeSmtp();
    try {
      const f = await makeTraject(t.prisma);
      const { admin } = await makeOutsiders(t.prisma);
      await enqueueWithSmtp(async () => {
        await invite(f, "wacht@voorbeeld.nl");
        await invite(f, "stuk@voorbeeld.nl");
      });
      for (const viewer of [f.trainer, admin]) {
        expect(await seen(viewer, "wacht@voorbeeld.nl")).toMatchObject({ status: "PENDING", links: "hidden" });
        expect((await seen(viewer, "wacht@voorbeeld.nl"))!.text).not.toMatch(TOKEN_URL);
      }
      await t.prisma.outboxMail.updateMany({ where: { to: "stuk@voorbeeld.nl" }, data: { status: "FAILED", attempts: 5 } });
      await deliverPendingMail({ smtpUrl: smtp.url, retryAfterMs: 0 });
      // the recipient got the working link
      expect(unfold(smtp.messages.find((m) => m.to.join().includes("wacht@"))?.data)).toMatch(TOKEN_URL);
      for (const viewer of [f.trainer, admin]) {
        expect(await seen(viewer, "wacht@voorbeeld.nl")).toMatchObject({ status: "SENT", links: "hidden" });
        expect(await seen(viewer, "stuk@voorbeeld.nl")).toMatchObject({ status: "FAILED", links: "hidden" });
        expect((await seen(viewer, "stuk@voorbeeld.nl"))!.text).not.toMatch(TOKEN_URL);
      }
      const sent = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "wacht@voorbeeld.nl" } });
      expect(sent.text).not.toMatch(TOKEN_URL);
      expect(sent.text).toContain(REDACTED_LINK);
    } finally {
      await smtp.close();
    }
  });

  it('"Wachtwoord vergeten?" never puts a readable link in the outbox: none at all without SMTP', async () => {
    const { admin } = await makeOutsiders(t.prisma);
    const person = await makeUser(t.prisma, "TRAINER", { email: "kwijt@voorbeeld.nl" });
    await requestPasswordReset({ email: person.email, clientAddress: "192.0.2.7" });
    expect(await t.prisma.outboxMail.count({ where: { to: person.email } })).toBe(0);
    expect(await t.prisma.accountToken.count({ where: { userId: person.id } })).toBe(0);

    const smtp = await startFakeSmtp();
    try {
      await enqueueWithSmtp(() => requestPasswordReset({ email: person.email, clientAddress: "192.0.2.7" }));
      expect(await seen(admin, person.email)).toMatchObject({ status: "PENDING", links: "hidden" });
      await deliverPendingMail({ smtpUrl: smtp.url, retryAfterMs: 0 });
      expect(unfold(smtp.messages[0]?.data)).toMatch(TOKEN_URL);
      expect((await t.prisma.outboxMail.findFirstOrThrow({ where: { to: person.email } })).text).not.toMatch(TOKEN_URL);
      expect((await seen(admin, person.email))!.text).not.toMatch(TOKEN_URL);
    } finally {
      await smtp.close();
    }
  });

  it("without SMTP no credential to act for the employer is the tandem's to see: no signing links, and an employer's activation link only for the admin", async () => {
    const f = await makeTraject(t.prisma);
    const { admin } = await makeOutsiders(t.prisma);
    const or = await t.prisma.keyPerson.create({
      data: { employerId: f.employer.id, name: "Olga OR", email: "olga@voorbeeld.nl", function: "ONDERNEMINGSRAAD" },
    });
    // nobody sends a signing link: not the trainer, not HR (whose mail nobody could read)
    for (const actor of [f.trainer, f.employerUser])
      await expect(sendSigningLink({ actor, trajectId: f.traject.id, keyPersonId: or.id })).rejects.toMatchObject({
        code: "VALIDATION",
        message: expect.stringContaining("geen mailserver"),
      });
    expect(await t.prisma.signingLink.count()).toBe(0);
    expect(await t.prisma.outboxMail.count({ where: { kind: "signing" } })).toBe(0);

    // the trainer gives a directie an account: it is made, but its link is the admin's to hand over
    const dir = await addKeyPerson({
      actor: f.trainer,
      input: { employerId: f.employer.id, name: "Dirk Directeur", email: "dirk@voorbeeld.nl", function: "DIRECTIE" },
    });
    expect(await giveKeyPersonAccount({ actor: f.trainer, keyPersonId: dir.id })).toMatchObject({ linkVia: "admin" });
    expect(await t.prisma.outboxMail.findFirstOrThrow({ where: { kind: "account", to: "dirk@voorbeeld.nl" } })).toMatchObject({
      causedById: null,
    });
    expect((await seen(f.trainer, "dirk@voorbeeld.nl"))?.text ?? "").not.toMatch(TOKEN_URL);
    // and the page can say so precisely: nobody sees this one (the scan invitation above: someone else does)
    expect(await seen(admin, "dirk@voorbeeld.nl")).toMatchObject({ links: "hidden", linkReader: "nobody" });
    expect((await seen(admin, "dirk@voorbeeld.nl"))!.text).not.toMatch(TOKEN_URL);
    // the admin sends a new link (Beheer → Gebruikers): that admin sees it, with the warning
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: "dirk@voorbeeld.nl" } });
    await sendAccountLink({ actor: admin, userId: user.id });
    expect(await seen(admin, "dirk@voorbeeld.nl")).toMatchObject({ links: "shown" });
    expect((await seen(admin, "dirk@voorbeeld.nl"))!.text).toMatch(TOKEN_URL);
  });
});
