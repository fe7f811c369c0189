// The Content-Security-Policy of every page. Scripts run only with this request's nonce (Next puts it
// on its own scripts; 'strict-dynamic' lets those load the page's chunks), so injected markup cannot
// run script. Styles come only from the app's own stylesheets: the UI has no style attribute and no
// <style> element (dynamic widths and colours are SVG attributes or classes; tests/unit/security-headers
// checks), so injected markup cannot restyle a page either. Only development allows inline styles, for
// Next's error overlay. Everything else is same-origin only, the app is never framed (X-Frame-Options
// beside frame-ancestors: scripts/security-headers.mjs), and forms post only to the app itself.
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${development ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and a fresh one for every page request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
