// The live board under a session's load: 50 projector screens (server-sent events through a board
// link, no login) on `next start` against PostgreSQL, one editor changing one clause 20 times. Per
// change: the moment its transaction committed (editClause resolved, in this process) to the moment
// each screen read the event (in this process too, one clock). First one instance, then two on the same
// PostgreSQL with the screens split over them (their LISTENs fan out to their own screens). Usage:
//   npm run bench:live-board [-- --viewers 50 --changes 20 --interval-ms 100 --port 3400 --phones 40 --room-seconds 60]
// Then session 2 as a hackathon on two instances (./live-board-room.ts; --phones 0 skips it).
// Starts a throwaway PostgreSQL of its own (scripts/pg-throwaway.sh) and removes it afterwards.
// Requires `next build` (waits up to 10 minutes for .next/BUILD_ID if a build is still running).
import type { ChildProcess } from "node:child_process";
import os from "node:os";
import { parseArgs } from "node:util";
import { migrate, percentile, startServer, stopServer } from "./lib/server";
import { createDatabase, startPostgres, stopPostgres, waitForBuild, type Pg } from "./lib/pg";
import { connectViewer, type Viewer } from "./lib/sse";
import { loadRoomLib, runRoomScenario } from "./live-board-room";

const { values } = parseArgs({
  options: {
    viewers: { type: "string", default: "50" },
    changes: { type: "string", default: "20" },
    // a person typing and saving: changes spaced apart, not one burst
    "interval-ms": { type: "string", default: "100" },
    port: { type: "string", default: "3400" },
    // session 2 as a hackathon: phones in the room (0 skips that part)
    phones: { type: "string", default: "40" },
    "room-seconds": { type: "string", default: "60" },
  },
});
const VIEWERS = Number(values.viewers);
const CHANGES = Number(values.changes);
const INTERVAL_MS = Number(values["interval-ms"]);
const PORT = Number(values.port);
const TRAJECT_ID = "demo-traject-linde";
const P95_TARGET_MS = 250;
/** After the last change: how long a screen may still take before its event counts as missing. */
const DRAIN_MS = 5_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- one run -----------------------------------------------------------------------------------

type Lib = Awaited<ReturnType<typeof loadLib>>;

async function loadLib() {
  // imported only after DATABASE_URL is set: lib/env reads it once
  const { db, closeDb } = await import("../lib/db");
  const { createBoardLink } = await import("../lib/board/access");
  const { editClause } = await import("../lib/gedragscode/clauses");
  const { seedDemo } = await import("../prisma/seed/demo");
  return { db, closeDb, createBoardLink, editClause, seedDemo };
}

async function runOnce(lib: Lib, opts: { instances: number; databaseUrl: string; token: string; clauseId: string }) {
  const { db, editClause } = lib;
  const viewers: Viewer[] = [];
  try {
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: opts.instances }, async (_, k) =>
        servers.add(await startServer(PORT + k, { DATABASE_URL: opts.databaseUrl, SEED_DEMO: "0" })),
      ),
    );
    console.log(`  ${opts.instances} instance(s) up in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (let v = 0; v < VIEWERS; v++)
      viewers.push(connectViewer(`http://localhost:${PORT + (v % opts.instances)}/api/bord/${opts.token}/stream`));
    await Promise.all(viewers.map((v) => v.connected));

    const trainer = await db().traject.findUniqueOrThrow({ where: { id: TRAJECT_ID }, select: { trainer: true } });
    const actor = {
      id: trainer.trainer.id,
      role: trainer.trainer.role,
      name: trainer.trainer.name,
      employerId: trainer.trainer.employerId,
    };
    let version = (await db().gedragscodeClause.findUniqueOrThrow({ where: { id: opts.clauseId } })).version;
    const change = async (n: number) => {
      const clause = await db().gedragscodeClause.findUniqueOrThrow({ where: { id: opts.clauseId } });
      const { result } = await editClause({
        actor,
        input: {
          trajectId: TRAJECT_ID,
          clauseId: opts.clauseId,
          version,
          section: clause.section,
          title: clause.title,
          body: `${clause.body.replace(/ \(wijziging \d+\)$/, "")} (wijziging ${n})`,
          owner: clause.owner ?? undefined,
        },
      });
      const committed = performance.now(); // editClause resolves after COMMIT: the editor's acknowledgement
      version = result.version;
      // the event this change announced: the newest of the traject (the editor is the only writer)
      const event = await db().liveEvent.findFirstOrThrow({ where: { topic: "board", channelId: TRAJECT_ID }, orderBy: { id: "desc" } });
      return { id: event.id.toString(), committed };
    };

    // warm-up (not measured): proves every screen is subscribed (": verbonden" comes before that) and
    // runs the route's code once per instance
    const warm = await change(0);
    const warmDeadline = Date.now() + 30_000;
    while (viewers.some((v) => !v.received.has(warm.id))) {
      if (Date.now() > warmDeadline) throw new Error("not every screen received the warm-up change within 30 s");
      await sleep(10);
    }

    const acks: { id: string; committed: number }[] = [];
    for (let n = 1; n <= CHANGES; n++) {
      acks.push(await change(n));
      await sleep(INTERVAL_MS);
    }
    const drainDeadline = Date.now() + DRAIN_MS;
    const complete = () => viewers.every((v) => acks.every((a) => v.received.has(a.id)));
    while (!complete() && Date.now() < drainDeadline) await sleep(10);

    const latencies: number[] = [];
    let missing = 0;
    for (const v of viewers)
      for (const a of acks) {
        const at = v.received.get(a.id);
        if (at === undefined) missing++;
        else latencies.push(at - a.committed);
      }
    latencies.sort((a, b) => a - b);
    const failed = viewers.filter((v) => v.failure()).length;
    const p95 = percentile(latencies, 95);
    console.log(
      `  latency commit → screen over ${latencies.length} screen×change pairs: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms (min ${latencies[0]?.toFixed(1)} ms; p95 target ≤ ${P95_TARGET_MS} ms: ${p95 <= P95_TARGET_MS ? "met" : "NOT met"})`,
    );
    console.log(
      `  every viewer received every change: ${missing === 0 ? "yes" : `no (missing ${missing})`}${failed ? ` · ${failed} streams ended early` : ""}`,
    );
    return { p95, missing };
  } finally {
    for (const v of viewers) v.abort();
    await stopServers();
  }
}

