import { createHash, randomBytes } from "node:crypto";
import { LINK_TOKEN_PATTERN } from "./link-token-pattern";

// Personal links (scan invitations, password links, signing, the projector's board, the calendar feed,
// the first admin): 32 random bytes = 256 bits, and only the SHA-256 hash is stored, so a database
// leak reveals no links.
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token of the shape newLinkToken makes (43 base64url characters); anything else is no link. */
export const isLinkToken = (token: unknown): token is string => typeof token === "string" && LINK_TOKEN_PATTERN.test(token);

/**
 * The one way from a link in a URL to what it opens: shape → hash → lookup. A token of the wrong
 * shape never reaches the database and the lookup only ever sees the hash. `find` is the feature's
 * own lookup by hash (its table, its includes); it returns null for unknown, and the caller decides
 * what used, expired or revoked means, and says nothing about which it was.
 */
export async function resolveLinkToken<T>(token: unknown, find: (tokenHash: string) => Promise<T | null>): Promise<T | null> {
  if (!isLinkToken(token)) return null;
  return find(hashLinkToken(token));
}
