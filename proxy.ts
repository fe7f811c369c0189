import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { FOREIGN_ORIGIN_MESSAGE, isForeignOrigin } from "@/lib/security/origin";

// Pages only: a fresh CSP nonce per request. Next reads the nonce from the request's policy header and
// puts it on its own scripts. API routes (autosave, the PDF) and static files skip this entirely.
// A page takes a POST only as a server action: one from another site's page (its Origin) is a forged one.
// Next refuses it too, but as a 500 with an error in the log; here it is a plain 403 (issue 22).
// The other security headers are set for every response by scripts/serve.mjs.
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD" && isForeignOrigin(request, env().APP_URL))
    return new NextResponse(FOREIGN_ORIGIN_MESSAGE, {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const policy = contentSecurityPolicy(newNonce(), { development: env().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon.svg|fonts/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
