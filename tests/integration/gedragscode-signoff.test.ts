import { describe, expect, it } from "vitest";
import { addClause, editClause } from "@/lib/gedragscode/clauses";
import {
  confirmSigners,
  reopenCode,
  sendSigningLink,
  setSigners,
  signCode,
  signOffState,
  signWithLink,
  signingLinkView,
} from "@/lib/gedragscode/signoff";
import type { Actor } from "@/lib/auth/roles";
import { addNextStep } from "@/lib/gedragscode/next-steps";
import { setTrajectStatus } from "@/lib/planning/planning";
import { confirmOutcome, currentOutcome } from "@/lib/trajecten/outcome";
import { makeOutsiders } from "@/tests/factories";
import { withUnreachableSmtp } from "@/tests/support/smtp-mode";
import { setupTestDb } from "@/tests/support/test-db";
import { codeWithSigners as codeWithSignersIn } from "@/tests/support/code-with-signers";
import { exportOwnData } from "@/lib/privacy/own-data";
import { applyRetention } from "@/lib/privacy/retention";

// Sign-off by the employer (issue "Session 2 live", item 4) and the outcome (item 5).

const t = setupTestDb();

const codeWithSigners = () => codeWithSignersIn(t.prisma);

/** The confirmed directie confirms the list as it is (issue 20: only then can anyone sign). */
async function confirmList(directie: Actor, trajectId: string) {
  const { list } = await signOffState({ actor: directie, trajectId });
  return confirmSigners({ actor: directie, trajectId, signersHash: list.hash });
}

/** The OR member's one-time link, read from the outbox mail as they would. */
async function linkFromOutbox(to: string) {
  const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { kind: "signing", to }, orderBy: { createdAt: "desc" } });
  return mail.text.match(/\/ondertekenen\/([A-Za-z0-9_-]+)/)![1]!;
}

