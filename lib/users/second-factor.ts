import "server-only";
import QRCode from "qrcode";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import { requiresSecondFactor } from "@/lib/auth/capabilities";
import { verifyPassword } from "@/lib/auth/password";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/recovery-codes";
import type { Actor } from "@/lib/auth/roles";
import { checkSecondFactor, CODE_GUESS_LIMIT, codeGuessKey, SecondFactorRefusal } from "@/lib/auth/second-factor";
import { SECOND_FACTOR_MESSAGES, type TotpConfirmInput, type TotpDisableInput } from "@/lib/auth/second-factor-schema";
import { decryptTotpSecret, encryptTotpSecret, groupedSecret, matchTotp, newTotpSecret, totpUri } from "@/lib/auth/totp";
import { AppError, notFound } from "@/lib/errors";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { secondFactorMail, type SecondFactorChange } from "@/lib/mail/templates";
import { hitRateLimit, undoRateLimitHit } from "@/lib/rate-limit";

// Setting up, turning off and resetting the second factor (docs/decisions/019-second-factor.md). The
// login's check is lib/auth/second-factor.ts. Every change is audited and mailed to the account holder.

const CHECK_FAILED = "Niet alles is goed ingevuld. Kijk de gemarkeerde velden na.";

/** What Mijn account shows: on or off, since when, an enrolment waiting for its code, codes left. */
export async function secondFactorStatus(actor: Actor) {
  assertCapability(actor, "account:own");
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, totpSecret: true, totpEnabledAt: true, recoveryCodes: { where: { usedAt: null }, select: { id: true } } },
  });
  const pendingSecret = !user.totpEnabledAt && user.totpSecret ? decryptTotpSecret(user.totpSecret) : null;
  return {
    required: requiresSecondFactor(actor),
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user.totpEnabledAt ? user.recoveryCodes.length : 0,
    // shown until confirmed: the QR code (inline SVG, no image request) and the secret to type in
    pending: pendingSecret
      ? {
          secret: groupedSecret(pendingSecret),
          qrSvg: await QRCode.toString(totpUri(pendingSecret, user.email), { type: "svg", margin: 1 }),
        }
      : null,
  };
}

/** Step 1: a new secret, kept (encrypted) but not yet counting. Starting again replaces it. */
export async function startTotpEnrolment(actor: Actor) {
  assertCapability(actor, "account:own");
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
    if (user.totpEnabledAt) throw new AppError("CONFLICT", "De tweede stap staat al aan. Zet hem eerst uit om een nieuwe app te koppelen.");
    await tx.user.update({ where: { id: actor.id }, data: { totpSecret: encryptTotpSecret(newTotpSecret()), totpLastStep: null } });
    await recordAudit({ actor, action: "user.secondFactorStart", entityType: "User", entityId: actor.id }, tx);
  });
}

/** Step 2: a code from the app proves it was set up; only now does it count. Returns the recovery codes, shown once. */
export async function confirmTotpEnrolment({ actor, input }: { actor: Actor; input: TotpConfirmInput }) {
  assertCapability(actor, "account:own");
  await countGuess(actor.id);
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "De tweede stap staat al aan.");
  const secret = user.totpSecret ? decryptTotpSecret(user.totpSecret) : null;
  if (!secret) throw new AppError("CONFLICT", "Begin opnieuw met het instellen: er is geen code om te bevestigen.");
  const step = await matchTotp({ secret, code: input.code });
  if (step === null)
    throw new AppError("VALIDATION", CHECK_FAILED, { code: ["Deze code klopt niet. Vul de code in die uw app nu toont."] });
  const codes = newRecoveryCodes();
  await db().$transaction(async (tx) => {
    // the enrolment is claimed in one statement: two confirmations cannot both succeed
    const claimed = await tx.user.updateMany({
      where: { id: actor.id, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: new Date(), totpLastStep: step },
    });
    if (claimed.count !== 1) throw new AppError("CONFLICT", "De tweede stap is intussen al ingesteld of opnieuw begonnen.");
    await replaceRecoveryCodes(tx, actor.id, codes);
    await recordAudit({ actor, action: "user.secondFactorOn", entityType: "User", entityId: actor.id }, tx);
    await notify(tx, actor.id, "on");
  });
  await undoRateLimitHit(codeGuessKey(actor.id));
  kickDelivery();
  return { recoveryCodes: codes };
}

