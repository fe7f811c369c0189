// Prints the pairs of lib/ folders that import each other (issue 21: platform below, features above).
// Usage: node scripts/lib-import-pairs.mjs   (counts static imports, `import type` included)
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "lib");
/** lib folder → the lib folders its files import (loose files count as their own "folder"). */
export const edges = new Map();
const folderOf = (abs) => {
  const rel = path.relative(root, abs);
  if (rel.startsWith("..")) return null;
  const first = rel.split(path.sep)[0];
  return first.replace(/\.tsx?$/, "");
};
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "generated") walk(p);
    } else if (/\.tsx?$/.test(e.name)) {
      const from = folderOf(p);
      for (const m of fs.readFileSync(p, "utf8").matchAll(/(?:from|import)\s+"([^"]+)"/g)) {
        const spec = m[1];
        const target = spec.startsWith("@/lib/") ? path.join(root, spec.slice(6)) : spec.startsWith(".") ? path.resolve(dir, spec) : null;
        const to = target && folderOf(target);
        if (to && to !== from && to !== "generated") (edges.get(from) ?? edges.set(from, new Set()).get(from)).add(to);
      }
    }
  }
}
walk(root);
export const pairs = [];
for (const [a, tos] of edges) for (const b of tos) if (a < b && edges.get(b)?.has(a)) pairs.push(`${a} <-> ${b}`);
pairs.sort();

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(pairs.join("\n"));
  console.log(`${pairs.length} pairs of lib folders import each other`);
}
