import fs from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { BUNDLED_QUESTIONNAIRE } from "@/lib/content/install";
import { sourceFiles } from "../support/source-files";

// Issue 24: no English or developer words in what a person reads. This scans the texts people see: in
// app/ and components/ the JSX text and the strings of user-facing props and JSX expressions; the
// Dutch messages of AppError everywhere in lib/; and whole files that are texts (labels, mail templates,
// the documents' texts), their sentence-like strings. It fails on a word from ENGLISH below.

/** English and developer words, matched as whole words, case-insensitive. */
const ENGLISH = [
  "experience expert",
  "submit",
  "cancel",
  "loading",
  "save",
  "saved",
  "settings",
  "dashboard",
  "failed",
  "success",
  "successful",
  "please",
  "error",
  "warning",
  "click here",
  "sign in",
  "sign out",
  "username",
  "password",
  "email",
  "required",
  "invalid",
  "delete",
  "edit",
  "search",
  "close",
  "back",
  "previous",
  "welcome",
  "thank you",
  "SMTP_URL",
  "IN_APP_SCHEDULER",
  "DATABASE_URL",
  "NEXTAUTH_SECRET",
  "npm run",
  "SHA-256",
  "hash",
  "null",
  "undefined",
  "NaN",
  "TODO",
  "FIXME",
  "[object Object]",
];

/**
 * Texts that may hold a listed word, each with the reason (a substring of the text, and the word). Empty
 * today. Loanwords that are plain Dutch are simply not in ENGLISH: download, e-mail, link, online,
 * deadline, feedback, update, export, account, JSON and PDF (file formats).
 */
