// Next runs register() once when a server process starts. The app's own scheduler lives there
// (lib/scheduler/loop.ts): every instance ticks, an advisory lock lets one of them run each job.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startScheduler } = await import("./lib/scheduler/loop");
  startScheduler();
}
