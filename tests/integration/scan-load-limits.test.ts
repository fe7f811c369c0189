import { describe, expect, it, vi } from "vitest";
import { requireScanView } from "@/app/scan/[token]/load";
import { SOCKET_ADDRESS_HEADER } from "@/lib/security/client-address";
import { handleAutosaveRequest } from "@/lib/scan/respondent/autosave-request";
import { checkScanLoad, SCAN_BUSY_MESSAGE } from "@/lib/scan/respondent/load-limits";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { openScan } from "@/lib/scan/respondent/link";
import { rateLimitWait } from "@/lib/rate-limit";
import { makeTraject, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// The scan pages read the client's address from the request: here, as our server would set it.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-ww-socket-address": "192.0.2.99" }) }));

const t = setupTestDb();
const inAWeek = () => new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);

async function invite(f: TrajectFixture, email: string) {
  await createInvitation({
    actor: f.trainer,
    input: { trajectId: f.traject.id, name: "Femke", email, function: "HR", deadline: inAWeek() },
  });
  const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const token = mail.text.match(/\/scan\/([A-Za-z0-9_-]{43})/)![1]!;
  await openScan(token);
  return token;
}

const answer = (value: number, revision: number) => JSON.stringify({ type: "answer", itemKey: "1.1", value, revision });

describe(`load limits on the scan's public endpoints (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("one link: 300 autosaves a minute go through, the next one is refused with a Dutch message and changes nothing", async () => {
    const f = await makeTraject(t.prisma);
    const token = await invite(f, "snel@voorbeeld.nl");
    let revision = 0;
    for (let i = 0; i < 300; i++) {
      const r = await handleAutosaveRequest(token, answer((i % 5) + 1, revision), "192.0.2.10");
      expect(r.status).toBe(200);
      if (r.body.ok) revision = r.body.revision;
    }
    const { response } = await openScan(token);
    const stored = await t.prisma.scanAnswer.findFirstOrThrow({ where: { itemKey: "1.1", responseId: response.id } });
    const refused = await handleAutosaveRequest(token, answer(stored.value === 1 ? 2 : 1, revision), "192.0.2.10");
    expect(refused).toMatchObject({ status: 429, body: { ok: false, code: "RATE_LIMITED", message: SCAN_BUSY_MESSAGE } });
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await t.prisma.scanAnswer.findFirstOrThrow({ where: { itemKey: "1.1", responseId: response.id } })).toEqual(stored);

    // another link from the same address is not held back by this one
    const colleague = await invite(f, "collega@voorbeeld.nl");
    expect((await handleAutosaveRequest(colleague, answer(3, 0), "192.0.2.10")).status).toBe(200);

    // a new window: the link saves again
    await t.prisma
      .$executeRaw`UPDATE "RateLimit" SET "windowStart" = now() - interval '61 seconds' WHERE "key" LIKE 'scan-autosave-link:%'`;
    expect((await handleAutosaveRequest(token, answer(stored.value === 1 ? 2 : 1, revision), "192.0.2.10")).status).toBe(200);
  });

  it("one address: an office of many people fits, a flood across many links does not; other addresses go on", async () => {
    const f = await makeTraject(t.prisma);
    const token = await invite(f, "kantoor@voorbeeld.nl");
    expect((await handleAutosaveRequest(token, answer(4, 0), "198.51.100.7")).status).toBe(200);
    // as if 5,999 more autosaves came from this address this minute: 6,000 (the default) is the limit
    await t.prisma.rateLimit.update({ where: { key: "scan-autosave-client:198.51.100.7" }, data: { count: 6000 } });
    expect((await handleAutosaveRequest(token, answer(5, 1), "198.51.100.7")).status).toBe(429);
    expect((await checkScanLoad("autosave", "B".repeat(43), "198.51.100.7")).allowed).toBe(false); // also for any other link
    expect((await handleAutosaveRequest(token, answer(5, 1), "198.51.100.8")).status).toBe(200);
    // page views have their own budget
    expect((await checkScanLoad("page", token, "198.51.100.7")).allowed).toBe(true);
  });

  it("made-up links count against the address, so guessing is limited; a link of the wrong shape costs no database work", async () => {
    for (let i = 0; i < 3; i++) await handleAutosaveRequest(`${"D".repeat(42)}${i}`, "{kapot", "203.0.113.5");
    expect(await t.prisma.rateLimit.findUnique({ where: { key: "scan-autosave-client:203.0.113.5" } })).toMatchObject({ count: 3 });
    const before = await t.prisma.rateLimit.count();
    expect(await handleAutosaveRequest("niet-een-link", answer(3, 0), "203.0.113.5")).toMatchObject({ status: 404 });
    expect(await t.prisma.rateLimit.count()).toBe(before);
    expect(await t.prisma.rateLimit.findUnique({ where: { key: "scan-autosave-client:203.0.113.5" } })).toMatchObject({ count: 3 });
  });

  it("page views: 120 a minute per link, and the link's key is its hash, never the token itself", async () => {
    const token = "C".repeat(43);
    for (let i = 0; i < 120; i++) expect((await checkScanLoad("page", token, null)).allowed).toBe(true);
    expect(await checkScanLoad("page", token, null)).toMatchObject({ allowed: false });
    const keys = (await t.prisma.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.some((k) => k.includes(token))).toBe(false);
    expect(keys.some((k) => /^scan-page-link:[0-9a-f]{64}$/.test(k))).toBe(true);
  });

  it("counts exactly under concurrency: no hit lost, no deadlock between two keys", async () => {
    const waits = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        rateLimitWait(
          new Map(
            i % 2
              ? [
                  ["k-b", 50],
                  ["k-a", 100],
                ]
              : [
                  ["k-a", 100],
                  ["k-b", 50],
                ],
          ),
          60,
        ),
      ),
    );
    const rows = await t.prisma.rateLimit.findMany({ where: { key: { in: ["k-a", "k-b"] } }, orderBy: { key: "asc" } });
    expect(rows.map((r) => r.count)).toEqual([60, 60]);
    // k-b's limit is 50: exactly the ten hits after the fiftieth wait, each for the rest of the window
    expect(waits.filter((w) => w > 0)).toHaveLength(10);
    expect(Math.max(...waits)).toBeLessThanOrEqual(60);
  });

  it("a page over the limit sends the respondent to the 'even geduld' page, with their link to come back", async () => {
    const f = await makeTraject(t.prisma);
    const token = await invite(f, "pagina@voorbeeld.nl");
    expect(SOCKET_ADDRESS_HEADER).toBe("x-ww-socket-address");
    await expect(requireScanView(Promise.resolve({ token }))).resolves.toMatchObject({ token });
    await t.prisma.rateLimit.update({ where: { key: "scan-page-client:192.0.2.99" }, data: { count: 2400 } });
    await expect(requireScanView(Promise.resolve({ token }))).rejects.toMatchObject({
      digest: expect.stringContaining(`/scan/drukte?link=${token}`),
    });
  });
});
