import crypto from "node:crypto";

// Ten one-time recovery codes per enrolment (docs/decisions/019-second-factor.md). Each is 12
// characters from a 31-letter alphabet without look-alikes (about 59 random bits), shown as xxxx-xxxx-xxxx.
// Only the SHA-256 is kept: a random 59-bit code needs no slow hash, nobody can walk 2^59 hashes per
// code, and the guesses at login are limited per account anyway.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no i, l, o, 0, 1
const LENGTH = 12;

function randomCode(): string {
  let out = "";
  // rejection sampling against modulo bias: 31 letters, bytes below 248 only
  while (out.length < LENGTH) {
    for (const b of crypto.randomBytes(16)) if (b < 248 && out.length < LENGTH) out += ALPHABET[b % ALPHABET.length];
  }
  return out.match(/.{4}/g)!.join("-");
}

export const newRecoveryCodes = (): string[] => Array.from({ length: RECOVERY_CODE_COUNT }, randomCode);

/** What the user typed, as it was made: lower case, no spaces or dashes; null when it cannot be one. */
export function normalizeRecoveryCode(typed: string): string | null {
  const plain = typed.toLowerCase().replace(/[\s-]/g, "");
  return plain.length === LENGTH && [...plain].every((c) => ALPHABET.includes(c)) ? plain : null;
}

export const hashRecoveryCode = (code: string): string =>
  crypto
    .createHash("sha256")
    .update(normalizeRecoveryCode(code) ?? code)
    .digest("hex");
