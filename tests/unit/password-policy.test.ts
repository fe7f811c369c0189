import { describe, expect, it } from "vitest";
import { judgePassword, personalWords } from "@/lib/auth/password-policy";
import { BCRYPT_MAX_BYTES, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import bcrypt from "bcryptjs";

const owner = { email: "fatima.el-amrani@bakkerij-voorbeeld.nl", name: "Fatima El Amrani" };

describe("the password policy (zxcvbn-ts, common + English + Dutch dictionaries)", () => {
  it.each([
    ["123456789012", "a sequence"],
    ["aaaaaaaaaaaa", "a repeat"],
    ["fatima.el-amrani@bakkerij-voorbeeld.nl", "the own e-mail address"],
    ["Fatima.El-Amrani!2026", "the e-mail's local part"],
    ["wachtwoord123", "a common Dutch password"],
    ["welkom12345678", "a common Dutch word and a sequence"],
    ["fatimaamrani1990", "the own name"],
  ])("refuses %s (%s), with a plain Dutch reason and a hint", async (password) => {
    const verdict = await judgePassword(password, owner);
    expect(verdict.ok).toBe(false);
    expect(verdict.messages.join(" ")).toMatch(/raden/);
    expect(verdict.messages.at(-1)).toMatch(/^Tip:/);
  });

  it.each(["fiets wolk pannenkoek lantaarn", "de zwarte kat slaapt op het warme dak", "Koffie-Molen-Regenjas-Tulp"])(
    "accepts a passphrase of ordinary Dutch words: %s",
    async (password) => {
      expect(await judgePassword(password, owner)).toMatchObject({ ok: true, messages: [] });
    },
  );

  it("looks for the address, its local part and the name's longer parts, not for short words", () => {
    expect(personalWords(owner)).toEqual(expect.arrayContaining([owner.email, "fatima.el-amrani", "fatima", "amrani"]));
    expect(personalWords({ email: "jan@x.nl", name: "Jan de Vries" })).not.toContain("de");
  });

  it("times the check once the dictionaries are loaded (printed, not asserted)", async () => {
    await judgePassword("iets om te laden", owner); // the dictionaries load once (about a second, in the first test)
    const start = performance.now();
    for (let i = 0; i < 20; i++) await judgePassword(`fiets wolk pannenkoek ${i}`, owner);
    console.info(`password check: ${((performance.now() - start) / 20).toFixed(1)} ms each`);
  });
});

describe("password hashes: argon2id, bcrypt still verifies without its 72-byte truncation", () => {
  it("makes argon2id hashes with OWASP's parameters", async () => {
    const hash = await hashPassword("fiets wolk pannenkoek lantaarn");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword("fiets wolk pannenkoek lantaarn", hash)).toBe(true);
    expect(await verifyPassword("fiets wolk pannenkoek lantaarm", hash)).toBe(false);
  });

  it("counts every byte: a 100-character password with another tail after byte 72 does not match", async () => {
    const long = "a-long-passphrase-".repeat(6).slice(0, 100);
    const other = long.slice(0, BCRYPT_MAX_BYTES) + "x".repeat(100 - BCRYPT_MAX_BYTES);
    const old = bcrypt.hashSync(long, 4);
    expect(bcrypt.compareSync(other, old)).toBe(true); // what bcrypt alone does
    expect(await verifyPassword(other, old)).toBe(false);
    expect(await verifyPassword(long, old)).toBe(false); // even the right one: it never fitted bcrypt
    expect(needsRehash(old)).toBe(true);
    const fresh = await hashPassword(long);
    expect(await verifyPassword(long, fresh)).toBe(true);
    expect(await verifyPassword(other, fresh)).toBe(false);
    expect(await verifyPassword("", "")).toBe(false);
  });
});
