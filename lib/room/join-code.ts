import { randomInt } from "node:crypto";

// The short code a room shows on the projector (ADR 029): six characters from an alphabet without the
// look-alikes (0/O, 1/I/L, 5/S, 2/Z), read aloud or typed on a phone; 26^6 ≈ 300 million codes, and
// joining is rate-limited per address and per room, so guessing one of the few open rooms does not pay.

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join("");
}

/** What someone typed (spaces, dashes, lower case) as a code, or null when it cannot be one. */
export function normaliseJoinCode(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 40) return null;
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}

/** "ABC DEF": easier to read from the back of a room. */
export const formatJoinCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;
