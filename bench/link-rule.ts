// The cost of the one SQL rule "a scan link takes answers" (migration 20261201090000) on the autosave
// hot path: the current ww_autosave_answer (joins the traject, calls ww_scan_link_takes_answers) against
// its previous body (migration 20261122130000, installed here under another name), in the same database,
// same connection(s), alternating rounds. Usage:
//   npx tsx bench/link-rule.ts [--engine pglite|postgres] [--concurrency 10] [--seconds 3] [--rounds 3]
// postgres needs DATABASE_URL (an empty database; migrations are applied).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { closeDb, db } from "../lib/db";
import { PGLITE_CONF } from "../lib/db/pglite-conf";
import { seedBenchRespondents } from "./lib/seed-respondents";
import { migrate } from "./lib/server";

const { values } = parseArgs({
  options: {
    engine: { type: "string", default: "pglite" },
    concurrency: { type: "string", default: "10" },
    seconds: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
  },
});
const engine = values.engine as "pglite" | "postgres";
const CONCURRENCY = Number(values.concurrency);
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
const env: Record<string, string> =
  engine === "postgres"
    ? { DATABASE_URL: process.env.DATABASE_URL ?? "" }
    : { PGLITE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "ww-linkrule-")), DATABASE_URL: "" };
Object.assign(process.env, env);

const previousBody = fs
  .readFileSync("prisma/migrations/20261122130000_autosave_answer_function/migration.sql", "utf8")
  .replace("CREATE FUNCTION ww_autosave_answer(", "CREATE OR REPLACE FUNCTION ww_autosave_answer_previous(");

async function main() {
  migrate(env);
  const respondents = await seedBenchRespondents(db(), CONCURRENCY);
  const hashes = await db().scanInvitation.findMany({ select: { tokenHash: true, response: { select: { id: true } } } });
  await closeDb();
  const targets = hashes.map((h) => ({ responseId: h.response!.id, tokenHash: h.tokenHash }));
  let query: (sql: string, args: unknown[]) => Promise<unknown>;
  let close: () => Promise<void>;
  if (engine === "postgres") {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: CONCURRENCY });
    // named statements, as the app uses them: each connection plans the call once
    query = (sql, args) =>
      sql.startsWith("SELECT")
        ? pool.query({ name: sql.includes("previous") ? "prev" : "curr", text: sql, values: args })
        : pool.query(sql, args);
    close = () => pool.end();
  } else {
    const lite = new PGlite(env.PGLITE_DIR!, { postgresqlconf: PGLITE_CONF });
    query = (sql, args) => lite.query(sql, args);
    close = () => lite.close();
  }
  await query(previousBody, []);
  const call = (fn: string) => `SELECT ${fn}($1::text, $2::text, $3::text, $4::int, false, $5::int) AS "revision"`;
  const measure = async (fn: string) => {
    let count = 0;
    const end = Date.now() + SECONDS * 1000;
    await Promise.all(
      targets.slice(0, CONCURRENCY).map(async (t, w) => {
        let i = w;
        while (Date.now() < end) {
          // a fresh item each time: the insert path, and never a stale revision
          await query(call(fn), [t.responseId, t.tokenHash, `bench-${fn.length}-${i++}`, (i % 5) + 1, 0]);
          count++;
        }
      }),
    );
    return count / SECONDS;
  };
  console.log(`link-rule · engine=${engine} · ${CONCURRENCY} concurrent · ${ROUNDS}×${SECONDS}s each · ${os.cpus().length} cores`);
  const rows: { previous: number; current: number }[] = [];
  for (let r = 0; r < ROUNDS; r++)
    rows.push({ previous: await measure("ww_autosave_answer_previous"), current: await measure("ww_autosave_answer") });
  for (const [i, row] of rows.entries())
    console.log(
      `round ${i + 1}: previous ${row.previous.toFixed(0)} calls/s, with the rule ${row.current.toFixed(0)} calls/s (${((row.current / row.previous - 1) * 100).toFixed(1)} %)`,
    );
  const sum = (k: "previous" | "current") => rows.reduce((a, r) => a + r[k], 0);
  console.log(`overall: ${((sum("current") / sum("previous") - 1) * 100).toFixed(1)} % calls/s with the rule`);
  await close();
  if (engine === "pglite") fs.rmSync(env.PGLITE_DIR!, { recursive: true, force: true });
  void respondents;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
