import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { setDb } from "@/lib/db";
import { databaseReady } from "@/lib/db/ready";
import { handleAutosaveRequest } from "@/lib/scan/respondent/autosave-request";
import { setupTestDb } from "@/tests/support/test-db";

// What a load balancer and an operator ask the app (docs/operations.md#load-balancers): liveness without
// the database, readiness with it, and a database that fails shows as a 503 and one log line, never a stack.

const t = setupTestDb();
const failingDatabase = () =>
  setDb(
    t.prisma,
    async () => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect"), { code: "ECONNREFUSED" });
    },
    t.pool,
    t.pglite,
  );

afterEach(() => {
  setDb(t.prisma, t.raw, t.pool, t.pglite);
  vi.restoreAllMocks();
});

describe("/api/health and /api/ready", () => {
  it("health answers ok without the database; ready answers ok when the database does", async () => {
    failingDatabase();
    const live = health();
    expect(live.status).toBe(200);
    expect(live.headers.get("cache-control")).toBe("no-store");
    expect(await live.json()).toEqual({ status: "ok" });

    setDb(t.prisma, t.raw, t.pool, t.pglite);
    const r = await ready();
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: "ok" });
  });

  it("ready is a short 503 when the database fails or does not answer in time; nothing of the error leaks", async () => {
    failingDatabase();
    const r = await ready();
    expect(r.status).toBe(503);
    expect(r.headers.get("cache-control")).toBe("no-store");
    const text = await r.text();
    expect(text).toBe('{"status":"unavailable"}');

    const started = Date.now();
    expect(await databaseReady(50, () => new Promise(() => undefined))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("a failed autosave logs one line with the error's name, code and message, not a stack", async () => {
    failingDatabase();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const reply = await handleAutosaveRequest("A".repeat(43), JSON.stringify({ type: "answer", itemKey: "2.1", value: 2, revision: 0 }));
    expect(reply.status).toBe(500);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]).toEqual(["[autosave] unexpected error: Error ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:5432"]);
  });
});
