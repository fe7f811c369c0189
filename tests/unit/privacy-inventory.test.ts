import fs from "node:fs";
import { describe, expect, it } from "vitest";

// docs/privacy.md#personal-data-inventory lists every table with how export, erasure and retention
// treat it. A model that is not listed is a kind of data nobody decided about yet.
const models = [...fs.readFileSync("prisma/schema.prisma", "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
const doc = fs.readFileSync("docs/privacy.md", "utf8");
const inventory = doc.slice(doc.indexOf("## Personal data inventory"), doc.indexOf("## Tests"));
const listed = [...inventory.matchAll(/^\| (\w+)\s+\|/gm)].map((m) => m[1]!).filter((name) => name !== "model");

describe("the personal data inventory", () => {
  it("lists every model of the schema, and nothing that is not one", () => {
    expect(listed.length).toBeGreaterThan(10);
    expect([...listed].sort()).toEqual([...models].sort());
  });
});
