import { describe, expect, it } from "vitest";
import { SCHEDULER } from "@/lib/auth/roles";
import { editClause } from "@/lib/gedragscode/clauses";
import { mailAdoptedCode, sendDueAdoptionMails } from "@/lib/gedragscode/adoption-mail";
import { confirmSigners, reopenCode, signCode, signOffState, signWithLink, signingLinkView } from "@/lib/gedragscode/signoff";
import { requestSignatures, sendSigningReminders } from "@/lib/gedragscode/signing-requests";
import { deliverPendingMail } from "@/lib/mail/deliver";
import type { SendMailOptions } from "nodemailer";
import { employerTasks } from "@/lib/tasks/employer";
import { trainerTasks } from "@/lib/tasks/trainer";
import { codeWithSigners } from "@/tests/support/code-with-signers";
import { withUnreachableSmtp } from "@/tests/support/smtp-mode";
import { setupTestDb } from "@/tests/support/test-db";

// Issue 24, item 4: signers are asked ("Klaar om te tekenen"), reminded, and given the result (the
// adopted code as a PDF, stored with the mail in the outbox).

const t = setupTestDb();
const DAY = 86_400_000;

async function readyCode() {
  const code = await codeWithSigners(t.prisma);
  const { f, directie } = code;
  await t.prisma.traject.update({ where: { id: f.traject.id }, data: { status: "SESSION_2_DONE" } });
  const confirm = async () => {
    const { list } = await signOffState({ actor: directie, trajectId: f.traject.id });
    await confirmSigners({ actor: directie, trajectId: f.traject.id, signersHash: list.hash });
  };
  return { ...code, confirm };
}

const emailOf = async (a: { id: string }) => (await t.prisma.user.findUniqueOrThrow({ where: { id: a.id } })).email;
const mailsTo = (trajectId: string, to: string) =>
  t.prisma.outboxMail.findMany({ where: { trajectId, to: { equals: to, mode: "insensitive" } }, orderBy: { createdAt: "asc" } });
const tokenIn = (text: string) => text.match(/\/ondertekenen\/([A-Za-z0-9_-]{43})/)?.[1] ?? null;
const taskKeys = async (tasks: Promise<{ key: string }[]>, trajectId: string) =>
  (await tasks).filter((x) => x.key.startsWith(`${trajectId}:`)).map((x) => x.key.slice(trajectId.length + 1));

