import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

// Issue 22 item 6: a server action posted from another site's page. Next itself refuses it too, but with
// a 500 (next/dist/server/app-render/action-handler.js); the proxy answers first, with a plain 403.

const post = (headers: Record<string, string>) =>
  proxy(new NextRequest("http://localhost:3000/trajecten/abc", { method: "POST", headers: { host: "localhost:3000", ...headers } }));

describe("the page proxy and other sites' posts", () => {
  it("refuses a server action (fetch or plain form) from another origin with 403", async () => {
    const forged: Record<string, string>[] = [
      { origin: "https://evil.example", "next-action": "7f00" },
      { origin: "null", "next-action": "7f00" },
      { origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" },
    ];
    for (const headers of forged) {
      const response = post(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toMatch(/niet van een pagina van deze app/);
    }
  });

  it("lets the app's own pages post, and a request without Origin through to Next", () => {
    expect(post({ origin: "http://localhost:3000", "next-action": "7f00" }).status).toBe(200);
    expect(post({ "next-action": "7f00" }).status).toBe(200);
    expect(post({ origin: "http://localhost:3000" }).headers.get("content-security-policy")).toMatch(/script-src/);
  });
});
