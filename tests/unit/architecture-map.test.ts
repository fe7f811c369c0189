import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FEATURES } from "@/scripts/lib-layers.mjs";

// The map is a test (issue 21): ARCHITECTURE.md names every lib folder and links every ADR, so a
// folder or decision added without its entry fails here, not in a newcomer's first week.
const map = fs.readFileSync("ARCHITECTURE.md", "utf8");
const libSection = map.slice(map.indexOf("\nlib/ "), map.indexOf("\nprisma/ "));

function libFolders(): string[] {
  const top = fs
    .readdirSync("lib", { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "generated")
    .map((d) => d.name);
  // lib/scan is split in its own folders; the map names those
  return top.flatMap((name) =>
    name === "scan"
      ? fs
          .readdirSync(path.join("lib", name), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => `scan/${d.name}`)
      : [name],
  );
}

describe("ARCHITECTURE.md", () => {
  it("names every lib folder once in the module map", () => {
    const missing = libFolders().filter((f) => !new RegExp(`^  ${f}/ `, "m").test(libSection));
    expect(missing, "lib folders without an entry in ARCHITECTURE.md's module map").toEqual([]);
    const twice = libFolders().filter((f) => libSection.match(new RegExp(`^  ${f}/ `, "gm"))!.length > 1);
    expect(twice).toEqual([]);
  });

  it("lists the features in the order the lint holds (scripts/lib-layers.mjs)", () => {
    const features = libSection.slice(libSection.indexOf("— features"));
    const order = [...features.matchAll(/^ {2}([a-z-]+)(?:\/[a-z-]+)?\/ /gm)].map((m) => m[1] ?? "");
    expect(order.filter((name, i) => order[i - 1] !== name)).toEqual(FEATURES);
  });

  it("names only files and folders that exist (the 'where to look' table, the route words)", () => {
    const named = [...map.matchAll(/`((?:lib|app|components|docs|scripts|tests)\/[^`*<> ]+)`/g)].map((m) => m[1] ?? "");
    expect(named.length).toBeGreaterThan(10);
    expect(
      named.filter((p) => !fs.existsSync(p.replace(/\/$/, ""))),
      "paths in ARCHITECTURE.md that do not exist",
    ).toEqual([]);
  });

  it("links every decision record", () => {
    const adrs = fs.readdirSync("docs/decisions").filter((f) => /^\d{3}-.*\.md$/.test(f) && !f.startsWith("000-"));
    const missing = adrs.filter((f) => !map.includes(`(docs/decisions/${f})`));
    expect(missing, "ADRs not linked from ARCHITECTURE.md").toEqual([]);
  });
});
