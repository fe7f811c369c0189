import "server-only";
import { env } from "@/lib/env";
import { runDueJobs } from "./run";

// Started once per server process (instrumentation.ts): a tick a minute, the first shortly after
// start. Off with IN_APP_SCHEDULER=0, for those who run `npm run reminders` and friends from cron
// (and for the e2e server, whose specs run the jobs themselves).
const TICK_MS = 60_000;
const FIRST_TICK_MS = 15_000;
const g = globalThis as unknown as { __wwScheduler?: NodeJS.Timeout; __wwShuttingDown?: boolean };

export function startScheduler(): void {
  if (g.__wwScheduler || env().IN_APP_SCHEDULER === "0") return;
  let running = false;
  const tick = async () => {
    if (running || g.__wwShuttingDown) return;
    running = true;
    try {
      await runDueJobs();
    } catch (e) {
      console.error("[scheduler] tick failed", e);
    } finally {
      running = false;
    }
  };
  setTimeout(() => void tick(), FIRST_TICK_MS).unref();
  g.__wwScheduler = setInterval(() => void tick(), TICK_MS);
  g.__wwScheduler.unref();
}
