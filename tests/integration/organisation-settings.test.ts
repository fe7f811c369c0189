import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { deliverPendingMail, type MailTransport } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { DEFAULT_ORGANISATION } from "@/lib/organisation/defaults";
import {
  readOrganisation,
  readOrganisationLogo,
  removeOrganisationLogo,
  saveOrganisation,
  setOrganisationLogo,
} from "@/lib/organisation/settings";
import { renderReportForActor } from "@/lib/report/download";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { sessionIcsForActor } from "@/lib/sessions/calendar-file";
import { syncSessionCalendar } from "@/lib/sessions/calendar-sync";
import { issueAccountLink } from "@/lib/users/account-tokens";
import { LOGO_JPEG, LOGO_PNG, logoFile, makeOutsiders, makeTraject, makeUser, type TrajectFixture } from "@/tests/factories";
import { pdfStructure, structElements } from "@/tests/support/pdf-structure";
import { setupTestDb } from "@/tests/support/test-db";

// Issue 25 item 5 (ADR 025): the organisation's settings, read wherever the app names it. After the
// admin saves them, a mail's text, From and Reply-To, the calendar's PRODID and the report carry the
// new names (a trainer-signed mail keeps Reply-To the trainer); without saved settings, today's texts.

const t = setupTestDb();
const DAY = 86_400_000;
const inDays = (n: number) => isoDay(new Date(Date.now() + n * DAY));

const NEW = {
  ...DEFAULT_ORGANISATION,
  programmeName: "Sterk Werkgeverschap",
  name: "Samen aan het Werk",
  shortName: "SahW",
  ownerName: "Stichting Inclusie",
  initiativeLine: "Een programma van Stichting Inclusie en Samen aan het Werk.",
  contactEmail: "info@samenwerk.nl",
  contactPhone: "030 123 45 67",
  website: "https://samenwerk.nl",
  mailFromName: "Sterk Werkgeverschap",
  mailFromAddress: "post@samenwerk.nl",
  replyToAddress: "vragen@samenwerk.nl",
};
const OLD_NAMES = /Onbeperkt aan de Slag|ECIO|Platform Werk Inclusief/;

async function withSession(f: TrajectFixture) {
  await t.prisma.trajectSession.update({
    where: { trajectId_number: { trajectId: f.traject.id, number: 1 } },
    data: { scheduledAt: new Date(`${inDays(20)}T09:00:00Z`), endsAt: new Date(`${inDays(20)}T12:00:00Z`), location: "Kantoor" },
  });
}

/** The mails to `to` (enqueued without SMTP: STORED) delivered through a capturing transport. */
async function deliver(to: string[]) {
  await t.prisma.outboxMail.updateMany({ where: { to: { in: to } }, data: { status: "PENDING" } });
  const sent: Parameters<MailTransport["sendMail"]>[0][] = [];
  await deliverPendingMail({ transport: { sendMail: async (m) => void sent.push(m), close: () => {} } });
  return sent;
}

async function report(f: TrajectFixture) {
  const { pdf } = await renderReportForActor({ actor: f.trainer, trajectId: f.traject.id });
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const { text } = await parser.getText();
    const info = await parser.getInfo();
    return { pdf, text: text.replace(/\s+/g, " "), author: String(info.info?.Author ?? "") };
  } finally {
    await parser.destroy();
  }
}

