import crypto from "node:crypto";
import fs from "node:fs";
import { generate, generateSecret, generateURI, verify } from "otplib";
import { env } from "@/lib/env";
import { localSecretFile } from "@/scripts/local-secret.mjs";

// TOTP (RFC 6238: 6 digits, 30-second steps, SHA-1, what every authenticator app speaks) through
// otplib, and the secret's encryption at rest (docs/decisions/019-second-factor.md).

export const TOTP_PERIOD_SECONDS = 30;
/** One step either side: a phone clock a little off, or a code typed just as it changed. */
export const TOTP_WINDOW_STEPS = 1;
export const TOTP_ISSUER = "Weerbare Werkgever";

/** A fresh secret: 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
export const newTotpSecret = (): string => generateSecret({ length: 20 });

/** The otpauth:// address an authenticator app reads from the QR code. */
export const totpUri = (secret: string, email: string): string => generateURI({ issuer: TOTP_ISSUER, label: email, secret });

/** The secret in groups of four, for typing it in by hand. */
export const groupedSecret = (secret: string): string => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

export const totpStepOf = (epochSeconds: number): number => Math.floor(epochSeconds / TOTP_PERIOD_SECONDS);

/** The code for a moment (tests, the demo's one-liner in the README). */
export const totpCode = (secret: string, epochSeconds = Date.now() / 1000): Promise<string> =>
  generate({ secret, epoch: Math.floor(epochSeconds) });

/**
 * The time step a six-digit code belongs to, within ±1 step of now and after `afterStep` (a step
 * already used never counts again), or null. Anything but six digits is simply wrong.
 */
export async function matchTotp({
  secret,
  code,
  afterStep,
  epochSeconds = Date.now() / 1000,
}: {
  secret: string;
  code: string;
  afterStep?: number | null;
  epochSeconds?: number;
}): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(epochSeconds),
    epochTolerance: TOTP_WINDOW_STEPS * TOTP_PERIOD_SECONDS,
    ...(afterStep != null ? { afterTimeStep: afterStep } : {}),
  });
  // the TOTP result carries its step (the HOTP one in the same union type does not)
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// Encryption at rest: AES-256-GCM under a key derived from NEXTAUTH_SECRET with HKDF and a label of
// its own, so a copy of the database alone (a backup, a dump) holds no usable second factors, and this
// key is useless for anything else the secret signs. Stored as "v1:<iv>:<tag>:<ciphertext>" (base64url).
const KEY_INFO = "weerbare-werkgever:totp-secret:v1";
// Like next-auth, which runs without a secret outside production: a fixed development key there.
const DEVELOPMENT_ONLY_SECRET = "weerbare-werkgever-development-only";

/**
 * Without NEXTAUTH_SECRET: the checkout's own secret that `npm start` made (scripts/local-secret.mjs),
 * so `npm run db:seed` or `npm run dev` beside it store and read the demo's second factors with the
 * same key as the app; only a checkout that never ran `npm start` uses the development key.
 */
function checkoutSecret(): string | undefined {
  const file = localSecretFile(process.cwd());
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() || undefined : undefined;
}

function encryptionKey(): Buffer {
  const { NEXTAUTH_SECRET, NODE_ENV } = env();
  if (!NEXTAUTH_SECRET && NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is not set: second factors cannot be stored");
  const secret = NEXTAUTH_SECRET ?? checkoutSecret() ?? DEVELOPMENT_ONLY_SECRET;
  return Buffer.from(crypto.hkdfSync("sha256", secret, Buffer.alloc(0), KEY_INFO, 32));
}

export function encryptTotpSecret(secret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(":");
}

/** The secret, or null when it cannot be read (another NEXTAUTH_SECRET, a tampered value). */
export function decryptTotpSecret(stored: string): string | null {
  const [version, iv, tag, data] = stored.split(":");
  if (version !== "v1" || !iv || !tag || !data) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    // GCM's tag did not match: the value was made under another key or altered; no usable secret
    return null;
  }
}
