import "server-only";
import { recordAudit } from "@/lib/audit";
import { hitRateLimit, hitRateLimits, undoRateLimitHit } from "@/lib/rate-limit";
import { clientLimitKey } from "@/lib/security/client-address";

// The limits on password guessing at login (docs/decisions/006-rate-limits.md, amended 2026-12-06).
// Every attempt is counted before the password is checked, in one statement on three counters, so
// parallel guesses cannot slip past; a success takes its own hits back and nothing else:
// - per client (address, IPv6 per /64 like the scan's limits; an address that cannot be read shares
//   one bucket): 20 checked attempts per 15 minutes, then that client is refused;
// - per account: 10 failures per 15 minutes. After that a client that already tried this account in
//   the window is refused, and a client new to it gets one check per account per minute. The person
//   who owns the account, on their own device, is new to it and gets in at once; a guesser needs a
//   fresh address (a fresh /64) for every guess, and even then gets one a minute.
// The counters live in "SecurityLimit", written to the WAL: a crash resets nothing.

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const CLIENT_LIMIT = { limit: 20, windowSeconds: LOGIN_WINDOW_SECONDS };
/** Failed checks on one account per window before only clients new to it are checked. */
export const ACCOUNT_CAP = 10;
/** On a capped account: checks for clients new to it, one per this many seconds. */
export const FRESH_CLIENT_SLOT = { limit: 1, windowSeconds: 60 };
/** The bucket of every client whose address cannot be read (a malformed forwarded header, no socket address). */
export const UNPARSEABLE_CLIENT = "unparseable";

export type LoginRefusal = "client" | "account" | "busy";
/** A refusal, and whether the audit log should record it (a client's refusals: only the first per window). */
export interface Refused {
  refused: LoginRefusal;
  audit: boolean;
}

export interface LoginAttempt {
  /** Takes the attempt's hits back: the password was right. */
  succeeded(): Promise<void>;
}

export const clientBucket = (address: string | null) => (address ? clientLimitKey(address) : UNPARSEABLE_CLIENT);

const keysOf = (email: string, client: string) => ({
  client: `login-client:${client}`,
  account: `login-account:${email}`,
  pair: `login-pair:${email}|${client}`,
  fresh: `login-fresh:${email}`,
});

/**
 * Counts one attempt of `client` on the account `email` (also for addresses that are no account) and
 * says whether its password may be checked: a refusal, or the attempt to settle after the check.
 */
export async function countLoginAttempt(email: string, address: string | null): Promise<Refused | LoginAttempt> {
  const client = clientBucket(address);
  const keys = keysOf(email, client);
  const counts = await hitRateLimits([keys.client, keys.account, keys.pair], LOGIN_WINDOW_SECONDS);
  const clientCount = counts.get(keys.client) ?? 0;
  const accountCount = counts.get(keys.account) ?? 0;
  const pairCount = counts.get(keys.pair) ?? 0;
  // a refused attempt checks nothing, so it is no failure on the account (it still counts on the client)
  // (so the audit log gets at most the client limit's worth of rows per client and window)
  const refuse = async (why: LoginRefusal): Promise<Refused> => {
    await undoRateLimitHit(keys.account, ...(why === "busy" ? [keys.pair] : []));
    return { refused: why, audit: why !== "client" || clientCount === CLIENT_LIMIT.limit + 1 };
  };
  if (clientCount > CLIENT_LIMIT.limit) return refuse("client");
  const capped = accountCount > ACCOUNT_CAP;
  if (capped) {
    if (pairCount > 1) return refuse("account");
    if (!(await hitRateLimit(keys.fresh, FRESH_CLIENT_SLOT)).allowed) return refuse("busy");
  }
  // the owner's own check leaves the minute's slot for the next one
  return { succeeded: () => undoRateLimitHit(keys.client, keys.account, keys.pair, ...(capped ? [keys.fresh] : [])) };
}

/**
 * The audit log: a failed check, or a refusal (a client limit's first one per window; the account's
 * refusals count on the client, so they are bounded by its limit). The client's address and the account when it is one; never the password, and
 * not an address typed that is no account (it may be someone else's, or a password in the wrong field).
 */
export async function auditLogin(what: "failed" | LoginRefusal, { userId, address }: { userId: string | null; address: string | null }) {
  await recordAudit({
    actor: { id: null, name: "Inlogpoging" },
    action: what === "failed" ? "login.failed" : "login.refused",
    entityType: "User",
    entityId: userId ?? "onbekend",
    data: { client: address ?? UNPARSEABLE_CLIENT, ...(what === "failed" ? {} : { limit: what }) },
  });
}
