import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

// Pages only: a fresh CSP nonce per request. Next reads the nonce from the request's policy header and
// puts it on its own scripts. API routes (autosave, the PDF) and static files skip this entirely.
export function proxy(request: NextRequest) {
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
