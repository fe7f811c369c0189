import { hash as argon2Hash, verify as argon2Verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

// New hashes are argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane: @node-rs/argon2's
// defaults, spelled out so a library upgrade cannot change them silently). Hashes made before are
// bcrypt: they still verify, and a successful login rehashes them (lib/auth/login.ts).
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** A valid argon2id hash (the same parameters as real ones) of a random secret nobody knows (lib/auth/login.ts). */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$wr17TuZHCXeU58Ct4/TalA$pgQfLqapgmeLtyVgKEDOqfxgR18HM32QcmjR62MWz9k";
/** The same for bcrypt (cost 10, like the hashes made before argon2id). */
export const LEGACY_DUMMY_HASH = "$2b$10$cjBORuBAMHl4.0yHELAOEuJv1CdIIxUP29XZ1NucpfBKBI6ASbE8K";

/** bcrypt reads only the first 72 bytes; longer passwords never match a bcrypt hash (see verifyPassword). */
export const BCRYPT_MAX_BYTES = 72;

export const hashPassword = (plain: string) => argon2Hash(plain, ARGON2);

export const isBcryptHash = (hash: string) => /^\$2[aby]\$/.test(hash);

/** Whether a stored hash should be replaced by a fresh argon2id one after a successful check. */
export const needsRehash = (hash: string) =>
  !hash.startsWith("$argon2id$") || !hash.includes(`m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}`);

/**
 * bcrypt silently ignores every byte after the 72nd, so a password with another tail would match. A
 * password longer than that is refused against a bcrypt hash (the comparison still runs, on the first
 * 72 bytes, so the time taken tells nothing). Its owner sets a new one through "Wachtwoord vergeten?".
 */
export async function verifyPassword(plain: string, hash: string): Promise<boolean> {
  if (isBcryptHash(hash)) {
    const fits = Buffer.byteLength(plain, "utf8") <= BCRYPT_MAX_BYTES;
    const ok = await bcrypt.compare(plain, hash);
    return ok && fits;
  }
  try {
    return await argon2Verify(hash, plain);
  } catch {
    // not a hash at all (an account without a password stores ""): never a match
    return false;
  }
}
