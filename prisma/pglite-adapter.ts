import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { lockDataDir } from "../lib/db/pglite-lock";
import { PGLITE_CONF } from "../lib/db/pglite-conf";

// Prisma CLI only (migrate deploy/dev/status). Fixes P4 (one open per dir,
// docs/stack.md#p4-one-pglite-per-data-directory), P6 (shadow-DB replay sends whole scripts,
// docs/stack.md#p6-migrate-dev-on-pglite-replays-whole-scripts) and the upstream executeScript that does not await.
type Adapter = Awaited<ReturnType<PrismaPGlite["connect"]>>;

function patch(adapter: Adapter): Adapter {
  const client = (adapter as unknown as { client: PGlite }).client;
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (q) => {
    if (q.args.length === 0) return (await client.exec(q.sql)).reduce((n, r) => n + (r.affectedRows ?? 0), 0);
    return executeRaw(q);
  };
  adapter.executeScript = async (script) => {
    await client.exec(script);
  };
  return adapter;
}

const cache = new Map<string, PrismaPGlite>();
export function pgliteCliAdapter(dataDir: string) {
  const hit = cache.get(dataDir);
  if (hit) return hit;
  lockDataDir(dataDir);
  const factory = new PrismaPGlite(new PGlite(dataDir, { postgresqlconf: PGLITE_CONF }));
  const connect = factory.connect.bind(factory);
  const shadow = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patch(await connect());
  factory.connectToShadowDb = async () => patch(await shadow());
  cache.set(dataDir, factory);
  return factory;
}