describe(`organisation settings (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("without saved settings: today's texts in the mails, the calendar and the report", async () => {
    const f = await makeTraject(t.prisma);
    await withSession(f);
    expect(await readOrganisation()).toMatchObject({ ...DEFAULT_ORGANISATION, saved: false, version: 1 });

    await createInvitation({
      actor: f.trainer,
      input: { trajectId: f.traject.id, name: "Gijs Groen", email: "gijs@voorbeeld.nl", function: "HR", deadline: inDays(7) },
    });
    const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "gijs@voorbeeld.nl" } });
    expect(mail.text).toContain(`${f.trainer.name}, trainer bij Onbeperkt aan de Slag`);
    const test = await enqueueMail({ kind: "test", to: "test@voorbeeld.nl", subject: "Test", text: "Een test." });
    expect(test.replyTo).toBeNull();

    const { ics } = await sessionIcsForActor({ actor: f.trainer, trajectId: f.traject.id, number: 1 });
    expect(ics).toMatch(/^PRODID:-\/\/Onbeperkt aan de Slag\/\/Weerbare Werkgever\/\/NL\r?$/m);

    const { text, author, pdf } = await report(f);
    expect(text).toContain("Een initiatief van ECIO en Onbeperkt aan de Slag, binnen het Platform Werk Inclusief Beperking.");
    expect(text).toContain(
      "Weerbare Werkgever is een initiatief van ECIO en Onbeperkt aan de Slag, binnen het Platform Werk Inclusief Beperking.",
    );
    expect(text).toContain(`${f.trainer.name} (trainer, Onbeperkt aan de Slag)`);
    expect(author).toBe("Weerbare Werkgever (ECIO en Onbeperkt aan de Slag)");
    expect(Buffer.from(pdf).includes("Logo van")).toBe(false);
  });

  it("after the admin saves them: the new names in mails (From, Reply-To), the calendar's PRODID and the report with its logo", async () => {
    const f = await makeTraject(t.prisma);
    const { admin } = await makeOutsiders(t.prisma);
    await withSession(f);
    const trainer = await t.prisma.user.findUniqueOrThrow({ where: { id: f.trainer.id }, select: { email: true } });
    const before = (await report(f)).pdf;
    await saveOrganisation({ actor: admin, input: { ...NEW, version: 1 } });
    await setOrganisationLogo({ actor: admin, input: { version: 2, file: logoFile() } });
    expect(await readOrganisation()).toMatchObject({ ...NEW, saved: true, version: 3, hasLogo: true });

    // a mail the trainer signs names the new organisation and keeps Reply-To the trainer
    await createInvitation({
      actor: f.trainer,
      input: { trajectId: f.traject.id, name: "Gijs Groen", email: "gijs@voorbeeld.nl", function: "HR", deadline: inDays(7) },
    });
    const signed = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "gijs@voorbeeld.nl" } });
    expect(signed.text).toContain(`${f.trainer.name}, trainer bij Samen aan het Werk`);
    expect(signed.text).not.toMatch(OLD_NAMES);
    expect(signed.replyTo).toBe(trainer.email);
    // a mail no trainer signs: the organisation's reply address; an account mail names the organisation
    const newTrainer = await makeUser(t.prisma, "TRAINER");
    await issueAccountLink(db(), newTrainer, "welcome", admin);
    const account = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: newTrainer.email } });
    expect(account.text).toContain("Samen aan het Werk");
    expect(account.text).not.toMatch(OLD_NAMES);
    expect(account.replyTo).toBe("vragen@samenwerk.nl");

    const sent = await deliver(["gijs@voorbeeld.nl", newTrainer.email]);
    expect(sent).toHaveLength(2);
    for (const m of sent) expect(m.from).toEqual({ name: "Sterk Werkgeverschap", address: "post@samenwerk.nl" });
    expect(sent.find((m) => m.to === "gijs@voorbeeld.nl")?.replyTo).toBe(trainer.email);
    expect(sent.find((m) => m.to === newTrainer.email)?.replyTo).toBe("vragen@samenwerk.nl");

    const { ics } = await sessionIcsForActor({ actor: f.trainer, trajectId: f.traject.id, number: 1 });
    expect(ics).toMatch(/^PRODID:-\/\/Samen aan het Werk\/\/Sterk Werkgeverschap\/\/NL\r?$/m);
    expect(ics).not.toMatch(OLD_NAMES);
    // the invitation the expert gets in a mail: the same PRODID, signed by the trainer, answered to the trainer
    const session = await t.prisma.trajectSession.findFirstOrThrow({ where: { trajectId: f.traject.id, number: 1 } });
    await db().$transaction((tx) => syncSessionCalendar(tx, session.id, { meetingChanged: true }));
    const expert = await t.prisma.user.findUniqueOrThrow({ where: { id: f.expert.id }, select: { email: true } });
    const invitation = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: expert.email, kind: "calendar" } });
    expect(invitation.calendar).toMatch(/^PRODID:-\/\/Samen aan het Werk\/\/Sterk Werkgeverschap\/\/NL\r?$/m);
    expect(invitation.text).toContain(`${f.trainer.name}, trainer bij Samen aan het Werk`);
    expect(invitation.replyTo).toBe(trainer.email);

    const { text, author, pdf } = await report(f);
    expect(text).toContain("Een programma van Stichting Inclusie en Samen aan het Werk.");
    expect(text).toContain("Sterk Werkgeverschap is een programma van Stichting Inclusie en Samen aan het Werk.");
    expect(text).toContain(`${f.trainer.name} (trainer, Samen aan het Werk)`);
    expect(text).toContain("info@samenwerk.nl");
    expect(text).not.toMatch(OLD_NAMES);
    expect(author).toBe("Sterk Werkgeverschap (Stichting Inclusie en Samen aan het Werk)");
    // the logo: one more Figure than before, with its alternative text
    expect(structElements(pdfStructure(pdf), "Figure").length).toBe(structElements(pdfStructure(before), "Figure").length + 1);
    expect(Buffer.from(pdf).includes("Logo van Samen aan het Werk")).toBe(true);
  });

  it("two admins saving at once: the second is a conflict, not an overwrite", async () => {
    const { admin } = await makeOutsiders(t.prisma);
    await saveOrganisation({ actor: admin, input: { ...NEW, version: 1 } });
    await expect(saveOrganisation({ actor: admin, input: { ...NEW, name: "Iets anders", version: 1 } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(removeOrganisationLogo({ actor: admin, input: { version: 1 } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await readOrganisation()).name).toBe("Samen aan het Werk");
    const log = await t.prisma.auditEvent.findMany({ where: { action: { startsWith: "organisation." } } });
    expect(log.map((e) => e.action)).toEqual(["organisation.update"]);
  });

  it("a logo is a PNG or JPEG by its bytes, readable, and removable", async () => {
    const { admin } = await makeOutsiders(t.prisma);
    const gif = new TextEncoder().encode("GIF89a\x01\x00\x01\x00");
    await expect(setOrganisationLogo({ actor: admin, input: { version: 1, file: logoFile(gif, "logo.png") } })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "Het logo moet een PNG- of JPEG-bestand zijn.",
    });
    // a PNG's first bytes with a broken rest: refused, not stored (pdfkit would choke on it in the report)
    const broken = new Uint8Array([...LOGO_PNG.subarray(0, 8), 0xc9]);
    await expect(setOrganisationLogo({ actor: admin, input: { version: 1, file: logoFile(broken) } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await t.prisma.organisation.count()).toBe(0);

    await setOrganisationLogo({ actor: admin, input: { version: 1, file: logoFile() } });
    expect((await readOrganisation()).hasLogo).toBe(true);
    // the row was made from the defaults: the texts stay today's
    expect(await readOrganisation()).toMatchObject(DEFAULT_ORGANISATION);
    await removeOrganisationLogo({ actor: admin, input: { version: 2 } });
    expect(await readOrganisation()).toMatchObject({ hasLogo: false, version: 3 });
    // a JPEG too; one cut short is refused
    await expect(
      setOrganisationLogo({ actor: admin, input: { version: 3, file: logoFile(LOGO_JPEG.subarray(0, 200), "logo.jpg") } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await setOrganisationLogo({ actor: admin, input: { version: 3, file: logoFile(LOGO_JPEG, "logo.jpg") } });
    expect(await readOrganisationLogo()).toMatchObject({ type: "image/jpeg" });
  });
});
