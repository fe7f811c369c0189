// The security headers of every response the app sends (issue 22), in one place: scripts/serve.mjs
// wraps Next's request handler with withSecurityHeaders, so pages, route handlers, the autosave API,
// downloads and static files all carry them, at the cost of a few setHeader calls (no proxy run on
// the autosave hot path, ADR 002). The Content-Security-Policy stays in proxy.ts: it needs a fresh
// nonce that Next reads from the request (lib/security/csp.ts, ADR 003).
// - X-Content-Type-Options: nosniff everywhere: a browser never guesses a type (an upload as HTML).
// - X-Frame-Options: DENY beside CSP's frame-ancestors 'none', for browsers that ignore the latter.
// - Referrer-Policy: strict-origin-when-cross-origin, and no-referrer on pages and routes whose URL
//   holds a link token, so a token never leaves in a Referer header (not even to our own origin's logs).
// - Strict-Transport-Security only when APP_URL is https: over plain http a browser ignores it, and
//   a local http install must never pin itself to https. Behind a reverse proxy set it there too
//   (docs/operations.md#https-and-security-headers).

export const HSTS = "max-age=63072000; includeSubDomains";

/** Paths whose URL carries a link token (the key to a scan, an account, a board, a signature, an answer, a feed). */
const TOKEN_PATHS = [
  /^\/scan\/[^/]+/,
  /^\/account\/activeren\/[^/]+/,
  /^\/inrichten\/[^/]+/,
  /^\/ondertekenen\/[^/]+/,
  /^\/bijeenkomst\/[^/]+/,
  /^\/bord\/[^/]+/,
  /^\/api\/scan\/[^/]+/,
  /^\/api\/bord\/[^/]+/,
  /^\/api\/agenda\/[^/]+/,
];

/** The path of a request URL ("/scan/abc?x=1" → "/scan/abc"), decoded-safe: it is only matched. */
const pathOf = (url) => (url ?? "/").split(/[?#]/, 1)[0];

/** @returns {boolean} whether the path's URL holds a link token */
export function isTokenPath(url) {
  return TOKEN_PATHS.some((pattern) => pattern.test(pathOf(url)));
}

/**
 * The security headers for one request path.
 * @param {string | undefined} url the request's URL (path and query)
 * @param {{ https: boolean }} options whether the app is served over https (APP_URL)
 * @returns {Record<string, string>}
 */
export function securityHeaders(url, { https }) {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": isTokenPath(url) ? "no-referrer" : "strict-origin-when-cross-origin",
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/**
 * Whether the public address is https (APP_URL, or NEXTAUTH_URL as lib/env.ts reads it).
 * @param {Record<string, string | undefined>} [env]
 */
export const servedOverHttps = (env = process.env) => /^https:\/\//i.test(env.APP_URL || env.NEXTAUTH_URL || "");

/**
 * A Node request handler that sets the security headers before the wrapped one answers. A handler may
 * still replace one on purpose (none does).
 * @template {import("node:http").IncomingMessage} Req
 * @template {import("node:http").ServerResponse} Res
 * @param {(req: Req, res: Res) => unknown} handle
 * @param {{ https: boolean }} options
 * @returns {(req: Req, res: Res) => unknown}
 */
export function withSecurityHeaders(handle, options) {
  return (req, res) => {
    for (const [name, value] of Object.entries(securityHeaders(req.url, options))) res.setHeader(name, value);
    return handle(req, res);
  };
}
