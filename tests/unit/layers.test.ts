import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUTH, FEATURES, PLATFORM, PLATFORM_SERVICES } from "@/scripts/lib-layers.mjs";
// also a command: node scripts/lib-import-pairs.mjs
import { pairs } from "@/scripts/lib-import-pairs.mjs";

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

  it("every lib folder and loose file is in exactly one layer (scripts/lib-layers.mjs)", () => {
    const listed: string[] = [...PLATFORM, ...AUTH, ...PLATFORM_SERVICES, ...FEATURES];
    const present = fs
      .readdirSync("lib", { withFileTypes: true })
      .filter((e) => e.name !== "generated" && (e.isDirectory() || /\.tsx?$/.test(e.name)))
      .map((e) => e.name);
    expect(present.filter((name) => !listed.includes(name)).sort(), "lib entries in no layer").toEqual([]);
    expect(
      listed.filter((name) => !present.includes(name)),
      "layer entries that do not exist",
    ).toEqual([]);
    expect(
      listed.filter((name, i) => listed.indexOf(name) !== i),
      "in two layers",
    ).toEqual([]);
  });

  it("no two lib folders import each other (the lint holds the order; this holds the pairs it cannot see)", () => {
    expect(pairs).toEqual([]);
  });
});
