import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbox";
import { signatureVoidedMail } from "@/lib/mail/templates";
import { clearSigningRequest } from "./signing-requests";
import { employerAndTandem } from "./tandem-of";

// A signature counts only for the exact text it was given for. When an edit or the directie's reopening
// voids signatures, nobody should find out by accident (issue 24): each signer whose signature no longer
// counts hears why and what to do, and the tandem hears who must sign again. One mail per person, in the
// transaction of the change, so a rolled-back edit tells nobody anything.

/**
 * Voids every signature that still counts on the code, with `reason` (kept with the signature); tells
 * the signers and the tandem what happened in `told` (a sentence naming who did it).
 */
export async function voidSignaturesAndTell(
  tx: Tx,
  { actor, trajectId, codeId, reason, told }: { actor: Actor; trajectId: string; codeId: string; reason: string; told: string },
): Promise<number> {
  const counting = await tx.codeSignature.findMany({
    where: { gedragscodeId: codeId, voidedAt: null },
    select: { name: true, sentTo: true, signer: { select: { keyPerson: { select: { email: true, userId: true } } } } },
  });
  if (counting.length === 0) return 0;
  await tx.codeSignature.updateMany({
    where: { gedragscodeId: codeId, voidedAt: null },
    data: { voidedAt: new Date(), voidReason: reason },
  });
  // the text changed under the signatures: it is no longer "klaar om te tekenen" until the tandem says so again
  await clearSigningRequest(tx, codeId);

  const { employerName, tandem } = await employerAndTandem(tx, trajectId);
  const url = `${env().APP_URL}/trajecten/${trajectId}/gedragscode#ondertekening`;
  const names = counting.map((s) => s.name);
  const base = { employerName, told, url, signers: names };
  const sent = new Set<string>();
  const tell = async (to: string, mail: { subject: string; text: string }) => {
    if (sent.has(to)) return;
    sent.add(to);
    await enqueueMail({ trajectId, kind: "signoff", to, ...mail, causedBy: actor }, tx);
  };
  for (const s of counting) {
    // the address they signed with (a link), else their key person's
    const to = s.sentTo ?? s.signer.keyPerson.email;
    await tell(
      to,
      signatureVoidedMail({ ...base, name: s.name, audience: s.signer.keyPerson.userId ? "signerWithAccount" : "signerByLink" }),
    );
  }
  for (const person of tandem) await tell(person.email, signatureVoidedMail({ ...base, name: person.name, audience: "tandem" }));
  return counting.length;
}
