import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { publish } from "@/lib/live/events";
import { adoptIfComplete, assertConcept, codeOf, confirmListInTx, ensureSigners, recordSignature, type CodeFacts } from "./signer-list";
import type { Tx } from "@/lib/db";
import { voidSignaturesAndTell } from "./void-signatures";
import { afterAdoption } from "./adoption-mail";
import { clearSigningRequest } from "./signing-requests";

// The code is the employer's own (issue "Session 2 live", item 4; issue 20). The tandem or an employer
// user proposes who signs for the employer (default: directie, HR and the OR, from the key persons); the
// list takes effect once a confirmed directie confirmed it, here or on their own signing page. Each signs
// with their own account, or through a one-time link (./signing-links.ts) for a key person without one.
// A signature records the SHA-256 of the exact content signed and the signer's name and function from
// their record; the code is adopted (vastgesteld) once every listed signer signed the content as it is,
// a confirmed directie and, where the employer has an OR, the OR among them (./signer-list.ts). Only the
// confirmed directie reopens it; reopening voids the signatures.

export { DEFAULT_SIGNER_FUNCTIONS } from "./signer-list";
export { SIGNING_LINK_DAYS, sendSigningLink, signWithLink, signingLinkView } from "./signing-links";
export { signOffState } from "./signoff-state";

/**
 * One step of the sign-off in one transaction on the locked code: the change, then adoption if it
 * completed the signatures, and the board told. After the commit, an adopted code is mailed.
 */
async function signoffStep(trajectId: string, actorName: string, change: (tx: Tx, code: CodeFacts) => Promise<void>) {
  const result = await db().$transaction(async (tx) => {
    const code = await codeOf(tx, trajectId);
    assertConcept(code);
    await change(tx, code);
    const adopted = await adoptIfComplete(tx, code, actorName);
    await publish(tx, "board", trajectId, { kind: "signoff", actorName });
    return { adopted };
  });
  await afterAdoption(trajectId, result.adopted);
  return result;
}

/** Proposes who must sign, from the employer's key persons; it counts once the directie confirms this list. */
export async function setSigners({ actor, trajectId, keyPersonIds }: { actor: Actor; trajectId: string; keyPersonIds: string[] }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:signers" });
  return signoffStep(trajectId, actor.name, async (tx, code) => {
    const persons = await tx.keyPerson.findMany({ where: { id: { in: keyPersonIds }, employerId: code.employerId } });
    if (persons.length !== new Set(keyPersonIds).size)
      throw new AppError("VALIDATION", "Kies sleutelpersonen van deze werkgever.", {
        signers: ["Kies sleutelpersonen van deze werkgever."],
      });
    await tx.codeSigner.deleteMany({ where: { gedragscodeId: code.id, keyPersonId: { notIn: keyPersonIds } } });
    for (const p of persons)
      await tx.codeSigner.upsert({
        where: { gedragscodeId_keyPersonId: { gedragscodeId: code.id, keyPersonId: p.id } },
        create: { gedragscodeId: code.id, keyPersonId: p.id, signsAs: p.function },
        update: { signsAs: p.function },
      });
    await tx.gedragscode.update({ where: { id: code.id }, data: { signersProposedByName: actor.name } });
    await recordAudit(
      {
        actor,
        action: "gedragscode.signers",
        entityType: "Gedragscode",
        entityId: code.id,
        trajectId,
        data: { signers: keyPersonIds.length },
      },
      tx,
    );
  });
}

/** The confirmed directie confirms the list they see (its hash): from then on it can be signed. */
export async function confirmSigners({ actor, trajectId, signersHash }: { actor: Actor; trajectId: string; signersHash: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:confirmSigners" });
  return signoffStep(trajectId, actor.name, async (tx, code) => {
    await ensureSigners(tx, code);
    await confirmListInTx(tx, code, signersHash, actor.name);
    await recordAudit({ actor, action: "gedragscode.confirmSigners", entityType: "Gedragscode", entityId: code.id, trajectId }, tx);
  });
}

/** An employer user signs with their own account, when they are on the confirmed list. */
export async function signCode({
  actor,
  trajectId,
  contentHash,
  consentToReuse,
}: {
  actor: Actor;
  trajectId: string;
  contentHash: string;
  consentToReuse: boolean;
}) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:sign" });
  return signoffStep(trajectId, actor.name, async (tx, code) => {
    await ensureSigners(tx, code);
    const signer = await tx.codeSigner.findFirst({
      where: { gedragscodeId: code.id, keyPerson: { userId: actor.id } },
      include: { keyPerson: true },
    });
    if (!signer) throw new AppError("FORBIDDEN", "U staat niet bij de mensen die namens de werkgever tekenen.");
    await recordSignature(tx, code, signer, { userId: actor.id, sentTo: null, contentHash, consentToReuse });
    await recordAudit(
      { actor, action: "gedragscode.sign", entityType: "Gedragscode", entityId: code.id, trajectId, data: { signer: signer.id } },
      tx,
    );
  });
}

/** Only the employer's confirmed directie reopens an adopted code: the signatures are voided, the outcome reset, and it is audited. */
export async function reopenCode({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:reopen" });
  await db().$transaction(async (tx) => {
    const code = await codeOf(tx, trajectId);
    if (code.status !== "VASTGESTELD") throw new AppError("CONFLICT", "De code is geen vastgestelde code; er is niets te heropenen.");
    await tx.gedragscode.update({
      where: { id: code.id },
      data: { status: "CONCEPT", adoptedAt: null, adoptedByName: null, consentToReuse: false },
    });
    await voidSignaturesAndTell(tx, {
      actor,
      trajectId,
      codeId: code.id,
      reason: `De directie (${actor.name}) heeft de code heropend.`,
      told: `De directie (${actor.name}) heeft de vastgestelde code heropend om hem te wijzigen.`,
    });
    await clearSigningRequest(tx, code.id);
    await tx.traject.update({ where: { id: trajectId }, data: { outcome: null, outcomeConfirmedAt: null } });
    await recordAudit({ actor, action: "gedragscode.reopen", entityType: "Gedragscode", entityId: code.id, trajectId }, tx);
    await publish(tx, "board", trajectId, { kind: "signoff", actorName: actor.name });
  });
}