describe(`signing the EPA-gedragscode (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("directie, HR and OR (by link) sign the same content: then, and only then, the code is vastgesteld", async () => {
    const { f, directie, or, codeId, hash } = await codeWithSigners();
    const state = await signOffState({ actor: f.trainer, trajectId: f.traject.id });
    expect(state.signers.map((s) => s.signsAs)).toEqual(["DIRECTIE", "HR", "ONDERNEMINGSRAAD"]);
    await confirmList(directie, f.traject.id);

    expect((await signCode({ actor: directie, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true })).adopted).toBe(
      false,
    );
    await expect(
      signCode({ actor: directie, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await signCode({ actor: f.employerUser, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true });
    await withUnreachableSmtp(() => sendSigningLink({ actor: f.trainer, trajectId: f.traject.id, keyPersonId: or.id }));
    const token = await linkFromOutbox(or.email);
    const view = await signingLinkView(token);
    expect(view).toMatchObject({ name: "Olga OR", hash: await hash() });
    const done = await signWithLink({ token, contentHash: view.hash, consentToReuse: false });
    expect(done.adopted).toBe(true);
    const code = await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } });
    expect(code.status).toBe("VASTGESTELD");
    // no brackets inside brackets (issue 24): "Olga OR (OR (ondernemingsraad))" read as a typo
    expect(code.adoptedByName).toContain("Olga OR (ondernemingsraad)");
    expect(code.adoptedByName).not.toMatch(/\([^)]*\(/);
    expect(code.consentToReuse).toBe(false); // one signer said no: no anonymous reuse
    const signatures = await t.prisma.codeSignature.findMany({ where: { gedragscodeId: codeId } });
    expect(new Set(signatures.map((s) => s.contentHash))).toEqual(new Set([await hash()]));

    // the link worked once; an adopted code cannot be edited, only reopened by the directie
    await expect(signWithLink({ token, contentHash: view.hash, consentToReuse: false })).rejects.toMatchObject({
      code: "INVITE_INVALID",
    });
    await expect(
      addClause({ actor: f.trainer, input: { trajectId: f.traject.id, section: "BORGING", title: "Later", body: "Nog een afspraak." } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    for (const actor of [f.trainer, f.expert, f.employerUser])
      await expect(reopenCode({ actor, trajectId: f.traject.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await reopenCode({ actor: directie, trajectId: f.traject.id });
    expect((await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } })).status).toBe("CONCEPT");
    expect(await t.prisma.codeSignature.count({ where: { gedragscodeId: codeId, voidedAt: null } })).toBe(0);
    // issue 24: each of the three signers and the tandem are told, once each, by whom and what to do
    const notices = await t.prisma.outboxMail.findMany({
      where: { trajectId: f.traject.id, kind: "signoff", subject: { startsWith: "Opnieuw tekenen" } },
    });
    const addresses = async (...ids: string[]) =>
      (await t.prisma.user.findMany({ where: { id: { in: ids } }, select: { email: true } })).map((u) => u.email);
    expect(notices.map((m) => m.to).sort()).toEqual(
      [...(await addresses(directie.id, f.employerUser.id, f.trainer.id, f.expert.id)), or.email].sort(),
    );
    const toTrainer = notices.find((m) => m.text.includes("Wie opnieuw moet tekenen"));
    expect(toTrainer?.text).toContain(`De directie (${directie.name}) heeft de vastgestelde code heropend`);
    expect(toTrainer?.text).toContain("Olga OR");
    expect(notices.find((m) => m.to === or.email)?.text).toContain("U krijgt een nieuwe link om te tekenen");
    expect(await t.prisma.auditEvent.count({ where: { action: "gedragscode.reopen", trajectId: f.traject.id } })).toBe(1);
    // the directie's own AVG export holds their signature, voided by the reopening
    const own = JSON.parse((await exportOwnData(directie)).json);
    expect(own.codeSignatures).toEqual([expect.objectContaining({ name: directie.name, voidReason: expect.stringContaining("heropend") })]);
  });

  it("retention: the board's change log goes after two days, spent signing links after 30", async () => {
    const { f, or, directie } = await codeWithSigners();
    const { admin } = await makeOutsiders(t.prisma);
    await confirmList(directie, f.traject.id);
    await withUnreachableSmtp(() => sendSigningLink({ actor: f.trainer, trajectId: f.traject.id, keyPersonId: or.id }));
    const old = new Date(Date.now() - 40 * 86_400_000);
    await t.prisma.signingLink.updateMany({ data: { expiresAt: old } });
    await t.prisma.liveEvent.updateMany({ data: { createdAt: new Date(Date.now() - 3 * 86_400_000) } });
    await t.prisma.liveEvent.create({ data: { topic: "board", channelId: f.traject.id, data: { kind: "code", actorName: "Nu" } } });
    const result = await applyRetention({ actor: admin });
    expect(result.liveEvents).toBeGreaterThan(0);
    expect(await t.prisma.liveEvent.findMany({ select: { data: true } })).toEqual([{ data: { kind: "code", actorName: "Nu" } }]);
    expect(await t.prisma.signingLink.count()).toBe(0);
  });

  it("an edit after a signature voids it and says why; a signature on text the signer did not see is refused", async () => {
    const { f, directie, clauseId, hash } = await codeWithSigners();
    const seen = await hash();
    await confirmList(directie, f.traject.id);
    await signCode({ actor: directie, trajectId: f.traject.id, contentHash: seen, consentToReuse: true });
    const changed = await editClause({
      actor: f.expert,
      input: {
        trajectId: f.traject.id,
        clauseId,
        version: 1,
        section: "UITGANGSPUNTEN",
        title: "Rolzuiverheid",
        body: "Aangescherpte tekst.",
      },
    });
    expect(changed.voidedSignatures).toBe(1);
    // the directie is told why and how to sign again; the tandem who must sign again (issue 24)
    const notices = await t.prisma.outboxMail.findMany({
      where: { trajectId: f.traject.id, kind: "signoff", subject: { startsWith: "Opnieuw tekenen" } },
    });
    expect(notices).toHaveLength(3);
    const { email: directieEmail } = await t.prisma.user.findUniqueOrThrow({ where: { id: directie.id }, select: { email: true } });
    const toDirectie = notices.find((m) => m.to === directieEmail)!;
    expect(toDirectie.text).toContain(`${f.expert.name} heeft de tekst gewijzigd nadat er getekend was.`);
    expect(toDirectie.text).toContain("teken nog eens, na het inloggen");
    const [voided] = await t.prisma.codeSignature.findMany();
    expect(voided).toMatchObject({ voidReason: "De tekst is gewijzigd nadat er getekend was." });
    expect(voided!.voidedAt).not.toBeNull();
    await expect(
      signCode({ actor: f.employerUser, trajectId: f.traject.id, contentHash: seen, consentToReuse: true }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // next steps are not signed content: adding one voids nothing
    await signCode({ actor: directie, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true });
    await addNextStep({ actor: f.employerUser, input: { trajectId: f.traject.id, text: "Evaluatie in juni" } });
    expect(await t.prisma.codeSignature.count({ where: { voidedAt: null } })).toBe(1);
    // the state shows the voided signature of before, and the valid one
    const state = await signOffState({ actor: directie, trajectId: f.traject.id });
    const mine = state.signers.find((s) => s.isActor)!;
    expect(mine.valid).not.toBeNull();
    expect(mine.lastVoided?.voidReason).toBe("De tekst is gewijzigd nadat er getekend was.");
  });

  it("trainers and experts never sign; a user who is not a named signer is refused; signers come from this employer", async () => {
    const { f, hash, directie } = await codeWithSigners();
    const { other } = await makeOutsiders(t.prisma);
    for (const actor of [f.trainer, f.expert])
      await expect(signCode({ actor, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    const otherKp = await t.prisma.keyPerson.findFirstOrThrow({ where: { employerId: other.employer.id } });
    await expect(setSigners({ actor: f.trainer, trajectId: f.traject.id, keyPersonIds: [otherKp.id] })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    // only the OR member must sign now: HR is no longer a signer
    const or = await t.prisma.keyPerson.findFirstOrThrow({ where: { employerId: f.employer.id, function: "ONDERNEMINGSRAAD" } });
    await setSigners({ actor: f.employerUser, trajectId: f.traject.id, keyPersonIds: [or.id] });
    await expect(
      signCode({ actor: f.employerUser, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // a key person with an account signs after login, not through a link
    const hr = await t.prisma.keyPerson.findFirstOrThrow({ where: { employerId: f.employer.id, userId: f.employerUser.id } });
    const dir = await t.prisma.keyPerson.findFirstOrThrow({ where: { userId: directie.id } });
    await setSigners({ actor: f.employerUser, trajectId: f.traject.id, keyPersonIds: [or.id, hr.id, dir.id] });
    await expect(
      withUnreachableSmtp(() => sendSigningLink({ actor: f.trainer, trajectId: f.traject.id, keyPersonId: hr.id })),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await confirmList(directie, f.traject.id);
    // an expired link is refused
    await withUnreachableSmtp(() => sendSigningLink({ actor: f.trainer, trajectId: f.traject.id, keyPersonId: or.id }));
    const token = await linkFromOutbox(or.email);
    await t.prisma.signingLink.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(signingLinkView(token)).rejects.toMatchObject({ code: "INVITE_INVALID" });
    await expect(signingLinkView("onzin")).rejects.toMatchObject({ code: "INVITE_INVALID" });
    expect(await t.prisma.codeSignature.count()).toBe(0);
  });

  it("the outcome is derived at closing, confirmable by the trainer within what exists, and reset by reopening", async () => {
    const { f, directie, or, hash } = await codeWithSigners();
    await t.prisma.keyPerson.delete({ where: { id: or.id } }); // no OR at this employer
    const close = async () => {
      const { version } = await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } });
      await t.prisma.traject.update({ where: { id: f.traject.id }, data: { status: "SESSION_2_DONE" } });
      await setTrajectStatus({ actor: f.trainer, trajectId: f.traject.id, status: "CLOSED", version });
    };
    await expect(confirmOutcome({ actor: f.trainer, trajectId: f.traject.id, outcome: "AFSPRAKEN" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await close();
    expect(await currentOutcome(t.prisma, f.traject.id)).toMatchObject({
      outcome: "AFSPRAKEN",
      confirmedAt: null,
      allowed: ["AFSPRAKEN", "ALLEEN_RAPPORT"],
    });
    await expect(confirmOutcome({ actor: f.trainer, trajectId: f.traject.id, outcome: "FORMELE_CODE" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(confirmOutcome({ actor: f.employerUser, trajectId: f.traject.id, outcome: "ALLEEN_RAPPORT" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await confirmOutcome({ actor: f.trainer, trajectId: f.traject.id, outcome: "ALLEEN_RAPPORT" });
    expect((await currentOutcome(t.prisma, f.traject.id)).outcome).toBe("ALLEEN_RAPPORT");

    // the employer signs after closing: the code is adopted; reopening it resets the outcome
    const hr = await t.prisma.keyPerson.findFirstOrThrow({ where: { employerId: f.employer.id, userId: f.employerUser.id } });
    const dir = await t.prisma.keyPerson.findFirstOrThrow({ where: { userId: directie.id } });
    await setSigners({ actor: f.trainer, trajectId: f.traject.id, keyPersonIds: [hr.id, dir.id] });
    await confirmList(directie, f.traject.id);
    await signCode({ actor: directie, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true });
    await signCode({ actor: f.employerUser, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true });
    await confirmOutcome({ actor: f.trainer, trajectId: f.traject.id, outcome: "FORMELE_CODE" });
    await reopenCode({ actor: directie, trajectId: f.traject.id });
    const after = await currentOutcome(t.prisma, f.traject.id);
    expect(after).toMatchObject({ outcome: "AFSPRAKEN", confirmedAt: null });
  });
});
