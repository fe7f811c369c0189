import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PGLITE_CONF } from "../../lib/db/pglite-conf";

const SQL = `INSERT INTO "ScanAnswer" ("responseId", "itemKey", "value", "dontKnow", "revision", "updatedAt")
  VALUES ($1, $2, $3, false, 1, now())
  ON CONFLICT ("responseId", "itemKey") DO UPDATE SET "value" = EXCLUDED."value", "revision" = "ScanAnswer"."revision" + 1, "updatedAt" = now()`;

/**
 * The ceiling: `concurrency` workers upserting one answer row each, straight into the database,
 * no app in between (PostgreSQL through a 10-connection pool; PGlite in-process).
 */
export async function measureRawUpserts(engine: "pglite" | "postgres", env: Record<string, string>, concurrency: number, seconds = 3) {
  let query: (args: unknown[]) => Promise<unknown>;
  let close: () => Promise<void>;
  let description: string;
  if (engine === "postgres") {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
    query = (args) => pool.query(SQL, args);
    close = () => pool.end();
    description = `PostgreSQL, pg pool of 10, ${concurrency} concurrent`;
  } else {
    const db = new PGlite(env.PGLITE_DIR!, { postgresqlconf: PGLITE_CONF });
    query = (args) => db.query(SQL, args);
    close = () => db.close();
    description = `PGlite in-process, ${concurrency} concurrent`;
  }
  const responseIds = (await rawSelectIds(engine, env)).slice(0, concurrency);
  let count = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    responseIds.map(async (id, w) => {
      let i = w;
      while (Date.now() < end) {
        await query([id, `raw-${i % 10}`, (i++ % 5) + 1]);
        count++;
      }
    }),
  );
  await close();
  return { rate: count / seconds, description };
}

async function rawSelectIds(engine: "pglite" | "postgres", env: Record<string, string>) {
  if (engine === "postgres") {
    const c = new pg.Client({ connectionString: env.DATABASE_URL });
    await c.connect();
    const r = await c.query<{ id: string }>(`SELECT "id" FROM "ScanResponse"`);
    await c.end();
    return r.rows.map((x) => x.id);
  }
  const db = new PGlite(env.PGLITE_DIR!, { postgresqlconf: PGLITE_CONF });
  const r = await db.query<{ id: string }>(`SELECT "id" FROM "ScanResponse"`);
  await db.close();
  return r.rows.map((x) => x.id);
}