const ALLOWED: { text: string; word: string; why: string }[] = [];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// a word boundary that knows Dutch letters (ë, é, …); a compound's part counts ("SHA-256-hash")
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_])(${ENGLISH.map(escape).join("|")})(?![\\p{L}\\p{N}_])`, "giu");

function englishWordsIn(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((m) => m[1]!.toLowerCase());
}

/** Props whose string values a person reads (on our own components and on HTML elements). */
const USER_PROPS =
  /^(title|intro|label|aria-label|aria-description|placeholder|hint|submitLabel|pendingLabel|confirm|empty|description|alt|why|message|legend|caption|heading|text|summary|help|children|successMessage)$/;

type Mode = "jsx" | "sentences";

/** The user-facing texts of one source file. `jsx`: JSX text, user props, JSX children expressions and AppError messages; `sentences`: every string that reads as text (has a space) too. */
function userTexts(source: string, fileName: string, mode: Mode): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const texts: string[] = [];
  const strings = (node: ts.Node) => {
    const visit = (n: ts.Node) => {
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) texts.push(n.text);
      else if (ts.isTemplateExpression(n)) texts.push([n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(" … "));
      // JSX inside an expression follows the JSX rules (its className or name="email" is no text)
      if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isJsxFragment(n)) return walk(n);
      // code, not text: a condition's comparison ("a === 'CANCEL'"), a key ("LABEL['x']"), a log line
      if (ts.isConditionalExpression(n)) return [n.whenTrue, n.whenFalse].forEach(visit);
      if (ts.isBinaryExpression(n) && /[=<>!]/.test(n.operatorToken.getText(file))) return;
      if (ts.isElementAccessExpression(n)) return visit(n.expression);
      if (isLog(n)) return;
      if (ts.isPropertyAssignment(n)) return visit(n.initializer); // its name is a key
      ts.forEachChild(n, visit);
    };
    visit(node);
  };
  const isLog = (n: ts.Node) => ts.isCallExpression(n) && n.expression.getText(file).startsWith("console.");
  const isAppError = (n: ts.Node): n is ts.NewExpression => ts.isNewExpression(n) && n.expression.getText(file) === "AppError";
  const walk = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || isLog(node)) return;
    if (ts.isJsxText(node)) return void texts.push(node.text);
    if (ts.isJsxAttribute(node) && USER_PROPS.test(node.name.getText(file)) && node.initializer) return strings(node.initializer);
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression)
      return strings(node.expression);
    if (isAppError(node)) return node.arguments?.slice(1).forEach(strings);
    if (mode === "sentences" && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))) {
      const before = texts.length;
      strings(node);
      // a string without a space is a key, a code or one word of a label map: only sentences count here,
      // and single label values are caught by the maps' own test below
      for (let i = texts.length - 1; i >= before; i--) if (!/\s/.test(texts[i]!.trim())) texts.splice(i, 1);
      return;
    }
    ts.forEachChild(node, walk);
  };
  walk(file);
  return texts.map((t) => t.replace(/\s+/g, " ").trim()).filter(Boolean);
}

/** Files that are texts a person reads (beyond app/ and components/). */
const TEXT_FILES = [
  ...sourceFiles("lib").filter((f) => /(^|\/)(labels|texts|[a-z-]+-texts|templates)\.ts$/.test(f)),
  "lib/gedragscode/document-model.ts",
  "lib/logbook/actions.ts",
  "lib/report/model.ts",
  "lib/preparation/model.ts",
];

function findings(files: string[], mode: Mode): string[] {
  return files.flatMap((f) =>
    userTexts(fs.readFileSync(f, "utf8"), f, mode).flatMap((text) =>
      englishWordsIn(text)
        .filter((word) => !ALLOWED.some((a) => a.word === word && text.includes(a.text)))
        .map((word) => `${f}: "${word}" in "${text}"`),
    ),
  );
}

describe("Dutch words in what people read", () => {
  it("the scanner finds a planted English word in JSX text, a prop, an expression, an AppError and a sentence", () => {
    const page = `
      import { Button } from "@/components/ui/button";
      export function P({ ok }: { ok: boolean }) {
        if (ok === "error") return null;
        return (
          <form className="save-button" data-state="loading">
            <Button type="submit">Submit</Button>
            <Field label="Uw e-mailadres" hint="Please vul iets in" />
            <p>{ok ? "Gelukt" : "Failed"}</p>
          </form>
        );
      }
      const x = () => { throw new AppError("NOT_FOUND", "Settings niet gevonden"); };`;
    const found = userTexts(page, "p.tsx", "jsx").flatMap(englishWordsIn);
    expect(found.sort()).toEqual(["failed", "please", "settings", "submit"]);
    // code is not text: a class name, a data attribute, a button's type, a comparison
    expect(userTexts(page, "p.tsx", "jsx")).not.toContain("submit");
    const texts = `export const T = { a: "error", b: "De ervaringsdeskundige (experience expert) komt", c: \`Kijk \${x} na in SMTP_URL.\` };`;
    expect(userTexts(texts, "t.ts", "sentences").flatMap(englishWordsIn).sort()).toEqual(["experience expert", "smtp_url"]);
  });

  it("matches whole words only, so Dutch words that contain one pass", () => {
    expect(englishWordsIn("Opslaan, e-mailadres, Backup-instellingen, closed, uitgesaved, SHA-256-hash")).toEqual(["sha-256", "hash"]);
    expect(englishWordsIn("De e-mail is verstuurd; terug naar het overzicht.")).toEqual([]);
    expect(englishWordsIn("Cancel")).toEqual(["cancel"]);
  });

  it("app/ and components/ show no English or developer words", () => {
    const files = [...sourceFiles("app", /\.tsx$/), ...sourceFiles("components", /\.tsx$/)];
    expect(files.length).toBeGreaterThan(50);
    expect(findings(files, "jsx")).toEqual([]);
  });

  it("the Dutch messages of the domain (AppError) and the action results have no English or developer words", () => {
    expect(findings([...sourceFiles("lib", /\.ts$/), ...sourceFiles("app", /\.ts$/)], "jsx")).toEqual([]);
    const actions = sourceFiles("app", /actions\.ts$/);
    expect(actions.length).toBeGreaterThan(5);
    expect(findings(actions, "sentences")).toEqual([]);
  });

  it("labels, mail templates and the documents' texts have no English or developer words", () => {
    expect(TEXT_FILES).toContain("lib/mail/templates.ts");
    expect(findings(TEXT_FILES, "sentences")).toEqual([]);
  });

  it("the newest bundled questionnaire, which new trajects get, is Dutch (an older version stays as respondents read it)", () => {
    const all: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === "string") all.push(v);
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    collect(BUNDLED_QUESTIONNAIRE);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((v) => englishWordsIn(v).length > 0)).toEqual([]);
  });

  it("label maps' single values are Dutch too", async () => {
    const values: string[] = [];
    for (const f of TEXT_FILES.filter((f) => f.endsWith("labels.ts"))) {
      const mod = (await import(`../../${f}`)) as Record<string, unknown>;
      for (const v of Object.values(mod))
        if (v && typeof v === "object") for (const label of Object.values(v)) if (typeof label === "string") values.push(label);
    }
    expect(values.length).toBeGreaterThan(30);
    expect(values.filter((v) => englishWordsIn(v).length > 0)).toEqual([]);
  });
});
