import path from "node:path";
import { defineConfig } from "prisma/config";

// CLI-only timer fix: Postgres-in-PGlite (emscripten __setitimer_js) and Prisma's schema-engine wasm
// arm 10 s / 60 s timers that keep the CLI alive long after it finished. Unref them (docs/stack.md#p5-pglite-keeps-node-alive).
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const t = realSetTimeout(fn, ms, ...args);
  if ((ms ?? 0) >= 1000 && /__setitimer_js|[\\/]prisma[\\/]build[\\/]/.test(new Error().stack ?? "")) t.unref();
  return t;
}) as typeof setTimeout;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (url) {
      // adapter-pg 6.19.3 cannot run migrate (docs/stack.md#p8-the-cli-migrates-through-adapter-pg-7); 7.x works for deploy/status/reset.
      const { PrismaPg } = await import("@prisma/adapter-pg-7");
      if (process.argv.includes("dev")) throw new Error("prisma migrate dev: unset DATABASE_URL (use the embedded PGlite)");
      return wholeScripts(new PrismaPg({ connectionString: url, allowExitOnIdle: true }));
    }
    const { pgliteCliAdapter } = await import("./prisma/pglite-adapter");
    return pgliteCliAdapter(process.env.PGLITE_DIR ?? path.join(".data", "pglite"));
  },
});

// adapter-pg 7 runs a migration by splitting it on ";", which breaks any function body ($$ ... $$).
// Send the whole file as one simple query instead: PostgreSQL parses it properly and runs it as one
// implicit transaction, like the PGlite adapter's exec does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function wholeScripts(factory: any) {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      await adapter.client.query(script);
    };
    return adapter;
  };
  return factory;
}
