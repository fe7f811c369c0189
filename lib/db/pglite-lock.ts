import fs from "node:fs";
import path from "node:path";

// PGlite has no cross-process lock, and two processes on one data dir corrupt it (docs/stack.md#p4-one-pglite-per-data-directory).
export function lockDataDir(dir: string): void {
  const lock = `${path.resolve(dir)}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      process.on("exit", () => releaseLock(lock));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number(fs.readFileSync(lock, "utf8"));
      let alive = false;
      try {
        process.kill(pid, 0);
        alive = pid !== process.pid;
      } catch {
        alive = false; // no such process: the lock is stale
      }
      if (alive) throw new Error(`PGlite data dir ${dir} is in use by process ${pid} (stop it first, or use DATABASE_URL)`);
      fs.unlinkSync(lock);
    }
  }
}

/** The pid of a live process holding the data dir, or null when it is free (or the lock is stale). */
export function dataDirHolder(dir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(`${path.resolve(dir)}.lock`, "utf8"));
    if (pid === process.pid) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export function releaseDataDirLock(dir: string): void {
  releaseLock(`${path.resolve(dir)}.lock`);
}

function releaseLock(lock: string) {
  try {
    if (fs.readFileSync(lock, "utf8") === String(process.pid)) fs.unlinkSync(lock);
  } catch {
    // already gone
  }
}
