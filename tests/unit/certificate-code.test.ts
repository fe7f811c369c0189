import { describe, expect, it } from "vitest";
import {
  CERTIFICATE_ALPHABET,
  CERTIFICATE_CODE_LENGTH,
  formatCertificateCode,
  newCertificateCode,
  normaliseCertificateCode,
} from "@/lib/certificates/code";
import { completionOf } from "@/lib/training/completion";

describe("a certificate's verification code", () => {
  it("is eleven characters without look-alikes, and checks out as printed, typed in lower case or with spaces", () => {
    for (let i = 0; i < 200; i++) {
      const code = newCertificateCode();
      expect(code).toHaveLength(CERTIFICATE_CODE_LENGTH);
      expect([...code].every((c) => CERTIFICATE_ALPHABET.includes(c))).toBe(true);
      expect(normaliseCertificateCode(code)).toBe(code);
      expect(normaliseCertificateCode(formatCertificateCode(code))).toBe(code);
      expect(normaliseCertificateCode(` ${formatCertificateCode(code).toLowerCase().replace(/-/g, " ")} `)).toBe(code);
    }
    expect(formatCertificateCode("ABCDEFGHJKM")).toBe("ABCD-EFGH-JKM");
    // an S or Z typed for the 5 or 2 it resembles
    const withDigits = "5555222222";
    const full = [...CERTIFICATE_ALPHABET].map((c) => withDigits + c).find((c) => normaliseCertificateCode(c) !== null)!;
    expect(normaliseCertificateCode(full.replace(/5/g, "s").replace(/2/g, "Z"))).toBe(full);
  });

  it("catches every single typo and every swap of two neighbours by its check character", () => {
    const code = newCertificateCode();
    for (let i = 0; i < code.length; i++) {
      for (const c of CERTIFICATE_ALPHABET) {
        if (c === code[i]) continue;
        expect(normaliseCertificateCode(code.slice(0, i) + c + code.slice(i + 1))).toBeNull();
      }
    }
    for (let i = 0; i + 1 < code.length; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(normaliseCertificateCode(swapped)).toBeNull();
    }
  });

  it("refuses what cannot be a code: wrong length, look-alikes, other types, very long input", () => {
    const code = newCertificateCode();
    for (const bad of [code.slice(1), `${code}A`, code.replace(/./, "0"), code.replace(/./, "O"), "", null, 42, {}, "A".repeat(10_000)])
      expect(normaliseCertificateCode(bad)).toBeNull();
  });
});

describe("completion from attendance", () => {
  const topics = ["PROJECT_EN_ERVARINGEN", "AANPAK_EN_SCAN", "WERKGEVERSGESPREKKEN"] as const;

  it("is complete when every topic was attended once, whichever date of a topic that ran twice", () => {
    expect(
      completionOf(topics, [
        { topic: "PROJECT_EN_ERVARINGEN", attended: true },
        { topic: "AANPAK_EN_SCAN", attended: false }, // the first date of a topic that ran twice
        { topic: "AANPAK_EN_SCAN", attended: true }, // the second
        { topic: "WERKGEVERSGESPREKKEN", attended: true },
      ]),
    ).toEqual({ complete: true, missing: [] });
  });

  it("names what is missing, in the cohort's order; absent or not recorded is not attended", () => {
    expect(
      completionOf(topics, [
        { topic: "WERKGEVERSGESPREKKEN", attended: false },
        { topic: "PROJECT_EN_ERVARINGEN", attended: true },
      ]),
    ).toEqual({ complete: false, missing: ["AANPAK_EN_SCAN", "WERKGEVERSGESPREKKEN"] });
  });

  it("a topic outside the cohort does not count, and a cohort without topics completes nobody", () => {
    expect(completionOf(["AANPAK_EN_SCAN"], [{ topic: "GOEDE_TRAINER", attended: true }]).complete).toBe(false);
    expect(completionOf([], [{ topic: "GOEDE_TRAINER", attended: true }]).complete).toBe(false);
  });
});
