import { afterAll, describe, expect, it } from "vitest";
import { GET as projectorStream } from "@/app/api/bord/[token]/stream/route";
import { createBoardLink, revokeBoardLinks } from "@/lib/board/access";
import { boardStreamResponse } from "@/lib/board/stream";
import { db } from "@/lib/db";
import { publish } from "@/lib/live/events";
import { liveHub } from "@/lib/live/hub";
import { makeTraject, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// Issue 22 item 6: a revoked projector link ends its open streams within seconds (on every instance:
// the revocation is a committed row plus a NOTIFY that every instance hears, and each stream re-checks
// its link), and a reconnect catches up only from what that screen could have seen.

const t = setupTestDb();
afterAll(() => liveHub().close());

/** Reads a stream's text until `done(text)` or the stream ends; the text and whether it ended. */
async function readUntil(response: Response, done: (text: string) => boolean, ms = 4000) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const next = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (next === null) break;
    if (next.done) return { text, ended: true };
    text += decoder.decode(next.value);
    if (done(text)) break;
  }
  return { text, ended: false, reader };
}

const open = (token: string, ac: AbortController, lastEventId?: string) =>
  projectorStream(
    new Request(`http://localhost/api/bord/${token}/stream`, {
      signal: ac.signal,
      headers: lastEventId ? { "last-event-id": lastEventId } : {},
    }),
    { params: Promise.resolve({ token }) },
  );

const change = (f: TrajectFixture, actorName: string) =>
  db().$transaction((tx) => publish(tx, "board", f.traject.id, { kind: "steps", actorName }));

describe("the projector's stream", () => {
  it("ends within seconds when its link is revoked, saying so", async () => {
    const f = await makeTraject(t.prisma);
    const { token } = await createBoardLink({ actor: f.trainer, trajectId: f.traject.id, number: 2 });
    const ac = new AbortController();
    const response = await open(token, ac);
    expect(response.status).toBe(200);
    const started = Date.now();
    await revokeBoardLinks({ actor: f.trainer, trajectId: f.traject.id });
    const { text, ended } = await readUntil(response, () => false);
    ac.abort();
    expect(ended).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000); // heard at once, not at the next 5-second check
    expect(text).toContain("event: closed");
  });

  it("ends when a new link replaces it", async () => {
    const f = await makeTraject(t.prisma);
    const { token } = await createBoardLink({ actor: f.trainer, trajectId: f.traject.id, number: 2 });
    const ac = new AbortController();
    const response = await open(token, ac);
    await createBoardLink({ actor: f.trainer, trajectId: f.traject.id, number: 2 });
    const { ended } = await readUntil(response, () => false);
    ac.abort();
    expect(ended).toBe(true);
  });

  it("a reconnect from id 0 gets nothing from before the link was made: no history of editors' names", async () => {
    const f = await makeTraject(t.prisma);
    const earlier = await change(f, "Eerdere Redacteur");
    await t.prisma.liveEvent.update({ where: { id: earlier }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const { token } = await createBoardLink({ actor: f.trainer, trajectId: f.traject.id, number: 2 });
    const ac = new AbortController();
    const response = await open(token, ac, "0");
    const after = await change(f, "Latere Redacteur");
    const { text } = await readUntil(response, (s) => s.includes(`id: ${after}`));
    ac.abort();
    expect(text).toContain("Latere Redacteur");
    expect(text).not.toContain("Eerdere Redacteur");
  });
});

describe("a signed-in screen's stream", () => {
  it("starts from now without Last-Event-ID, and catches up at most the last 10 minutes", async () => {
    const f = await makeTraject(t.prisma);
    const old = await change(f, "Oude Redacteur");
    await t.prisma.liveEvent.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    const recent = await change(f, "Recente Redacteur");

    const fresh = new AbortController();
    const fromNow = await boardStreamResponse({ trajectId: f.traject.id, after: null, signal: fresh.signal });
    const replay = new AbortController();
    const fromZero = await boardStreamResponse({ trajectId: f.traject.id, after: 0n, signal: replay.signal });
    const end = await change(f, "Sentinel");
    const [a, b] = await Promise.all([
      readUntil(fromNow, (s) => s.includes(`id: ${end}`)),
      readUntil(fromZero, (s) => s.includes(`id: ${end}`)),
    ]);
    fresh.abort();
    replay.abort();
    expect(a.text).not.toMatch(/Redacteur/);
    expect(b.text).toContain(`id: ${recent}`);
    expect(b.text).not.toContain("Oude Redacteur");
  });
});

describe("a late notification", () => {
  it("of an event the screen had when it opened is dropped; a newer one is sent", async () => {
    // A NOTIFY travels on its own connection: it can arrive after a screen that opened just after the
    // commit has read the newest id. That screen already shows the change (it rendered it).
    const got: string[] = [];
    const channelId = "late-notify-channel";
    const unsubscribe = await liveHub().subscribe({ topic: "board", channelId }, 5n, (e) => got.push(e.id));
    const hear = (id: string) =>
      (liveHub() as unknown as { onPayload(payload: string): void }).onPayload(
        JSON.stringify({ id, topic: "board", channelId, data: { kind: "steps", actorName: "Iemand" } }),
      );
    hear("4");
    hear("5");
    hear("6");
    hear("6");
    unsubscribe();
    expect(got).toEqual(["6"]);
  });
});
