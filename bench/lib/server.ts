import { spawn, spawnSync, type ChildProcess } from "node:child_process";

/** Starts the production server (scripts/serve.mjs, as `npm start` runs it; the build must exist) and waits until it answers. */
export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server on stop (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn("node", [...profile, "scripts/serve.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      NEXTAUTH_SECRET: "bench",
      // no recurring jobs in the middle of a measurement
      IN_APP_SCHEDULER: "0",
      NEXTAUTH_URL: `http://localhost:${port}`,
      APP_URL: `http://localhost:${port}`,
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://localhost:${port}/login`);
      if (res.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

export async function stopServer(child: ChildProcess) {
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

export function migrate(env: Record<string, string>) {
  const r = spawnSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, ...env }, stdio: "ignore" });
  if (r.status !== 0) throw new Error("migrate deploy failed");
}

export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
