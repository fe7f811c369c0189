import type { CookiesOptions } from "next-auth";

// Under https the login's cookies carry the __Host- prefix: a browser accepts such a cookie only from
// a secure origin, with Path=/ and without a Domain, so a page on another subdomain or on plain http
// cannot set or overwrite it (session fixation). next-auth 4 gives the session cookie only __Secure-,
// and derives even that from NEXTAUTH_URL; APP_URL is what the operator sets (lib/env.ts).
const hostCookie = (name: string) => ({
  name: `__Host-${name}`,
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: true },
});

/** next-auth's `cookies` option for the app's public address; undefined (its defaults) over http, as in development. */
export function authCookies(appUrl: string | undefined): Partial<CookiesOptions> | undefined {
  if (!/^https:\/\//i.test(appUrl ?? "")) return undefined;
  return {
    sessionToken: hostCookie("next-auth.session-token"),
    callbackUrl: hostCookie("next-auth.callback-url"),
    csrfToken: hostCookie("next-auth.csrf-token"),
  };
}
