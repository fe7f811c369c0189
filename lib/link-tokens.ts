import { createHash, randomBytes } from "node:crypto";

// Personal links (scan invitations, password links): 32 random bytes = 256 bits, and only the
// SHA-256 hash is stored, so a database leak reveals no links.
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
