import path from "node:path";
import { defineConfig } from "prisma/config";
// the CLI timer fix (unref the schema engine's long timers) lives there
import "../prisma.config";

// The CLI config for the migration drift check only (scripts/check-migrations.sh): is the SQL in
// prisma/migrations exactly what prisma/schema.prisma describes? `prisma migrate diff` refuses a shadow
// database URL next to a driver adapter, and without an adapter it downloads a native engine. So this
// config keeps the app's adapter (adapter-pg 7, the same as `migrate deploy`) and points it at a fresh,
// empty database (DRIFT_DATABASE_URL): `--from-migrations` replays the migrations into it, then compares.
const url = process.env.DRIFT_DATABASE_URL;

export default defineConfig({
  schema: path.join(import.meta.dirname, "schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (!url) throw new Error("DRIFT_DATABASE_URL is not set: run scripts/check-migrations.sh");
    const { PrismaPg } = await import("@prisma/adapter-pg-7");
    return readCharAsText(new PrismaPg({ connectionString: url, allowExitOnIdle: true }));
  },
});

// The engine's schema description reads catalog columns of PostgreSQL's one-byte type "char" (OID 18,
// e.g. pg_constraint.contype), which adapter-pg 7 refuses ("Column type 'char' could not be
// deserialized"). pg already returns such a value as a string, so tell the adapter it is text (OID 25).
// Like prisma.config.ts, each migration goes to PostgreSQL as one whole script (docs/stack.md#p8).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function readCharAsText(factory: any) {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patch(await connect());
  // adapter-pg 7's own shadow database silently lands on the main one (its connection string wins over
  // the database name it picks; docs/stack.md#p9): say so plainly, the main one is the fresh database.
  factory.connectToShadowDb = factory.connect;
  return factory;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function patch(adapter: any) {
  const performIO = adapter.performIO.bind(adapter);
  adapter.performIO = async (...args: unknown[]) => {
    const result = await performIO(...args);
    // a whole migration (several statements) gives one result per statement
    for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  adapter.executeScript = async (script: string) => {
    await adapter.client.query(script);
  };
  return adapter;
}
