import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The migrated PGlite dump, named by its checkout and its migrations: a second checkout sharing
 * node_modules (a git worktree) or a branch with another migration never boots from the wrong schema.
 */
export const TEMPLATE_PATH = path.resolve(
  "node_modules/.cache/ww-test",
  `pglite-template-${crypto
    .createHash("sha256")
    .update(process.cwd())
    .update(
      migrationFiles()
        .map((f) => fs.readFileSync(f, "utf8"))
        .join("\0"),
    )
    .digest("hex")
    .slice(0, 16)}.tgz`,
);
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
