// How the live board comes back after an instance or a proxy fails (components/board/board-live.tsx).
// Pure timing rules and one small gate, without React, so they are tested in tests/unit/board-reconnect.

export const RECONNECT_MIN_MS = 1_000;
export const RECONNECT_MAX_MS = 30_000;

/**
 * The wait before the next try: 1 s doubling to 30 s, spread over the upper half of that step (jitter)
 * so the screens of a whole session do not all return in the same second. `attempt` counts from 0
 * and starts again at 0 once a stream is open.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** Math.min(30, Math.max(0, attempt)));
  return Math.round(step / 2 + (random() * step) / 2);
}

/** The stream's address continuing after the last event this screen saw (lib/board/stream.ts resumeAfter). */
export function streamUrlAfter(streamUrl: string, lastId: string): string {
  return lastId ? `${streamUrl}${streamUrl.includes("?") ? "&" : "?"}after=${encodeURIComponent(lastId)}` : streamUrl;
}

export type RefreshGate = { request(delayMs?: number): void; dispose(): void };

/**
 * Refreshes the page only once the server answers `probe`. Next answers a refresh that gets a 503 (a
 * proxy with no instance left) by loading that error page in place of the board; asking first keeps
 * the board on screen and tries again with backoff. A burst of requests gives one refresh.
 */
export function createRefreshGate(probe: () => Promise<boolean>, refresh: () => void, random: () => number = Math.random): RefreshGate {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let failures = 0;
  let disposed = false;
  const schedule = (ms: number) => {
    if (disposed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };
  const run = async () => {
    timer = null;
    if (running) return void (again = true);
    running = true;
    const ok = await probe().catch(() => false);
    running = false;
    if (disposed) return;
    if (!ok) return schedule(reconnectDelay(failures++, random));
    failures = 0;
    refresh();
    if (again) {
      again = false;
      schedule(60);
    }
  };
  return {
    request: (delayMs = 60) => schedule(delayMs),
    dispose: () => {
      disposed = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/** The probe: the readiness check answers 200 only when this instance and its database do. */
export const serverAnswers = (): Promise<boolean> =>
  fetch("/api/ready", { cache: "no-store" }).then(
    (r) => r.ok,
    () => false,
  );
