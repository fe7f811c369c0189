// Autosave under load: N simulated respondents saving answers concurrently against `next start`,
// compared with the raw database upsert rate on the same engine, then a check that every
// acknowledged answer is stored. Usage:
//   npx tsx bench/scan-autosave.ts [--engine pglite|postgres] [--respondents 50] [--seconds 10]
//     [--think-ms 0] [--instances 1]   (--instances > 1: several `next start` on one PostgreSQL,
//     respondents spread over them as a load balancer would)
// postgres needs DATABASE_URL (an empty database; migrations are applied). Requires `next build`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb, db } from "../lib/db";
import { closeClients, putJson } from "./lib/http-client";
import { seedBenchRespondents } from "./lib/seed-respondents";
import { firstLoadJs } from "./lib/first-load-js";
import { measureRawUpserts } from "./lib/raw-upserts";
import { migrate, percentile, startServer, stopServer } from "./lib/server";
import questionnaire from "../prisma/data/mhb-2025.json";

const { values } = parseArgs({
  options: {
    engine: { type: "string", default: "pglite" },
    respondents: { type: "string", default: "50" },
    seconds: { type: "string", default: "10" },
    port: { type: "string", default: "3300" },
    "think-ms": { type: "string", default: "0" },
    instances: { type: "string", default: "1" },
  },
});
// think time between one respondent's saves: 0 = saturation (every respondent saves back to back);
// ~1500 ms is a person clicking through statements.
const THINK_MS = Number(values["think-ms"]);
const engine = values.engine as "pglite" | "postgres";
const N = Number(values.respondents);
const SECONDS = Number(values.seconds);
const PORT = Number(values.port);
const INSTANCES = Number(values.instances);

// Each simulated respondent comes from its own address, as people at different employers do: the
// server believes X-Forwarded-For (TRUST_PROXY), so the per-client load limit counts per respondent and
// its cost is in every figure. (Behind one address 1,000 people would exceed the per-client limit by design.)
const serverEnv = { TRUST_PROXY: "x-forwarded-for" };
const addressOf = (r: number) => `10.${(r >> 16) & 255}.${(r >> 8) & 255}.${r & 255}`;

const dbEnv: Record<string, string> =
  engine === "postgres"
    ? { DATABASE_URL: process.env.DATABASE_URL ?? "" }
    : { PGLITE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "ww-bench-")), DATABASE_URL: "" };
if (engine === "postgres" && !dbEnv.DATABASE_URL) throw new Error("--engine postgres needs DATABASE_URL");
if (engine === "pglite" && INSTANCES > 1) throw new Error("PGlite serves one process: --instances > 1 needs --engine postgres");
Object.assign(process.env, dbEnv);

const items = questionnaire.themes.flatMap((t) => t.items.map((i) => i.key));

