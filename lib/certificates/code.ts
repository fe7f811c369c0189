import { randomInt } from "node:crypto";

// A certificate's verification code (issue 27): printed on the certificate beside a QR code of the
// public check page, and typed in by whoever has only the paper. Ten random characters, about 48 bits,
// plus one check character; the public check is rate-limited, so guessing does not pay.
// The alphabet has 29 characters, a prime: a weighted sum modulo 29 then catches every single typo and
// every swap of two neighbours before any lookup. It leaves out 0, 1, O, I and L (look-alikes), and the
// letters S and Z: typed anyway, they are read as the 5 and 2 they resemble.

export const CERTIFICATE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXY23456789";
const MODULUS = CERTIFICATE_ALPHABET.length; // 29
const RANDOM_LENGTH = 10;
export const CERTIFICATE_CODE_LENGTH = RANDOM_LENGTH + 1;
const LOOK_ALIKES: Record<string, string> = { S: "5", Z: "2" };

/** The character c for which the sum of (position + 1) × value over the whole code is 0 modulo 29. */
function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * CERTIFICATE_ALPHABET.indexOf(body[i]!);
  // the check character's weight is 11; 8 is its inverse modulo 29 (11 × 8 = 88 = 3 × 29 + 1)
  return CERTIFICATE_ALPHABET[(((-sum * 8) % MODULUS) + MODULUS) % MODULUS]!;
}

export function newCertificateCode(): string {
  const body = Array.from({ length: RANDOM_LENGTH }, () => CERTIFICATE_ALPHABET[randomInt(CERTIFICATE_ALPHABET.length)]).join("");
  return body + checkCharacter(body);
}

/**
 * What someone typed or scanned (spaces, dashes, lower case) as a code, or null when it cannot be one:
 * the wrong length, a character outside the alphabet, or a check character that does not match.
 */
export function normaliseCertificateCode(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 60) return null;
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/[SZ]/g, (c) => LOOK_ALIKES[c]!);
  if (code.length !== CERTIFICATE_CODE_LENGTH) return null;
  if (![...code].every((c) => CERTIFICATE_ALPHABET.includes(c))) return null;
  return checkCharacter(code.slice(0, RANDOM_LENGTH)) === code.at(-1) ? code : null;
}

/** "ABCD-EFGH-JK3": how it is printed and shown. */
export const formatCertificateCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
