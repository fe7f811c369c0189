import "server-only";
import { db } from "@/lib/db";
import type { Actor, SystemActor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { formatDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { publish } from "@/lib/live/events";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { signingRequestMail } from "@/lib/mail/templates";
import type { Tx } from "@/lib/db";
import { LIST_NOT_CONFIRMED, assertConcept, codeOf, ensureSigners, listState, validSignatures, type CodeFacts } from "./signer-list";
import { issueSigningLink } from "./signing-links";
import { isConfirmedDirectie } from "./signer-rules";

// "Klaar om te tekenen" (issue 24, item 4): once the directie confirmed who signs, the tandem says the
// text is ready, and each signer who has not signed this text is asked: an account holder by a mail
// that leads to the code's page after login (no link that acts by itself), someone without an account
// by a one-time signing link (only with a mail server: lib/mail/credentials.ts). Their home page shows
// the task from then on (lib/tasks/employer-rules.ts). The scheduler reminds those who have not signed
// after SIGNING_REMINDER_DAYS, at most SIGNING_REMINDERS times; a reminder's link replaces the earlier
// one, which keeps the link's own expiry (14 days) meaningful. A signature voided by an edit or a
// reopening takes the "ready" mark away (./void-signatures.ts): the changed text is marked ready again.

/** At most this many reminders per signer per request. */
export const SIGNING_REMINDERS = 2;

type Signer = Awaited<ReturnType<typeof listState>>["signers"][number];

/** Who will not be asked, and why, in words for the tandem's page (null: they are asked). */
export function notAskedBecause(person: Signer["keyPerson"], smtp: boolean): string | null {
  if (person.userId) return null;
  if (!smtp) return `${person.name} heeft geen account, en zonder mailserver gaat er geen ondertekenlink uit.`;
  if (person.function === "DIRECTIE" && !isConfirmedDirectie(person))
    return `${person.name} is nog niet door de werkgever als directie bevestigd.`;
  return null;
}

/** Asks one signer (a request or a reminder); false when they cannot be asked (see notAskedBecause). */
async function askSigner(
  tx: Tx,
  d: { code: CodeFacts; signer: Signer; employerName: string; senderName: string; causedBy: Actor | SystemActor; reminder: boolean },
): Promise<boolean> {
  const person = d.signer.keyPerson;
  if (notAskedBecause(person, !!env().SMTP_URL)) return false;
  if (person.userId) {
    const mail = signingRequestMail({
      name: person.name,
      employerName: d.employerName,
      senderName: d.senderName,
      url: `${env().APP_URL}/trajecten/${d.code.trajectId}/gedragscode#ondertekening`,
      reminder: d.reminder,
    });
    await enqueueMail({ trajectId: d.code.trajectId, kind: "signoff", to: person.email, ...mail, causedBy: d.causedBy }, tx);
  } else {
    await issueSigningLink(tx, {
      trajectId: d.code.trajectId,
      signerId: d.signer.id,
      person,
      employerName: d.employerName,
      senderName: d.senderName,
      causedBy: d.causedBy,
      reminder: d.reminder,
    });
  }
  return true;
}

/** The signers on the list whose signature on the text as it is now is still missing. */
async function unsigned(tx: Tx, code: CodeFacts, signers: Signer[]): Promise<Signer[]> {
  const { signatures } = await validSignatures(tx, code.id);
  return signers.filter((s) => !signatures.some((v) => v.signerId === s.id));
}

/**
 * The tandem marks the code "Klaar om te tekenen": allowed once the directie confirmed the list, for a
 * concept with afspraken. Returns who was asked and who could not be (with the reason, for the page).
 */
export async function requestSignatures({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:requestSignatures" });
  const result = await db().$transaction(async (tx) => {
    const code = await codeOf(tx, trajectId);
    assertConcept(code);
    const row = await tx.gedragscode.findUniqueOrThrow({
      where: { id: code.id },
      select: {
        signingRequestedAt: true,
        _count: { select: { clauses: true } },
        traject: { select: { employer: { select: { name: true } } } },
      },
    });
    if (row._count.clauses === 0) throw new AppError("VALIDATION", "Er staan nog geen afspraken in de code; er is nog niets te tekenen.");
    if (row.signingRequestedAt)
      throw new AppError(
        "CONFLICT",
        `De code staat al klaar om te tekenen sinds ${formatDate(row.signingRequestedAt)}. Wie nog niet tekende, krijgt vanzelf een herinnering.`,
      );
    await ensureSigners(tx, code);
    const list = await listState(tx, code);
    if (!list.inEffect) throw new AppError("VALIDATION", LIST_NOT_CONFIRMED);
    const now = new Date();
    await tx.gedragscode.update({ where: { id: code.id }, data: { signingRequestedAt: now, signingRequestedByName: actor.name } });
    const asked: string[] = [];
    const notAsked: string[] = [];
    for (const signer of await unsigned(tx, code, list.signers)) {
      const ok = await askSigner(tx, {
        code,
        signer,
        employerName: row.traject.employer.name,
        senderName: actor.name,
        causedBy: actor,
        reminder: false,
      });
      if (ok) {
        asked.push(signer.keyPerson.name);
        await tx.codeSigner.update({ where: { id: signer.id }, data: { requestedAt: now, remindedAt: null, reminders: 0 } });
      } else notAsked.push(notAskedBecause(signer.keyPerson, !!env().SMTP_URL)!);
    }
    await recordAudit(
      {
        actor,
        action: "gedragscode.requestSignatures",
        entityType: "Gedragscode",
        entityId: code.id,
        trajectId,
        data: { asked: asked.length },
      },
      tx,
    );
    await publish(tx, "board", trajectId, { kind: "signoff", actorName: actor.name });
    return { asked, notAsked };
  });
  kickDelivery();
  return result;
}

/** Takes the "ready" mark away (a signature was voided: the text changed, or the code was reopened). */
export async function clearSigningRequest(tx: Tx, codeId: string) {
  await tx.gedragscode.update({
    where: { id: codeId },
    data: { signingRequestedAt: null, signingRequestedByName: null, adoptionMailedAt: null },
  });
  await tx.codeSigner.updateMany({ where: { gedragscodeId: codeId }, data: { requestedAt: null, remindedAt: null, reminders: 0 } });
}

/**
 * The scheduler's reminders: a signer asked at least SIGNING_REMINDER_DAYS ago (or reminded that long
 * ago) who has not signed the text as it is, while the code is still ready to sign and the list in
 * effect. Each reminder is claimed on the signer's row first, so two instances never both send it.
 */
export async function sendSigningReminders({ actor, now = new Date() }: { actor: SystemActor; now?: Date }) {
  const before = new Date(now.getTime() - env().SIGNING_REMINDER_DAYS * 86_400_000);
  const due = await db().codeSigner.findMany({
    where: {
      reminders: { lt: SIGNING_REMINDERS },
      gedragscode: { status: "CONCEPT", signingRequestedAt: { not: null } },
      OR: [{ remindedAt: { lt: before } }, { remindedAt: null, requestedAt: { lt: before } }],
    },
    select: { id: true, reminders: true, gedragscode: { select: { trajectId: true } } },
  });
  let sent = 0;
  for (const d of due) {
    const reminded = await db().$transaction(async (tx) => {
      const code = await codeOf(tx, d.gedragscode.trajectId);
      if (code.status !== "CONCEPT") return false;
      const list = await listState(tx, code);
      const signer = (await unsigned(tx, code, list.signers)).find((s) => s.id === d.id);
      if (!list.inEffect || !signer) return false;
      const claimed = await tx.codeSigner.updateMany({
        where: { id: d.id, reminders: d.reminders },
        data: { reminders: d.reminders + 1, remindedAt: now },
      });
      if (claimed.count === 0) return false;
      const traject = await tx.traject.findUniqueOrThrow({
        where: { id: code.trajectId },
        select: { employer: { select: { name: true } }, trainer: { select: { name: true } } },
      });
      return askSigner(tx, {
        code,
        signer,
        employerName: traject.employer.name,
        senderName: traject.trainer.name,
        causedBy: actor,
        reminder: true,
      });
    });
    if (reminded) sent++;
  }
  if (sent > 0) kickDelivery();
  return { sent };
}
