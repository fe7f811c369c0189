// The timer of an agenda step (pure, client-safe): the room stores either when a running timer ends
// (timerEndsAt) or, paused, the seconds it had left (timerLeftSeconds); never both. Every screen works
// out what is left from that, so a timer needs no ticking on the server and survives a restart.

export type TimerState = "off" | "running" | "paused";

export interface TimerFields {
  timerEndsAt: Date | string | null;
  timerLeftSeconds: number | null;
}

/** The longest timer a facilitator can set: a whole session's afternoon. */
export const TIMER_MAX_MINUTES = 240;

const at = (v: Date | string) => (typeof v === "string" ? new Date(v) : v).getTime();

/** What is left, in whole seconds rounded up (a clock shows 0:01 until the very end), never below 0. */
export function timerRemaining(timer: TimerFields, now: Date | number): { state: TimerState; seconds: number } {
  const nowMs = typeof now === "number" ? now : now.getTime();
  if (timer.timerEndsAt !== null) return { state: "running", seconds: Math.max(0, Math.ceil((at(timer.timerEndsAt) - nowMs) / 1000)) };
  if (timer.timerLeftSeconds !== null) return { state: "paused", seconds: Math.max(0, timer.timerLeftSeconds) };
  return { state: "off", seconds: 0 };
}

/** "4:05", "0:59", "1:02:00": minutes and seconds, hours only when there are any. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, "0");
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** The clock in words for a screen reader: "4 minuten en 5 seconden". */
export function clockInWords(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const m = Math.floor(s / 60);
  const rest = s % 60;
  const minutes = m === 1 ? "1 minuut" : `${m} minuten`;
  const secs = rest === 1 ? "1 seconde" : `${rest} seconden`;
  if (m === 0) return secs;
  return rest === 0 ? minutes : `${minutes} en ${secs}`;
}

/** The fields after each timer action, from the stored ones; null: that action does not apply now. */
export const timerAfter = {
  start: (minutes: number, now: Date): TimerFields => ({ timerEndsAt: new Date(now.getTime() + minutes * 60_000), timerLeftSeconds: null }),
  pause: (timer: TimerFields, now: Date): TimerFields | null => {
    const { state, seconds } = timerRemaining(timer, now);
    return state === "running" ? { timerEndsAt: null, timerLeftSeconds: seconds } : null;
  },
  resume: (timer: TimerFields, now: Date): TimerFields | null => {
    const { state, seconds } = timerRemaining(timer, now);
    return state === "paused" ? { timerEndsAt: new Date(now.getTime() + seconds * 1000), timerLeftSeconds: null } : null;
  },
  reset: (): TimerFields => ({ timerEndsAt: null, timerLeftSeconds: null }),
};
