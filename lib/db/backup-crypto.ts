import fs from "node:fs";
import { Decrypter, Encrypter } from "age-encryption";

// Backups that can leave the machine (issue 22): encrypted with age (age-encryption.org, the maintained
// TypeScript implementation by its author) to one or more public keys ("age1…"). Only the matching
// identity ("AGE-SECRET-KEY-1…"), kept apart from the backups, reads them again; the machine that makes
// backups holds only the public key. The format is the standard one: `age -d -i key.txt` decrypts too.

const AGE_HEADER = "age-encryption.org/v1\n";

/** Whether these bytes are an age file (restore then needs an identity). */
export const isEncryptedBackup = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.subarray(0, AGE_HEADER.length)).toString("latin1") === AGE_HEADER;

export async function encryptBackup(bytes: Uint8Array, recipients: string[]): Promise<Uint8Array> {
  const e = new Encrypter();
  for (const recipient of recipients) {
    try {
      e.addRecipient(recipient.trim());
    } catch {
      throw new Error(
        `"${recipient.slice(0, 20)}…" is geen geldige publieke sleutel: die begint met age1 (docs/operations.md#back-ups-versleutelen).`,
      );
    }
  }
  return e.encrypt(bytes);
}

export async function decryptBackup(bytes: Uint8Array, identities: string[]): Promise<Uint8Array> {
  const d = new Decrypter();
  for (const identity of identities) d.addIdentity(identity);
  try {
    return await d.decrypt(bytes);
  } catch (e) {
    // age says "no identity matched any of the file's recipients" for a key that is not this backup's
    if (e instanceof Error && /no identity matched/i.test(e.message))
      throw new Error("De sleutel past niet bij deze back-up: hij is met een andere publieke sleutel versleuteld.");
    throw new Error("De back-up is niet te ontsleutelen: het bestand is beschadigd of onvolledig.");
  }
}

/** The identities in an age key file (`age-keygen` output: comments and one key per line). */
export function readIdentityFile(file: string): string[] {
  const keys = fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^AGE-SECRET-KEY-/i.test(line));
  if (keys.length === 0) throw new Error(`In ${file} staat geen geheime sleutel (een regel die begint met AGE-SECRET-KEY-1).`);
  return keys;
}
