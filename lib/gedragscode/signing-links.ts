import "server-only";
import { db } from "@/lib/db";
import type { Actor, SystemActor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { publish } from "@/lib/live/events";
import { env } from "@/lib/env";
import { newLinkToken, resolveLinkToken } from "@/lib/link-tokens";
import { noSigningLinkWithoutSmtp } from "@/lib/mail/credentials";
import { readOrganisation } from "@/lib/organisation/settings";
import { ownerLabel } from "@/lib/organisation/texts";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { signingLinkMail } from "@/lib/mail/templates";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";
import type { Tx } from "@/lib/db";
import { currentContent } from "./content";
import {
  LIST_NOT_CONFIRMED,
  adoptIfComplete,
  assertConcept,
  codeOf,
  confirmListInTx,
  ensureSigners,
  listState,
  recordSignature,
  type CodeFacts,
} from "./signer-list";
import { isConfirmedDirectie } from "./signer-rules";
import { afterAdoption } from "./adoption-mail";

// A one-time signing link for a listed key person without an account. Links go out only once the
// directie confirmed the list, except to a confirmed directie: their page shows the list, and signing
// there confirms it. The link records the address it was sent to; the page and the signature show it.

export const SIGNING_LINK_DAYS = 14;
const LINK_INVALID =
  "Deze ondertekenlink werkt niet (meer): hij is al gebruikt, vervangen of verlopen. Vraag de trainer of HR om een nieuwe.";

/**
 * Sends (or replaces) the link through the outbox. Only with a mail server: without one the outbox is
 * the delivery, and whoever read the link there could sign as the employer (lib/mail/credentials.ts).
 */
export async function sendSigningLink({ actor, trajectId, keyPersonId }: { actor: Actor; trajectId: string; keyPersonId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:signers" });
  if (!env().SMTP_URL) throw new AppError("VALIDATION", noSigningLinkWithoutSmtp(ownerLabel(await readOrganisation())));
  await db().$transaction(async (tx) => {
    const code = await codeOf(tx, trajectId);
    assertConcept(code);
    await ensureSigners(tx, code);
    const signer = await tx.codeSigner.findFirst({
      where: { keyPersonId, gedragscodeId: code.id },
      include: { keyPerson: true, gedragscode: { select: { traject: { select: { employer: { select: { name: true } } } } } } },
    });
    if (!signer) throw notFound("Deze ondertekenaar");
    const person = signer.keyPerson;
    if (person.userId) throw new AppError("VALIDATION", `${person.name} heeft een account en tekent na inloggen.`);
    if (person.function === "DIRECTIE" && !isConfirmedDirectie(person))
      throw new AppError("VALIDATION", `${person.name} is nog niet door de werkgever als directie bevestigd en krijgt nog geen link.`);
    if (!isConfirmedDirectie(person) && !(await listState(tx, code)).inEffect) throw new AppError("VALIDATION", LIST_NOT_CONFIRMED);
    await issueSigningLink(tx, {
      trajectId,
      signerId: signer.id,
      person,
      employerName: signer.gedragscode.traject.employer.name,
      senderName: actor.name,
      causedBy: actor,
    });
    await recordAudit({ actor, action: "gedragscode.signingLink", entityType: "CodeSigner", entityId: signer.id, trajectId }, tx);
  });
  kickDelivery();
}

/**
 * A new one-time link for a signer without an account, replacing any unused one, mailed through the
 * outbox in the caller's transaction. The caller checked that it may go (a mail server, the list).
 */
export async function issueSigningLink(
  tx: Tx,
  d: {
    trajectId: string;
    signerId: string;
    person: { name: string; email: string };
    employerName: string;
    senderName: string;
    causedBy: Actor | SystemActor;
    reminder?: boolean;
  },
) {
  await tx.signingLink.deleteMany({ where: { signerId: d.signerId, usedAt: null } });
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(Date.now() + SIGNING_LINK_DAYS * 86_400_000);
  await tx.signingLink.create({ data: { signerId: d.signerId, tokenHash, sentTo: d.person.email, expiresAt } });
  const mail = signingLinkMail({
    name: d.person.name,
    employerName: d.employerName,
    senderName: d.senderName,
    url: `${env().APP_URL}/ondertekenen/${token}`,
    days: SIGNING_LINK_DAYS,
    reminder: d.reminder,
  });
  await enqueueMail({ trajectId: d.trajectId, kind: "signing", to: d.person.email, ...mail, causedBy: d.causedBy }, tx);
}

async function linkOf(client: Tx, token: string) {
  const link = await resolveLinkToken(token, (tokenHash) =>
    client.signingLink.findUnique({
      where: { tokenHash },
      include: {
        signer: {
          include: {
            keyPerson: true,
            gedragscode: { select: { id: true, status: true, trajectId: true, traject: { select: { employerId: true } } } },
          },
        },
      },
    }),
  );
  if (!link || link.usedAt || link.expiresAt <= new Date() || link.signer.gedragscode.status === "VASTGESTELD")
    throw new AppError("INVITE_INVALID", LINK_INVALID);
  const g = link.signer.gedragscode;
  const code: CodeFacts = { id: g.id, status: g.status, trajectId: g.trajectId, employerId: g.traject.employerId };
  return { link, code };
}

/** What the signing page shows: the code as it is now, for whom the link is and where it went, and the list. */
export async function signingLinkView(token: string) {
  return db().$transaction(async (tx) => {
    const { link, code } = await linkOf(tx, token);
    const [{ content, hash }, employer, list] = await Promise.all([
      currentContent(tx, code.id),
      tx.employer.findUniqueOrThrow({ where: { id: code.employerId }, select: { name: true } }),
      listState(tx, code),
    ]);
    const mustConfirmList = !list.inEffect && isConfirmedDirectie(link.signer.keyPerson);
    return {
      trajectId: code.trajectId,
      employerName: employer.name,
      name: link.signer.keyPerson.name,
      function: EMPLOYER_FUNCTION_LABEL[link.signer.keyPerson.function],
      sentTo: link.sentTo,
      content,
      hash,
      signers: list.signers.map((s) => ({
        name: s.keyPerson.name,
        function: EMPLOYER_FUNCTION_LABEL[s.keyPerson.function],
        email: s.keyPerson.email,
      })),
      signersHash: list.hash,
      problems: list.problems,
      mustConfirmList,
      canSign: list.inEffect || (mustConfirmList && list.problems.length === 0),
    };
  });
}

/**
 * Signing through the link: once, before it expires, on the text the signer read. A confirmed directie
 * whose list is not in effect yet confirms the list they were shown (signersHash) with this signature.
 */
export async function signWithLink(input: { token: string; contentHash: string; consentToReuse: boolean; signersHash?: string }) {
  const result = await db().$transaction(async (tx) => {
    const { link } = await linkOf(tx, input.token);
    const code = await codeOf(tx, link.signer.gedragscode.trajectId);
    const used = await tx.signingLink.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: new Date() } });
    if (used.count === 0) throw new AppError("INVITE_INVALID", LINK_INVALID);
    const person = link.signer.keyPerson;
    const label = `${person.name} (via ondertekenlink)`;
    if (!(await listState(tx, code)).inEffect && isConfirmedDirectie(person)) {
      await confirmListInTx(tx, code, input.signersHash ?? "", person.name);
      await tx.auditEvent.create({
        data: {
          actorLabel: label,
          action: "gedragscode.confirmSigners",
          entityType: "Gedragscode",
          entityId: code.id,
          trajectId: code.trajectId,
        },
      });
    }
    await recordSignature(tx, code, link.signer, {
      userId: null,
      sentTo: link.sentTo,
      contentHash: input.contentHash,
      consentToReuse: input.consentToReuse,
    });
    await tx.auditEvent.create({
      data: {
        actorLabel: label,
        action: "gedragscode.sign",
        entityType: "Gedragscode",
        entityId: code.id,
        trajectId: code.trajectId,
        data: { signer: link.signerId, sentTo: link.sentTo },
      },
    });
    const adopted = await adoptIfComplete(tx, code, person.name);
    await publish(tx, "board", code.trajectId, { kind: "signoff", actorName: person.name });
    return { adopted, trajectId: code.trajectId };
  });
  await afterAdoption(result.trajectId, result.adopted);
  return { adopted: result.adopted };
}