/** Off: the current password or a code proves it is the account holder, not just an open session. */
export async function disableTotp({ actor, input }: { actor: Actor; input: TotpDisableInput }) {
  assertCapability(actor, "account:own");
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, totpEnabledAt: true } });
  if (!user.totpEnabledAt) throw new AppError("CONFLICT", "De tweede stap staat al uit.");
  if (input.code.trim()) {
    try {
      await checkSecondFactor({ userId: actor.id, code: input.code });
    } catch (e) {
      if (!(e instanceof SecondFactorRefusal)) throw e;
      throw new AppError("VALIDATION", CHECK_FAILED, { code: [SECOND_FACTOR_MESSAGES[e.message] ?? "Deze code klopt niet."] });
    }
  } else {
    await countGuess(actor.id);
    if (!user.passwordHash || !(await verifyPassword(input.password, user.passwordHash)))
      throw new AppError("VALIDATION", CHECK_FAILED, { password: ["Dit is niet uw huidige wachtwoord."] });
  }
  await db().$transaction(async (tx) => {
    await clearSecondFactor(tx, actor.id);
    await recordAudit({ actor, action: "user.secondFactorOff", entityType: "User", entityId: actor.id }, tx);
    await notify(tx, actor.id, "off");
  });
  kickDelivery();
}

/** Ten new recovery codes; the earlier ones stop working. Shown once. */
export async function regenerateRecoveryCodes(actor: Actor) {
  assertCapability(actor, "account:own");
  const codes = newRecoveryCodes();
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
    if (!user.totpEnabledAt) throw new AppError("CONFLICT", "Zet eerst de tweede stap aan; daarbij krijgt u herstelcodes.");
    await replaceRecoveryCodes(tx, actor.id, codes);
    await recordAudit({ actor, action: "user.recoveryCodesNew", entityType: "User", entityId: actor.id }, tx);
    await notify(tx, actor.id, "recoveryCodes");
  });
  kickDelivery();
  return { recoveryCodes: codes };
}

/** Beheer → Gebruikers: someone lost their phone and their codes. They set it up again at their next login. */
export async function resetSecondFactor({ actor, userId }: { actor: Actor; userId: string }) {
  assertCapability(actor, "user:manage");
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, totpSecret: true } });
    if (!user) throw notFound("Deze gebruiker");
    if (!user.totpSecret) throw new AppError("CONFLICT", "Deze gebruiker heeft geen tweede stap ingesteld.");
    await clearSecondFactor(tx, userId);
    await recordAudit({ actor, action: "user.resetSecondFactor", entityType: "User", entityId: userId }, tx);
    await notify(tx, userId, "reset", actor);
  });
  kickDelivery();
}

async function countGuess(userId: string) {
  // the same budget as the login's code guesses: a stolen open session cannot walk codes or passwords here
  if (!(await hitRateLimit(codeGuessKey(userId), CODE_GUESS_LIMIT)).allowed)
    throw new AppError("RATE_LIMITED", "Te veel pogingen. Probeer het over een kwartier opnieuw.");
}

async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]) {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
}

async function clearSecondFactor(tx: Tx, userId: string) {
  await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
  await tx.recoveryCode.deleteMany({ where: { userId } });
}

async function notify(tx: Tx, userId: string, change: SecondFactorChange, by?: Actor) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
  const mail = secondFactorMail({ name: user.name, change, by: by?.name });
  await enqueueMail({ kind: "account", to: user.email, ...mail, causedBy: by ?? null }, tx);
}
