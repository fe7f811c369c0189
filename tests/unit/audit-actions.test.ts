import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, RETIRED_AUDIT_ACTIONS, UNKNOWN_AUDIT_ACTION, describeAuditAction } from "@/lib/logbook/actions";
import { expertStatusSchema } from "@/lib/experts/schema";
import { sourceFiles } from "../support/source-files";

// The audit log shows a Dutch description for every event (lib/logbook/actions.ts). This test finds every
// action code the code base writes, the way it is written: `action: "…"` (also in a condition, and where
// a domain function forwards it: unsafeCreateNextStep), the code passed to the gedragscode's
// changeContent and the one passed to the room's changeRoom (also as a condition). A code built from a template literal must be listed in DYNAMIC with every code it makes.

const CODE = /^[a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)+$/;
const ACTION_EXPRESSION = /\baction:\s*((?:`[^`]*`|"[^"]*"|'[^']*'|[^,}\n])+)/g;
const CHANGE_CONTENT = /\bchangeContent\(\s*[^,]+,\s*[^,]+,\s*("[^"]*"|'[^']*'|`[^`]*`)/g;
const CHANGE_ROOM = /\bchangeRoom\(\s*[^,]+,\s*[^,]+,\s*[^,]+,\s*((?:"[^"]*"|'[^']*'|`[^`]*`|[^,\n])+)/g;
const LITERAL = /"([^"]*)"|'([^']*)'|`([^`]*)`/g;

const DYNAMIC: Record<string, string[]> = {
  // lib/experts/profile.ts: the admin's switches (expertStatusSchema's `field`)
  "profile.${input.field}": expertStatusSchema.shape.field.options.map((f) => `profile.${f}`),
  // lib/scan/invitations/invitations.ts: mailFreshLink's kind
  "invitation.${kind}": ["invitation.resend", "invitation.reminder"],
};

interface Found {
  codes: Set<string>;
  templates: Set<string>;
}

function writtenActionCodes(sources: { text: string }[]): Found {
  const found: Found = { codes: new Set(), templates: new Set() };
  for (const { text } of sources) {
    const expressions = [...text.matchAll(ACTION_EXPRESSION), ...text.matchAll(CHANGE_CONTENT), ...text.matchAll(CHANGE_ROOM)].map(
      (m) => m[1] ?? "",
    );
    for (const expression of expressions)
      for (const l of expression.matchAll(LITERAL)) {
        const value = l[1] ?? l[2] ?? l[3] ?? "";
        if (l[3]?.includes("${")) found.templates.add(value);
        else if (CODE.test(value)) found.codes.add(value);
      }
  }
  return found;
}

const sources = ["lib", "app", "pages", "scripts", "prisma"]
  .flatMap((dir) => sourceFiles(dir, /\.(ts|tsx|mjs)$/))
  .filter((f) => !f.startsWith("lib/logbook/"))
  .map((file) => ({ text: fs.readFileSync(file, "utf8") }));
const written = writtenActionCodes(sources);
const allWritten = new Set([...written.codes, ...[...written.templates].flatMap((t) => DYNAMIC[t] ?? [])]);

describe("audit action codes", () => {
  it("the scanner finds codes in every form the code writes them", () => {
    const sample = [
      'recordAudit({ actor, action: "traject.create", entityType: "Traject" }, tx);',
      'action: active ? "user.activate" : "user.deactivate",',
      "action: `profile.${input.field}`, entityType",
      'changeContent(actor, input.trajectId, "gedragscode.clause.add", (tx) => x);',
      'if (answer === "accept") action: what === "failed" ? "login.failed" : "login.refused",',
      'return changeRoom(\n    actor,\n    trajectId,\n    roomId,\n    hidden ? "room.hideCard" : "room.showCard",\n    async (tx) => x,',
    ].join("\n");
    const found = writtenActionCodes([{ text: sample }]);
    expect([...found.codes].sort()).toEqual(
      [
        "gedragscode.clause.add",
        "login.failed",
        "login.refused",
        "room.hideCard",
        "room.showCard",
        "traject.create",
        "user.activate",
        "user.deactivate",
      ].sort(),
    );
    expect([...found.templates]).toEqual(["profile.${input.field}"]);
    // the real code base: a scanner that finds nothing would pass the next test regardless
    expect(written.codes.size).toBeGreaterThan(80);
    expect(written.codes).toContain("expert.accept");
    expect(written.codes).toContain("results.snapshot");
  });

  it("every code the code base writes has a Dutch description", () => {
    const missing = [...allWritten].filter((code) => !Object.hasOwn(AUDIT_ACTION_LABELS, code));
    expect(missing, "add these to lib/logbook/actions.ts").toEqual([]);
  });

  it("every code built from a template literal is listed with the codes it makes", () => {
    expect(
      [...written.templates].filter((t) => !(t in DYNAMIC)),
      "add to DYNAMIC above",
    ).toEqual([]);
    expect(
      Object.keys(DYNAMIC).filter((t) => !written.templates.has(t)),
      "no longer written: remove from DYNAMIC",
    ).toEqual([]);
  });

  it("every description belongs to a code the code base writes (a typo in a code shows here)", () => {
    const retired = new Set<string>(RETIRED_AUDIT_ACTIONS);
    expect(Object.keys(AUDIT_ACTION_LABELS).filter((code) => !allWritten.has(code) && !retired.has(code))).toEqual([]);
    // a retired code is really no longer written
    expect(RETIRED_AUDIT_ACTIONS.filter((code) => allWritten.has(code))).toEqual([]);
  });

  it("an unknown code reads as a neutral Dutch text, never the code itself", () => {
    expect(describeAuditAction("expert.accept")).toBe("Ervaringsdeskundige heeft ja gezegd");
    expect(describeAuditAction("something.new")).toBe(UNKNOWN_AUDIT_ACTION);
    expect(describeAuditAction("toString")).toBe(UNKNOWN_AUDIT_ACTION);
    for (const label of Object.values(AUDIT_ACTION_LABELS)) expect(label).not.toMatch(/[a-z]\.[a-z]/i);
  });
});
