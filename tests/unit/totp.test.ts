import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from "@/lib/auth/recovery-codes";
import { decryptTotpSecret, encryptTotpSecret, groupedSecret, matchTotp, newTotpSecret, totpCode, totpStepOf } from "@/lib/auth/totp";

// The second factor's pure parts (docs/decisions/019-second-factor.md): the ±1 step window, replay by
// step, the secret's encryption at rest, the recovery codes' shape.

const T = 1_800_000_015; // seconds, 15 s into a step
const secret = newTotpSecret();

describe("TOTP", () => {
  it("accepts a code of this step and of one step either side, nothing further", async () => {
    for (const offset of [-1, 0, 1])
      expect(await matchTotp({ secret, code: await totpCode(secret, T + offset * 30), epochSeconds: T })).toBe(totpStepOf(T) + offset);
    for (const offset of [-3, -2, 2, 3])
      expect(await matchTotp({ secret, code: await totpCode(secret, T + offset * 30), epochSeconds: T })).toBeNull();
  });

  it("never accepts a step at or before the last one used (replay)", async () => {
    const code = await totpCode(secret, T);
    expect(await matchTotp({ secret, code, epochSeconds: T, afterStep: totpStepOf(T) - 1 })).toBe(totpStepOf(T));
    expect(await matchTotp({ secret, code, epochSeconds: T, afterStep: totpStepOf(T) })).toBeNull();
  });

  it("treats anything but six digits as wrong, without throwing", async () => {
    for (const code of ["", "12345", "1234567", "12a456", " 123456"]) expect(await matchTotp({ secret, code, epochSeconds: T })).toBeNull();
  });

  it("stores the secret encrypted (AES-GCM, fresh IV) and refuses a tampered value", () => {
    const a = encryptTotpSecret(secret);
    expect(a).not.toContain(secret);
    expect(encryptTotpSecret(secret)).not.toBe(a);
    expect(decryptTotpSecret(a)).toBe(secret);
    const [v, iv, tag, data] = a.split(":");
    const flipped = data!.startsWith("A") ? `B${data!.slice(1)}` : `A${data!.slice(1)}`;
    expect(decryptTotpSecret([v, iv, tag, flipped].join(":"))).toBeNull();
    expect(decryptTotpSecret("nonsense")).toBeNull();
  });

  // `npm run db:seed` beside `npm start` (which made .data/nextauth-secret) must store the demo's
  // secrets with the key the app reads them with
  it.skipIf(Boolean(process.env.NEXTAUTH_SECRET))("without NEXTAUTH_SECRET, uses the secret `npm start` made for the checkout", () => {
    const here = process.cwd();
    const checkout = fs.mkdtempSync(path.join(os.tmpdir(), "ww-checkout-"));
    try {
      process.chdir(checkout);
      const withDevelopmentKey = encryptTotpSecret(secret);
      fs.mkdirSync(".data");
      fs.writeFileSync(".data/nextauth-secret", "the-checkout-secret\n");
      expect(decryptTotpSecret(withDevelopmentKey)).toBeNull();
      expect(decryptTotpSecret(encryptTotpSecret(secret))).toBe(secret);
    } finally {
      process.chdir(here);
      fs.rmSync(checkout, { recursive: true, force: true });
    }
  });

  it("shows the secret in groups of four", () => {
    expect(groupedSecret("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")).toBe("ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567");
  });
});

describe("recovery codes", () => {
  it("are ten different codes of about 59 random bits, typed back in any case and with or without dashes", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const c = codes[0]!;
    expect(hashRecoveryCode(c.toUpperCase().replace(/-/g, " "))).toBe(hashRecoveryCode(c));
    expect(hashRecoveryCode(c)).toMatch(/^[0-9a-f]{64}$/);
    expect(normalizeRecoveryCode("1234-5678-90ab")).toBeNull(); // 0 and 1 are never in a code
  });
});
