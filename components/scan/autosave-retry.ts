// When autosaves fail (no network, an instance restarting, a short database outage): which save tries
// again, and when. No React and no DOM, so tests/unit/autosave-retry.test.ts can drive it.

export const AUTOSAVE_RETRY_MAX_MS = 3_000;

/** 0.5 s doubling to 3 s, in the upper half of each step: after an outage saves resume within ~3 s. */
export function autosaveRetryDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(AUTOSAVE_RETRY_MAX_MS, 500 * 2 ** Math.min(30, Math.max(0, attempt)));
  return Math.round(step / 2 + (random() * step) / 2);
}

export type RetryQueue = {
  /** A save of `key` failed; `retryAfterMs` when the server said when to come back (a load limit). */
  failed(key: string, retryAfterMs?: number): void;
  /** A save went through: the server answers again, so every waiting save goes now. */
  succeeded(): void;
  /** Try now (the browser says it is online again). */
  now(): void;
  dispose(): void;
};

/**
 * Failed saves wait here. One of them at a time tries again as the probe, on a short backoff; the
 * moment any save gets through, the others follow at once. `ready(key)` says whether a key still has
 * something to send that is not already under way (a newer value may have gone out in the meantime:
 * the newest value per field is what the caller keeps queued).
 */
export function createRetryQueue(
  send: (key: string) => void,
  ready: (key: string) => boolean,
  random: () => number = Math.random,
): RetryQueue {
  const waiting = new Set<string>();
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const probe = () => {
    timer = null;
    for (const key of waiting) {
      waiting.delete(key);
      if (ready(key)) return send(key);
    }
  };
  return {
    failed(key, retryAfterMs = 0) {
      waiting.add(key);
      if (retryAfterMs > 0) {
        // a load limit: come back when it says, spread a little so an office does not return at once
        clear();
        timer = setTimeout(probe, retryAfterMs + random() * 2000);
      } else if (!timer) timer = setTimeout(probe, autosaveRetryDelay(failures++, random));
    },
    succeeded() {
      failures = 0;
      clear();
      const keys = [...waiting];
      waiting.clear();
      for (const key of keys) if (ready(key)) send(key);
    },
    now() {
      if (waiting.size === 0) return;
      clear();
      probe();
    },
    dispose: clear,
  };
}
