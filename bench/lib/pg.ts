// A throwaway PostgreSQL for a benchmark (scripts/pg-throwaway.sh), and waiting for a finished `next build`.
import fs from "node:fs";
import { spawnSync } from "node:child_process";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Pg = { url: string; dir: string; bin: string; user: string };

export function startPostgres(): Pg {
  const r = spawnSync(
    "bash",
    [
      "-c",
      'source scripts/pg-throwaway.sh && pg_throwaway_start && echo "$PG_THROWAWAY_URL|$PG_THROWAWAY_DIR|$PG_THROWAWAY_BIN|$PG_THROWAWAY_USER"',
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const [url, dir, bin, user] = r.stdout.trim().split("\n").at(-1)!.split("|");
  if (r.status !== 0 || !url || !dir) throw new Error("could not start a throwaway PostgreSQL");
  return { url, dir, bin: bin!, user: user! };
}

export function stopPostgres(pg: Pg) {
  spawnSync("bash", ["-c", "source scripts/pg-throwaway.sh && pg_throwaway_stop"], {
    env: { ...process.env, PG_THROWAWAY_DIR: pg.dir, PG_THROWAWAY_BIN: pg.bin, PG_THROWAWAY_USER: pg.user },
    stdio: "inherit",
  });
}

/** Whether a `next build` is running on this machine (its output is not complete before it ends). */
function buildRunning() {
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (/next\0build/.test(fs.readFileSync(`/proc/${pid}/cmdline`, "latin1"))) return true;
    } catch {
      // gone
    }
  }
  return false;
}

export async function waitForBuild() {
  const deadline = Date.now() + 10 * 60_000;
  let said = false;
  while (!fs.existsSync(".next/BUILD_ID") || (fs.existsSync("/proc") && buildRunning())) {
    if (Date.now() > deadline) throw new Error("no finished build after 10 minutes: run `npx next build` first");
    if (!said) console.log("waiting for `next build` (.next/BUILD_ID)…");
    said = true;
    await sleep(5_000);
  }
}

/** CREATE DATABASE through pg (psql may not be on the PATH). */
export async function createDatabase(adminUrl: string) {
  const { default: pgLib } = await import("pg");
  const client = new pgLib.Client({ connectionString: adminUrl });
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'ww_bench'");
  if (exists.rowCount === 0) await client.query("CREATE DATABASE ww_bench");
  await client.end();
}
