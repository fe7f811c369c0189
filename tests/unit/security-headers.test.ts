import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HSTS, isTokenPath, servedOverHttps, withSecurityHeaders } from "@/scripts/security-headers.mjs";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { BAND_FILL, HATCH_COLOR } from "@/lib/scan/scoring/band-colours";
import { BAND_CLASS } from "@/app/(app)/trajecten/[id]/resultaten/_components/bands";

// The headers of every response (issue 22 item 5): scripts/serve.mjs wraps Next's handler with
// withSecurityHeaders. Here the same wrapper sits in front of a handler that answers like Next does
// (its own content type, writeHead), over a real socket, for a page, a token page, an API route, a
// download and a static file.

const servers: http.Server[] = [];
async function serveWith(https: boolean) {
  const server = http.createServer(
    withSecurityHeaders(
      (req, res) => {
        const type = req.url?.startsWith("/_next/static")
          ? "application/javascript"
          : req.url?.startsWith("/api")
            ? "application/json"
            : "text/html";
        res.writeHead(200, { "Content-Type": type });
        res.end("{}");
      },
      { https },
    ),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (p: string) => fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${p}`);
}
let get: (p: string) => Promise<Response>;
let getHttps: (p: string) => Promise<Response>;
beforeAll(async () => {
  get = await serveWith(false);
  getHttps = await serveWith(true);
});
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

const PATHS = ["/", "/trainer", "/api/trajecten/x/rapport", "/api/scan/abc/autosave", "/_next/static/chunks/a.js", "/scan/abc/thema/1"];

describe("security headers on every response", () => {
  it("sends nosniff and DENY everywhere, and HSTS only when APP_URL is https", async () => {
    for (const p of PATHS) {
      const plain = await get(p);
      expect(plain.headers.get("x-content-type-options"), p).toBe("nosniff");
      expect(plain.headers.get("x-frame-options"), p).toBe("DENY");
      expect(plain.headers.get("strict-transport-security"), p).toBeNull();
      expect((await getHttps(p)).headers.get("strict-transport-security"), p).toBe(HSTS);
    }
    expect(HSTS).toBe("max-age=63072000; includeSubDomains");
    expect(servedOverHttps({ APP_URL: "https://ww.example.nl" })).toBe(true);
    expect(servedOverHttps({ APP_URL: "http://localhost:3000" })).toBe(false);
    expect(servedOverHttps({ NEXTAUTH_URL: "https://ww.example.nl" })).toBe(true);
  });

  it("sends no referrer from pages and routes that hold a link token, strict-origin elsewhere", async () => {
    for (const p of [
      "/scan/abc",
      "/scan/abc/thema/2?x=1",
      "/account/activeren/abc",
      "/inrichten/abc",
      "/ondertekenen/abc",
      "/bijeenkomst/abc?antwoord=ja",
      "/bord/abc",
    ])
      expect((await get(p)).headers.get("referrer-policy"), p).toBe("no-referrer");
    for (const p of ["/api/scan/abc/autosave", "/api/bord/abc/stream", "/api/agenda/abc.ics"]) expect(isTokenPath(p), p).toBe(true);
    for (const p of ["/", "/trainer", "/account", "/trajecten/abc/bord", "/api/trajecten/abc/bord/stream"]) {
      expect(isTokenPath(p), p).toBe(false);
      expect((await get(p)).headers.get("referrer-policy"), p).toBe("strict-origin-when-cross-origin");
    }
  });

  it("is what the production server uses", () => {
    const serve = fs.readFileSync("scripts/serve.mjs", "utf8");
    expect(serve).toMatch(/http\.createServer\(\s*withSecurityHeaders\(/);
  });
});

describe("the style policy", () => {
  it("allows no inline style in production: no 'unsafe-inline' anywhere, frames refused", () => {
    const policy = contentSecurityPolicy("abc123==");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("has no style attribute left in the UI (React would render it into the HTML, which the policy blocks)", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(p);
        else if (/\.tsx$/.test(e.name) && /\bstyle=\{/.test(fs.readFileSync(p, "utf8"))) offenders.push(p);
      }
    };
    ["app", "components"].forEach(walk);
    expect(offenders).toEqual([]);
  });

  it("draws the bands with classes whose colours are BAND_FILL's (shared with the PDF)", () => {
    const css = fs.readFileSync("app/globals.css", "utf8");
    for (const [band, fill] of Object.entries(BAND_FILL))
      expect(css, band).toMatch(new RegExp(`\\.${BAND_CLASS[band as keyof typeof BAND_FILL]} \\{\\s*background-color: ${fill};`));
    expect(css).toContain(`${HATCH_COLOR} 3px 4px`);
  });
});
