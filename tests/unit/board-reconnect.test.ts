import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RECONNECT_MAX_MS, createRefreshGate, reconnectDelay, streamUrlAfter } from "@/components/board/reconnect";
import { AUTOSAVE_RETRY_MAX_MS, autosaveRetryDelay, createRetryQueue } from "@/components/scan/autosave-retry";

// How the live board and the scan's autosave come back after an instance or a proxy failed (issue 21).

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("the board's reconnect", () => {
  it("waits 1 s doubling to 30 s, spread over the upper half of each step", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((n) => reconnectDelay(n, () => 1))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(reconnectDelay(0, () => 0)).toBe(500);
    expect(reconnectDelay(1e9, () => 0.5)).toBeLessThanOrEqual(RECONNECT_MAX_MS);
  });

  it("reopens the stream after the last event seen", () => {
    expect(streamUrlAfter("/api/bord/abc/stream", "")).toBe("/api/bord/abc/stream");
    expect(streamUrlAfter("/api/bord/abc/stream", "42")).toBe("/api/bord/abc/stream?after=42");
  });

  it("refreshes only once the server answers, with backoff in between; a burst gives one refresh", async () => {
    let up = false;
    const refresh = vi.fn();
    const gate = createRefreshGate(
      async () => up,
      refresh,
      () => 1,
    );
    gate.request();
    gate.request();
    await vi.advanceTimersByTimeAsync(60 + 1000 + 2000);
    expect(refresh).not.toHaveBeenCalled(); // a proxy's 503: the board stays, nothing navigates
    up = true;
    await vi.advanceTimersByTimeAsync(4000);
    expect(refresh).toHaveBeenCalledTimes(1);
    gate.request();
    gate.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});

describe("the autosave's retries", () => {
  it("never waits more than 3 s between tries (it waited up to 15 s)", () => {
    expect(Math.max(...[0, 1, 2, 3, 10, 100].map((n) => autosaveRetryDelay(n, () => 1)))).toBe(AUTOSAVE_RETRY_MAX_MS);
  });

  it("probes with one save at a time; once one gets through, every waiting save goes at once", async () => {
    const queued = new Set(["1.1", "1.2", "1.3"]);
    const sent: string[] = [];
    const q = createRetryQueue(
      (k) => sent.push(k),
      (k) => queued.has(k),
      () => 1,
    );
    for (const k of queued) q.failed(k);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toEqual(["1.1"]); // one probe, not three
    q.failed("1.1");
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual(["1.1", "1.2"]);
    q.succeeded();
    expect(sent.sort()).toEqual(["1.1", "1.1", "1.2", "1.3"]);
  });

  it("tries at once when the browser is online again, and keeps a load limit's wait", async () => {
    const sent: string[] = [];
    const q = createRetryQueue(
      (k) => sent.push(k),
      () => true,
      () => 0,
    );
    q.failed("a");
    q.now();
    expect(sent).toEqual(["a"]);
    q.failed("b", 10_000);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(sent).toEqual(["a"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(["a", "b"]);
  });
});
