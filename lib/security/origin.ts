// Whether a request comes from a page of the app itself, by its Origin header: a browser sends it on every
// POST, PUT, PATCH and DELETE, and a page of another site cannot change it. So a cookie-carrying request
// with another site's Origin (or "null": a sandboxed frame, a data: URL) is a forged one (CSRF); without
// the header it comes from a script or an old browser, which another site cannot drive.
// Ours: the public address (APP_URL) or the address the request itself reached (Host), as Next's own
// check of server actions does.

export function isForeignOrigin(request: Request, appUrl: string | undefined): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const own = new Set([new URL(request.url).origin]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) own.add(`${new URL(request.url).protocol}//${host}`);
  if (appUrl) own.add(new URL(appUrl).origin);
  return !own.has(origin);
}

/** The refusal's words (a 403), for a route handler and a page alike. */
export const FOREIGN_ORIGIN_MESSAGE = "Dit verzoek kwam niet van een pagina van deze app. Open de pagina opnieuw en probeer het nog eens.";
