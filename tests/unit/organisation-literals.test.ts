import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The app names no organisation its settings do not (issue 25 item 5, ADR 025): the trainers'
// organisation, the programme owner and the platform they work within appear as literals only in
// lib/organisation/defaults.ts and in the bundled content (prisma/data, prisma/seed: the demo keeps
// today's texts). Everything else reads them from the settings.
//
// What counts: for TypeScript and JavaScript, the text the program can show or send — string and
// template literals and JSX text, read from the syntax tree. Comments are not checked: they explain
// the code to its readers and never reach a user. Any other text file (CSS, JSON, Markdown) is checked
// line by line, comments and all.

const NAMES = [/Onbeperkt aan de Slag/i, /\bECIO\b/, /Platform Werk Inclusief/i];
const ROOTS = ["app", "lib", "components", "pages", "proxy.ts"];
const ALLOWED = new Set([path.join("lib", "organisation", "defaults.ts")]);
const SKIPPED_DIRS = new Set([path.join("lib", "generated")]);
const CODE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const TEXT = /\.(json|css|md|txt|html|svg)$/;

function walk(entry: string): string[] {
  if (!fs.existsSync(entry) || SKIPPED_DIRS.has(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs.readdirSync(entry).flatMap((name) => walk(path.join(entry, name)));
}

const named = (text: string) => NAMES.some((n) => n.test(text));

/** Lines (1-based) of the literals and JSX texts in `source` that name one of the organisations. */
export function namedLiteralLines(fileName: string, source: string): number[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : undefined);
  const lines: number[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node) || ts.isRegularExpressionLiteral(node)) &&
      named(node.getText(file))
    )
      lines.push(file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return lines;
}

function offences(): string[] {
  return ROOTS.flatMap(walk)
    .filter((file) => !ALLOWED.has(file))
    .filter((file) => CODE.test(file) || TEXT.test(file))
    .flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      // only a file that names one somewhere is parsed (most name none: keeps the test fast)
      if (!named(source)) return [];
      if (CODE.test(file)) return namedLiteralLines(file, source).map((line) => `${file}:${line}`);
      return source.split("\n").flatMap((text, i) => (named(text) ? [`${file}:${i + 1}`] : []));
    });
}

describe("no organisation's name outside its settings", () => {
  it("finds a name in a string, a template and JSX text, and not in a comment", () => {
    const source = [
      "// ECIO's admin decides (a comment)",
      'const a = "trainer bij Onbeperkt aan de Slag";',
      "const b = `Een initiatief van ${x}, binnen het Platform Werk Inclusief Beperking`;",
      "/* Onbeperkt aan de Slag */",
      "const c = <p>De beheerder (ECIO) maakt het account</p>;",
      "const d = `${y} en ECIO`;",
      'const e = "ECIOS"; // not the name',
    ].join("\n");
    expect(namedLiteralLines("sample.tsx", source)).toEqual([2, 3, 5, 6]);
  });

  it("app/, lib/, components/, pages/ and proxy.ts name them only in lib/organisation/defaults.ts", () => {
    const found = offences();
    expect(found, `read these from lib/organisation instead: ${found.join(", ")}`).toEqual([]);
  });

  it("the defaults still hold today's texts (the demo and a new installation show them)", () => {
    const defaults = fs.readFileSync(path.join("lib", "organisation", "defaults.ts"), "utf8");
    for (const n of NAMES) expect(defaults).toMatch(n);
  });
});