describe(`"Klaar om te tekenen": requests, reminders and the adopted code by mail (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("waits for the directie's list, then asks each signer the right way, once; their home page shows it", async () => {
    const { f, directie, or, codeId, confirm } = await readyCode();
    await expect(requestSignatures({ actor: f.trainer, trajectId: f.traject.id })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } })).signingRequestedAt).toBeNull();
    expect(await taskKeys(trainerTasks(f.trainer), f.traject.id)).toContain("signers");

    await confirm();
    expect(await taskKeys(trainerTasks(f.trainer), f.traject.id)).toContain("request-signatures");
    // the list counts, but the text is not called ready: nobody is asked to sign yet
    expect(await taskKeys(employerTasks(f.employerUser), f.traject.id)).not.toContain("sign");

    const result = await withUnreachableSmtp(() => requestSignatures({ actor: f.expert, trajectId: f.traject.id }));
    expect(result.asked.sort()).toEqual([directie.name, f.employerUser.name, "Olga OR"].sort());
    expect(result.notAsked).toEqual([]);
    // an account holder: a mail to the code's page (after login), no link that acts by itself
    const [toHr] = await mailsTo(f.traject.id, await emailOf(f.employerUser));
    expect(toHr!.subject).toBe(`Ondertekenen: de EPA-gedragscode van ${f.employer.name}`);
    expect(toHr!.text).toContain(`/trajecten/${f.traject.id}/gedragscode#ondertekening`);
    expect(tokenIn(toHr!.text)).toBeNull();
    // without an account: a one-time signing link
    const [toOr] = await mailsTo(f.traject.id, or.email);
    expect(toOr!.kind).toBe("signing");
    expect(await signingLinkView(tokenIn(toOr!.text)!)).toMatchObject({ name: "Olga OR" });

    const code = await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } });
    expect(code.signingRequestedByName).toBe(f.expert.name);
    expect(await t.prisma.codeSigner.count({ where: { gedragscodeId: codeId, requestedAt: { not: null } } })).toBe(3);
    expect(await taskKeys(employerTasks(f.employerUser), f.traject.id)).toContain("sign");
    expect(await taskKeys(trainerTasks(f.trainer), f.traject.id)).toContain("signatures");
    // once: a second press says so and sends nothing
    const before = await t.prisma.outboxMail.count();
    await expect(requestSignatures({ actor: f.trainer, trajectId: f.traject.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.prisma.outboxMail.count()).toBe(before);
    // the employer does not set the tandem's text ready
    await expect(requestSignatures({ actor: f.employerUser, trajectId: f.traject.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("without a mail server, someone without an account is not asked, and the page says why", async () => {
    const { f, confirm } = await readyCode();
    await confirm();
    const result = await requestSignatures({ actor: f.trainer, trajectId: f.traject.id });
    expect(result.notAsked).toEqual(["Olga OR heeft geen account, en zonder mailserver gaat er geen ondertekenlink uit."]);
    expect(result.asked).toHaveLength(2);
    const state = await signOffState({ actor: f.trainer, trajectId: f.traject.id });
    expect(state.requested?.byName).toBe(f.trainer.name);
    expect(state.signers.find((s) => s.keyPerson.name === "Olga OR")?.notAskedBecause).toContain("geen account");
  });

  it("reminds whoever has not signed after the interval, twice at most, on one instance or several; a reminder's link replaces the first", async () => {
    const { f, or, codeId, hash, confirm } = await readyCode();
    await confirm();
    await withUnreachableSmtp(() => requestSignatures({ actor: f.trainer, trajectId: f.traject.id }));
    const firstLink = tokenIn((await mailsTo(f.traject.id, or.email))[0]!.text)!;
    await signCode({ actor: f.employerUser, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true });

    expect((await withUnreachableSmtp(() => sendSigningReminders({ actor: SCHEDULER, now: new Date(Date.now() + DAY) }))).sent).toBe(0);
    const later = new Date(Date.now() + 5 * DAY);
    // two instances at once: each reminder goes once
    const runs = await withUnreachableSmtp(() =>
      Promise.all([sendSigningReminders({ actor: SCHEDULER, now: later }), sendSigningReminders({ actor: SCHEDULER, now: later })]),
    );
    expect(runs[0].sent + runs[1].sent).toBe(2); // the directie and the OR; HR signed
    const orMails = await mailsTo(f.traject.id, or.email);
    expect(orMails.map((m) => m.subject)).toEqual([
      `Ondertekenen: de EPA-gedragscode van ${f.employer.name}`,
      `Herinnering: ondertekenen: de EPA-gedragscode van ${f.employer.name}`,
    ]);
    expect(orMails[1]!.text).toContain("vervangt de link die u eerder kreeg");
    await expect(signingLinkView(firstLink)).rejects.toMatchObject({ code: "INVITE_INVALID" });
    expect(await signingLinkView(tokenIn(orMails[1]!.text)!)).toMatchObject({ name: "Olga OR" });
    expect(await mailsTo(f.traject.id, await emailOf(f.employerUser))).toHaveLength(1); // asked once, signed, never reminded

    expect((await withUnreachableSmtp(() => sendSigningReminders({ actor: SCHEDULER, now: later }))).sent).toBe(0);
    expect((await withUnreachableSmtp(() => sendSigningReminders({ actor: SCHEDULER, now: new Date(Date.now() + 10 * DAY) }))).sent).toBe(
      2,
    );
    expect((await withUnreachableSmtp(() => sendSigningReminders({ actor: SCHEDULER, now: new Date(Date.now() + 20 * DAY) }))).sent).toBe(
      0,
    );
    expect((await t.prisma.codeSigner.findMany({ where: { gedragscodeId: codeId } })).map((s) => s.reminders).sort()).toEqual([0, 2, 2]);
  });

  it("an edit that voids a signature takes the ready mark away; the tandem sets it again and everyone not signed is asked", async () => {
    const { f, codeId, clauseId, hash, confirm } = await readyCode();
    await confirm();
    await requestSignatures({ actor: f.trainer, trajectId: f.traject.id });
    await signCode({ actor: f.employerUser, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true });
    const clause = await t.prisma.gedragscodeClause.findUniqueOrThrow({ where: { id: clauseId } });
    await editClause({
      actor: f.trainer,
      input: {
        trajectId: f.traject.id,
        clauseId,
        version: clause.version,
        section: "UITGANGSPUNTEN",
        title: "Rolzuiverheid",
        body: "We vragen naar wat iemand nodig heeft in het werk.",
      },
    });
    const code = await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } });
    expect(code.signingRequestedAt).toBeNull();
    expect(await taskKeys(trainerTasks(f.trainer), f.traject.id)).toContain("request-signatures");
    expect(await taskKeys(employerTasks(f.employerUser), f.traject.id)).not.toContain("sign");
    const toTrainer = (await mailsTo(f.traject.id, await emailOf(f.trainer))).find((m) => m.subject.startsWith("Opnieuw tekenen"));
    expect(toTrainer?.text).toContain("zet de code dan opnieuw klaar om te tekenen");
    const again = await requestSignatures({ actor: f.trainer, trajectId: f.traject.id });
    expect(again.asked).toContain(f.employerUser.name);
  });

  it("once adopted, every signer and the tandem get the code as a PDF, once, stored with the mail and sent with it", async () => {
    const { f, directie, or, codeId, hash, confirm } = await readyCode();
    await confirm();
    await withUnreachableSmtp(async () => {
      await requestSignatures({ actor: f.trainer, trajectId: f.traject.id });
      await signCode({ actor: directie, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true });
      await signCode({ actor: f.employerUser, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true });
      const token = tokenIn((await mailsTo(f.traject.id, or.email))[0]!.text)!;
      expect((await signWithLink({ token, contentHash: await hash(), consentToReuse: true })).adopted).toBe(true);
    });
    const adopted = await t.prisma.outboxMail.findMany({
      where: { trajectId: f.traject.id, subject: { startsWith: "Vastgesteld" } },
      include: { attachments: true },
    });
    expect(adopted.map((m) => m.to).sort()).toEqual(
      [...(await Promise.all([directie, f.employerUser, f.trainer, f.expert].map(emailOf))), or.email].map((e) => e.toLowerCase()).sort(),
    );
    for (const m of adopted) {
      expect(m.attachments).toHaveLength(1);
      expect(m.attachments[0]!.fileName).toMatch(/^gedragscode-.*\.pdf$/);
      expect(Buffer.from(m.attachments[0]!.content).subarray(0, 5).toString()).toBe("%PDF-");
      expect(m.attachments[0]!.size).toBe(m.attachments[0]!.content.byteLength);
      expect(m.text).toContain(m.attachments[0]!.fileName);
    }
    expect((await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } })).adoptionMailedAt).not.toBeNull();
    expect(await mailAdoptedCode(f.traject.id)).toBe(0); // once
    expect(await sendDueAdoptionMails()).toBe(0);

    // delivery sends the stored file along
    const sent: SendMailOptions[] = [];
    await deliverPendingMail({
      smtpUrl: "smtp://fake",
      transport: { sendMail: async (m) => sent.push(m), close: () => {} },
      limit: 100,
      retryAfterMs: 0, // the action's own try went to the unreachable server
    });
    const toOr = sent.find((m) => m.to === or.email.toLowerCase() && String(m.subject).startsWith("Vastgesteld"));
    expect(toOr?.attachments).toEqual([
      expect.objectContaining({ contentType: "application/pdf", filename: adopted[0]!.attachments[0]!.fileName }),
    ]);
  });

  it("an adoption whose mail did not go (a crash right after) is sent by the scheduler's sweep; a reopened code is not", async () => {
    const { f, directie, codeId, hash, confirm } = await readyCode();
    await t.prisma.keyPerson.deleteMany({ where: { employerId: f.employer.id, function: "ONDERNEMINGSRAAD" } });
    await confirm();
    await signCode({ actor: directie, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true });
    await signCode({ actor: f.employerUser, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true });
    await t.prisma.outboxMail.deleteMany({ where: { trajectId: f.traject.id, subject: { startsWith: "Vastgesteld" } } });
    await t.prisma.gedragscode.update({ where: { id: codeId }, data: { adoptionMailedAt: null } });
    expect(await sendDueAdoptionMails()).toBeGreaterThanOrEqual(4);
    expect(await t.prisma.outboxMail.count({ where: { trajectId: f.traject.id, subject: { startsWith: "Vastgesteld" } } })).toBe(4);

    await reopenCode({ actor: directie, trajectId: f.traject.id });
    expect((await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } })).adoptionMailedAt).toBeNull();
    expect(await mailAdoptedCode(f.traject.id)).toBe(0);
  });
});
