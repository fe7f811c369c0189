import fs from "node:fs";
import path from "node:path";

export const TEMPLATE_PATH = path.resolve("node_modules/.cache/ww-test/pglite-template.tgz");
export const POSTGRES_TEMPLATE_DB = "ww_test_template";

export function migrationFiles(): string[] {
  const dir = path.resolve("prisma/migrations");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => /^\d+_/.test(d))
    .sort()
    .map((d) => path.join(dir, d, "migration.sql"));
}

/** The same server, database "postgres": where databases are created and dropped. */
export function adminUrl(url: string): string {
  return databaseUrl(url, "postgres");
}

export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
