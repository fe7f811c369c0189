import "server-only";
import { env } from "@/lib/env";
import { hashLinkToken } from "@/lib/link-tokens";
import { LINK_TOKEN_PATTERN } from "@/lib/link-token-pattern";
import { rateLimitWait } from "@/lib/rate-limit";
import { clientLimitKey } from "@/lib/security/client-address";

// Load limits on the respondent's public endpoints, counted in PostgreSQL (shared by every instance)
// per link and per client address, in one-minute windows. They are generous on purpose: a person on a
// phone clicks a statement every second or two (and the enhancer may catch up a whole page at once
// after a slow start); a whole office can sit behind one address. What they stop is one link or one
// address hammering the database. docs/decisions/006-rate-limits.md has the numbers and why.

export type ScanLoadKind = "autosave" | "page";

const WINDOW_SECONDS = 60;
/** One link: a person answering as fast as they can is below a tenth of this. */
const PER_LINK: Record<ScanLoadKind, number> = { autosave: 300, page: 120 };

function perClient(kind: ScanLoadKind): number {
  return kind === "autosave" ? env().SCAN_AUTOSAVE_PER_CLIENT_PER_MINUTE : env().SCAN_PAGES_PER_CLIENT_PER_MINUTE;
}

export const SCAN_BUSY_MESSAGE =
  "Er komen via uw verbinding op dit moment heel veel verzoeken tegelijk binnen. Wacht een minuut; wat al is opgeslagen, blijft bewaard.";

export type ScanLoadVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The counters one request hits: key → its limit per window. */
export type ScanLoadLimits = Map<string, number>;
export const SCAN_LOAD_WINDOW_SECONDS = WINDOW_SECONDS;

/**
 * The counters for one request: the link and the client's address. A link of the wrong shape is not
 * counted (null): it is refused without any database work, which is cheaper than counting it. Made-up
 * links of the right shape count on the client, so guessing is limited. An unknown client (no socket
 * address, e.g. `next dev`) counts only on the link.
 */
export function scanLoadLimits(kind: ScanLoadKind, token: string, client: string | null): ScanLoadLimits | null {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  const limits: ScanLoadLimits = new Map([[`scan-${kind}-link:${hashLinkToken(token)}`, PER_LINK[kind]]]);
  if (client) limits.set(`scan-${kind}-client:${clientLimitKey(client)}`, perClient(kind));
  return limits;
}

/** Counts the request (when it has counters) and says how long it must wait: 0 = go on. */
export async function scanLoadWait(limits: ScanLoadLimits | null): Promise<number> {
  return limits ? rateLimitWait(limits, WINDOW_SECONDS) : 0;
}

export const busyResult = (retryAfterSeconds: number) =>
  ({ ok: false, code: "RATE_LIMITED", message: SCAN_BUSY_MESSAGE, retryAfterSeconds }) as const;

/** Counts one request on the link and the client's address and says whether it may go on. */
export async function checkScanLoad(kind: ScanLoadKind, token: string, client: string | null): Promise<ScanLoadVerdict> {
  const wait = await scanLoadWait(scanLoadLimits(kind, token, client));
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}
