import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { hitRateLimit, undoRateLimitHit } from "@/lib/rate-limit";
import { hashRecoveryCode, normalizeRecoveryCode } from "./recovery-codes";
import { SECOND_FACTOR_NEEDED, SECOND_FACTOR_RATE_LIMITED, SECOND_FACTOR_USED, SECOND_FACTOR_WRONG } from "./second-factor-schema";
import { decryptTotpSecret, matchTotp } from "./totp";

// The second step of logging in (docs/decisions/019-second-factor.md), after the password proved right
// (lib/auth/login.ts). Only then does anyone learn that the account has a second factor, as everywhere.
// - Code guesses are counted per account, 10 per 15 minutes: a million six-digit codes (three valid at
//   a time) cannot be walked; a right code takes its own hit back, so a real user is never locked out
//   by their own logins.
// - A code from the app counts once: the accepted time step is stored, a code of that step or an
//   earlier one is refused (a code seen over a shoulder or in a log is worth nothing).
// - A recovery code counts once: it is marked used in the same statement that accepts it.

export const CODE_GUESS_LIMIT = { limit: 10, windowSeconds: 15 * 60 };
export const codeGuessKey = (userId: string) => `second-factor:${userId}`;

export class SecondFactorRefusal extends Error {}

/**
 * Passes when the account has no second factor, or the code is right and unused; throws a
 * SecondFactorRefusal whose message is one of the SECOND_FACTOR_* answers otherwise.
 */
export async function checkSecondFactor({ userId, code, now = new Date() }: { userId: string; code?: string | null; now?: Date }) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user?.totpEnabledAt || !user.totpSecret) return;
  const typed = (code ?? "").replace(/\s/g, "");
  if (!typed) throw new SecondFactorRefusal(SECOND_FACTOR_NEEDED);
  const key = codeGuessKey(userId);
  // counted before the check (atomic), so parallel guesses cannot slip past the limit
  if (!(await hitRateLimit(key, CODE_GUESS_LIMIT)).allowed) {
    await auditRefusal(userId, "rateLimited");
    throw new SecondFactorRefusal(SECOND_FACTOR_RATE_LIMITED);
  }
  const outcome = /^\d{6}$/.test(typed)
    ? await acceptTotp({ userId, stored: user.totpSecret, lastStep: user.totpLastStep, code: typed, now })
    : await acceptRecoveryCode({ userId, code: typed, now });
  // a right code (also one just used: that is no guess) is not counted against the account
  if (outcome !== "wrong") await undoRateLimitHit(key);
  if (outcome === "used") throw new SecondFactorRefusal(SECOND_FACTOR_USED);
  if (outcome === "wrong") {
    await auditRefusal(userId, "wrong");
    throw new SecondFactorRefusal(SECOND_FACTOR_WRONG);
  }
}

/** A refused second step is in the audit log like a failed password (never the code typed). */
const auditRefusal = (userId: string, reason: "wrong" | "rateLimited") =>
  recordAudit({
    actor: { id: null, name: "Inlogpoging" },
    action: "login.secondFactorRefused",
    entityType: "User",
    entityId: userId,
    data: { reason },
  });

type Outcome = "ok" | "used" | "wrong";

async function acceptTotp(p: { userId: string; stored: string; lastStep: number | null; code: string; now: Date }): Promise<Outcome> {
  const secret = decryptTotpSecret(p.stored);
  if (!secret) return "wrong";
  const epochSeconds = p.now.getTime() / 1000;
  const step = await matchTotp({ secret, code: p.code, epochSeconds });
  if (step === null) return "wrong";
  if (p.lastStep !== null && step <= p.lastStep) return "used";
  // the step is claimed in one statement: of two logins with the same code only one finds it newer
  const claimed = await db().user.updateMany({
    where: { id: p.userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return claimed.count === 1 ? "ok" : "used";
}

async function acceptRecoveryCode({ userId, code, now }: { userId: string; code: string; now: Date }): Promise<Outcome> {
  if (!normalizeRecoveryCode(code)) return "wrong";
  const claimed = await db().recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  return claimed.count === 1 ? "ok" : "wrong";
}
