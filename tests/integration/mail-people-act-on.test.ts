import { describe, expect, it } from "vitest";
import { isoDay } from "@/lib/dates";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { listOutboxForActor } from "@/lib/mail/queries";
import { trainerSignature } from "@/lib/mail/templates";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { giveKeyPersonAccount } from "@/lib/users/employer-accounts";
import { makeOutsiders, makeTraject } from "@/tests/factories";
import { startFakeSmtp } from "@/tests/support/fake-smtp";
import { withSmtpUrl } from "@/tests/support/smtp-mode";
import { setupTestDb } from "@/tests/support/test-db";

// Issue 24, item 6: mail a person can act on. The trainer's outbox lists the mail their own actions
// wrote (an account for a key person has no traject); an account mail says for which organisation and
// who had it made; a mail the trainer signs is answered to the trainer; every mail says it is automatic.

const t = setupTestDb();
const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const inDays = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));

describe(`mail a person can act on (${engine})`, () => {
  it("a key person's account mail: in the trainer's outbox (link hidden: it acts for the employer), naming the employer and the trainer", async () => {
    const f = await makeTraject(t.prisma);
    const { other } = await makeOutsiders(t.prisma);
    const person = await t.prisma.keyPerson.create({
      data: { employerId: f.employer.id, name: "Olga Oranje", email: "olga@voorbeeld.nl", function: "ONDERNEMINGSRAAD" },
    });
    await giveKeyPersonAccount({ actor: f.trainer, keyPersonId: person.id });

    const mine = (await listOutboxForActor(f.trainer)).filter((m) => m.to === "olga@voorbeeld.nl");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: "account", trajectId: null, links: "hidden", linkReader: "nobody" });
    expect(mine[0]!.text).toContain(
      `${f.trainer.name} heeft een account voor u aangemaakt bij Weerbare Werkgever, voor ${f.employer.name}.`,
    );
    // another trainer's outbox does not hold it
    expect((await listOutboxForActor(other.trainer)).some((m) => m.to === "olga@voorbeeld.nl")).toBe(false);
  });

  it("the trainer's invitation answers to the trainer; the delivered mail carries Reply-To and Auto-Submitted", async () => {
    const f = await makeTraject(t.prisma);
    const trainer = await t.prisma.user.findUniqueOrThrow({ where: { id: f.trainer.id }, select: { email: true } });
    const smtp = await startFakeSmtp();
    try {
      await withSmtpUrl(smtp.url, async () => {
        await createInvitation({
          actor: f.trainer,
          input: { trajectId: f.traject.id, name: "Gijs Groen", email: "gijs@voorbeeld.nl", function: "HR", deadline: inDays(7) },
        });
        const row = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "gijs@voorbeeld.nl" } });
        expect(row.replyTo).toBe(trainer.email);
        // the action's own delivery attempt (kickDelivery) may be the one that sends it: wait for either
        await deliverPendingMail({ smtpUrl: smtp.url });
        for (let i = 0; i < 200 && !smtp.messages.some((m) => m.to.join().includes("gijs@voorbeeld.nl")); i++)
          await new Promise((r) => setTimeout(r, 25));
      });
      const delivered = smtp.messages.find((m) => m.to.join().includes("gijs@voorbeeld.nl"));
      expect(delivered?.data).toMatch(/^Auto-Submitted: auto-generated$/m);
      expect(delivered?.data).toMatch(new RegExp(`^Reply-To: ${trainer.email.replace(/[.]/g, "\\.")}$`, "m"));
    } finally {
      await smtp.close();
    }
  });

  it("a mail signed by a trainer without their address to reply to is not written", async () => {
    await expect(
      enqueueMail({
        kind: "tandem",
        to: "x@voorbeeld.nl",
        subject: "Vraag",
        text: `Groet,\nTom, ${trainerSignature("Voorbeeldorganisatie")}`,
        causedBy: null,
      }),
    ).rejects.toThrow(/replyTo/);
    expect(await t.prisma.outboxMail.count()).toBe(0);
  });
});
