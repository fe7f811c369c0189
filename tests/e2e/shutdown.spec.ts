import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// `npm start` as a container runtime or systemd runs it: a signal to the npm process stops the server
// and closes the embedded database within 10 s, and nothing is left holding the port or the lock.
// No browser needed; it runs here because it needs the production build.

const PORT = 3417;
const base = `http://localhost:${PORT}`;

function descendants(pid: number): number[] {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const out: number[] = [];
  const walk = (p: number) => rows.filter(([, pp]) => pp === p).forEach(([c]) => (out.push(c), walk(c)));
  walk(pid);
  return out;
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const answers = async () =>
  fetch(`${base}/login`).then(
    (r) => r.status,
    () => null,
  );

// One database for the two starts: the first creates it, the second opens it again, which also
// proves that the stop before it released the lock. (And it saves a fresh migration.)
const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ww-shutdown-")), "db");

async function startApp() {
  const npm = spawn("npm", ["start"], {
    env: { ...process.env, PORT: String(PORT), PGLITE_DIR: dataDir, DATABASE_URL: "", SEED_DEMO: "0", NEXTAUTH_SECRET: "shutdown-test" },
    stdio: "ignore",
  });
  await expect.poll(answers, { timeout: 90_000, intervals: [500] }).toBe(200);
  // open the database (it opens lazily): a scan link is looked up in it
  await fetch(`${base}/scan/${"A".repeat(43)}`);
  expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);
  return { npm, dataDir, tree: [npm.pid!, ...descendants(npm.pid!)] };
}

async function expectStoppedCleanly(app: Awaited<ReturnType<typeof startApp>>, started: number) {
  await expect.poll(answers, { timeout: 10_000, intervals: [100] }).toBeNull();
  await expect.poll(() => app.tree.filter(alive), { timeout: 10_000 - (Date.now() - started), intervals: [100] }).toEqual([]);
  expect(fs.existsSync(`${app.dataDir}.lock`)).toBe(false);
}

test.describe.configure({ mode: "serial", timeout: 150_000 });
test.afterAll(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

// SIGTERM only: SIGINT (Ctrl-C) goes to the very same handler (scripts/serve.mjs registers one function
// for both), and each cold start here costs a CI run some 12 s.
test("SIGTERM to npm start stops the server and closes the database", async () => {
  const app = await startApp();
  const started = Date.now();
  process.kill(app.npm.pid!, "SIGTERM");
  await expectStoppedCleanly(app, started);
});

test("when npm start is killed outright, the server notices and stops instead of living on", async () => {
  const app = await startApp();
  const started = Date.now();
  process.kill(app.npm.pid!, "SIGKILL");
  await expectStoppedCleanly(app, started);
});