// ---- main --------------------------------------------------------------------------------------

let pg: Pg | null = null;
let lib: Lib | null = null;
const servers = new Set<ChildProcess>();
const stopServers = async () => {
  const running = [...servers];
  servers.clear();
  await Promise.all(running.map(stopServer));
};
let cleaning: Promise<void> | null = null;
const cleanup = () =>
  (cleaning ??= (async () => {
    await stopServers().catch(() => undefined);
    await lib?.closeDb().catch(() => undefined);
    if (pg) stopPostgres(pg);
    pg = null;
  })());
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

async function main() {
  await waitForBuild();
  console.log(
    `live-board · PostgreSQL · ${VIEWERS} screens · ${CHANGES} changes of one clause, ${INTERVAL_MS} ms apart · ${os.cpus().length} cores (screens, editor, servers and database on one machine)`,
  );
  pg = startPostgres();
  const databaseUrl = pg.url.replace(/\/postgres$/, "/ww_bench");
  await createDatabase(pg.url);
  process.env.DATABASE_URL = databaseUrl;
  process.env.SEED_DEMO = "0";
  migrate({ DATABASE_URL: databaseUrl });
  lib = await loadLib();
  await lib.seedDemo(lib.db());
  const trajectTrainer = await lib.db().traject.findUniqueOrThrow({ where: { id: TRAJECT_ID }, include: { trainer: true } });
  const t = trajectTrainer.trainer;
  const { token } = await lib.createBoardLink({
    actor: { id: t.id, role: t.role, name: t.name, employerId: t.employerId },
    trajectId: TRAJECT_ID,
    number: 1,
  });
  const clause = await lib.db().gedragscodeClause.findFirstOrThrow({
    where: { gedragscode: { trajectId: TRAJECT_ID } },
    orderBy: [{ section: "asc" }, { position: "asc" }],
  });
  const results = [];
  for (const instances of [1, 2]) {
    console.log(`${instances === 1 ? "one instance" : `two instances (ports ${PORT}, ${PORT + 1}; screens alternate)`}:`);
    results.push(await runOnce(lib, { instances, databaseUrl, token, clauseId: clause.id }));
  }
  if (Number(values.phones) > 0) {
    console.log(`session 2 as a hackathon (ports ${PORT}, ${PORT + 1}): phones add cards and vote, the facilitator steers:`);
    results.push(
      await runRoomScenario(await loadRoomLib(), {
        databaseUrl,
        port: PORT,
        phones: Number(values.phones),
        seconds: Number(values["room-seconds"]),
        trajectId: TRAJECT_ID,
        token,
        target: P95_TARGET_MS,
      }),
    );
  }
  if (results.some((r) => r.missing > 0 || !(r.p95 <= P95_TARGET_MS))) process.exitCode = 1;
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => cleanup());
