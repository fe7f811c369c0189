import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

describe("content security policy", () => {
  it("lets only scripts with this request's nonce run, and never eval in production", () => {
    const policy = contentSecurityPolicy("abc123==");
    expect(policy).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("object-src 'none'");
    expect(contentSecurityPolicy("x", { development: true })).toContain("'unsafe-eval'");
  });
  it("makes a fresh 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