async function main() {
  console.log(
    `scan-autosave · engine=${engine} · ${INSTANCES} instance(s) · respondents=${N} · ${SECONDS}s · think ${THINK_MS} ms · ${os.cpus().length} cores (load generator on the same machine)`,
  );
  migrate(dbEnv);
  const respondents = await seedBenchRespondents(db(), N);
  const tokens = respondents.map((r) => r.token);
  const responseIdOf = new Map(respondents.map((r) => [r.token, r.responseId]));
  await closeDb(); // PGlite: one process per data dir, so the server gets it next

  const servers = await Promise.all(Array.from({ length: INSTANCES }, (_, k) => startServer(PORT + k, { ...dbEnv, ...serverEnv })));
  const bases = servers.map((_, k) => `http://localhost:${PORT + k}`);
  const base = bases[0]!;
  const baseOf = (r: number) => bases[r % bases.length]!;
  const latencies: number[] = [];
  const acked = new Map<string, number | "dontKnow">(); // `${token}|${item}` → last acknowledged value
  let failures = 0;
  // warm-up: one save per respondent (first request compiles routes, boots PGlite)
  await Promise.all(tokens.map((t, r) => save(baseOf(r), t, items[0]!, 3, 0, addressOf(r))));
  const revisions = new Map<string, number>(tokens.map((t) => [`${t}|${items[0]}`, 1]));

  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    tokens.map(async (token, r) => {
      let i = r;
      // people do not click in lockstep: spread the first saves over one think time
      if (THINK_MS > 0) await new Promise((res) => setTimeout(res, (THINK_MS * r) / tokens.length));
      while (Date.now() < end) {
        const item = items[i++ % items.length]!;
        const value = i % 7 === 0 ? ("dontKnow" as const) : (i % 5) + 1;
        const key = `${token}|${item}`;
        const t0 = performance.now();
        const res = await save(baseOf(r), token, item, value, revisions.get(key) ?? 0, addressOf(r));
        latencies.push(performance.now() - t0);
        if (res?.ok) {
          revisions.set(key, res.revision);
          acked.set(key, value);
        } else failures++;
        if (THINK_MS > 0) await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + ((i * 7919) % 1000) / 1000)));
      }
    }),
  );
  const elapsed = SECONDS;
  const pages = await firstLoadJs(base, tokens[0]!);
  const ceiling = await nextCeiling(bases, N);
  await closeClients();
  await Promise.all(servers.map(stopServer));

  latencies.sort((a, b) => a - b);
  const rps = latencies.length / elapsed;
  const raw = await measureRawUpserts(engine, dbEnv, N);
  const stored = await verify(acked, responseIdOf);
  await closeDb();

  console.log(
    `app:   ${latencies.length} saves, ${rps.toFixed(0)} req/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, failures ${failures}`,
  );
  console.log(`raw:   ${raw.rate.toFixed(0)} upserts/s (${raw.description})`);
  console.log(
    `next:  ${ceiling.rps.toFixed(0)} req/s, p95 ${ceiling.p95.toFixed(1)} ms for the same route rejecting a malformed link before any database work (Next's own per-request ceiling here)`,
  );
  console.log(`ratio: app / raw = ${((rps / raw.rate) * 100).toFixed(1)} %  (target ≥ 25 %); p95 target ≤ 50 ms`);
  console.log(
    `check: ${stored.matched}/${stored.total} acknowledged answers stored with the acknowledged value${stored.mismatches ? `, ${stored.mismatches} MISMATCHES` : ""}`,
  );
  console.log(`respondent pages, first-load JavaScript (gzipped):`);
  for (const p of pages)
    console.log(
      `  ${p.page.padEnd(28)} ${(p.gzipBytes / 1024).toFixed(1)} KB in ${p.files} files (target ≤ 150 KB; plus ${(p.legacyGzipBytes / 1024).toFixed(1)} KB nomodule polyfills that modern browsers skip)`,
    );
  if (engine === "pglite") fs.rmSync(dbEnv.PGLITE_DIR!, { recursive: true, force: true });
  if (stored.mismatches > 0 || stored.matched !== stored.total) process.exitCode = 1;
}

async function save(base: string, token: string, itemKey: string, value: number | "dontKnow", revision: number, address = "10.255.0.1") {
  try {
    const res = await putJson(
      `${base}/api/scan/${token}/autosave`,
      { type: "answer", itemKey, value, revision },
      { "x-forwarded-for": address },
    );
    return res.json as { ok: boolean; revision: number };
  } catch {
    return null;
  }
}

/** The same route with a link that fails the shape check: no database, only Next's own request handling. */
async function nextCeiling(bases: string[], n: number, seconds = 3) {
  const lat: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: n }, async (_, w) => {
      while (Date.now() < end) {
        const t0 = performance.now();
        await save(bases[w % bases.length]!, "x", "1.1", 3, 0, addressOf(w));
        lat.push(performance.now() - t0);
      }
    }),
  );
  lat.sort((a, b) => a - b);
  return { rps: lat.length / seconds, p95: percentile(lat, 95) };
}

async function verify(acked: Map<string, number | "dontKnow">, responseIdOf: Map<string, string>) {
  const rows = await db().scanAnswer.findMany({ select: { responseId: true, itemKey: true, value: true, dontKnow: true } });
  const byKey = new Map(rows.map((r) => [`${r.responseId}|${r.itemKey}`, r.dontKnow ? "dontKnow" : r.value]));
  let matched = 0;
  let mismatches = 0;
  for (const [key, value] of acked) {
    const [token, item] = key.split("|");
    if (byKey.get(`${responseIdOf.get(token!)}|${item}`) === value) matched++;
    else mismatches++;
  }
  return { total: acked.size, matched, mismatches };
}

main().catch(async (e) => {
  console.error(e);
  await closeDb();
  process.exit(1);
});
