import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// components/ is shared UI (ARCHITECTURE.md): it may render data it is given, but never fetch it. A
// value import of a server-only lib module from there is a data fetch in disguise (issue 21); a type
// import is erased and fine.
function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

const serverOnly = (spec: string): boolean => {
  const base = path.join("lib", spec.slice("@/lib/".length));
  const file = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
  return !!file && /^import "server-only";/m.test(fs.readFileSync(file, "utf8"));
};

describe("layers", () => {
  it("no file in components/ imports a server-only lib module as a value", () => {
    const offending = files("components").flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(/^import (?!type )[^;]*? from "(@\/lib\/[^"]+)";/gms)]
        .filter((m) => serverOnly(m[1] ?? ""))
        .map((m) => `${file} → ${m[1]}`),
    );
    expect(offending).toEqual([]);
  });
});
