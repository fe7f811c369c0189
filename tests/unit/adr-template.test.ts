import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every decision record follows docs/decisions/000-template.md (issue 21): a Date and a Status line
// before the first section, then Context, Decision and Consequences. A record may add sections of its
// own (an amendment, a table) after those, but none of the three may go missing.
const DIR = "docs/decisions";
const adrs = fs.readdirSync(DIR).filter((f) => /^\d{3}-.*\.md$/.test(f) && !f.startsWith("000-"));

/** What is wrong with one record, in words; empty when it follows the template. */
function templateProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const number = file.slice(0, 3);
  if (!new RegExp(`^# ${number} — \\S`).test(text)) problems.push(`the title is not "# ${number} — …"`);
  const head = text.slice(0, text.search(/^## /m) >>> 0);
  if (!/^Date: \d{4}-\d{2}-\d{2}\b/m.test(head)) problems.push("no 'Date: YYYY-MM-DD' line before the first section");
  const status = /^Status: (.+)$/m.exec(head)?.[1];
  if (!status) problems.push("no 'Status:' line before the first section");
  else if (!/^(Proposed|Accepted|Superseded by \d{3})\b/i.test(status))
    problems.push(`status "${status}" is not proposed, accepted or superseded by NNN`);
  // "amended by 012", "superseded by 017" must name records that exist
  for (const [, n] of (status ?? "").matchAll(/\b(?:amended|superseded) by (\d{3})/gi)) {
    if (!adrs.some((f) => f.startsWith(`${n}-`))) problems.push(`the status names ADR ${n}, which does not exist`);
  }
  const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]?.trim());
  const order = ["Context", "Decision", "Consequences"].map((h) => sections.indexOf(h));
  for (const [i, h] of ["Context", "Decision", "Consequences"].entries()) if (order[i] === -1) problems.push(`no "## ${h}" section`);
  if (!order.includes(-1) && !(order[0]! < order[1]! && order[1]! < order[2]!))
    problems.push("Context, Decision, Consequences are out of order");
  return problems;
}

describe("decision records follow the template", () => {
  it("finds the records", () => {
    expect(adrs.length).toBeGreaterThanOrEqual(17);
  });

  it.each(adrs)("%s has Date, Status, Context, Decision, Consequences", (file) => {
    expect(templateProblems(file, fs.readFileSync(path.join(DIR, file), "utf8"))).toEqual([]);
  });

  it("fails a record without a section, a date or a valid status", () => {
    const good = "# 099 — X\n\nDate: 2026-12-06\nStatus: Accepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n";
    expect(templateProblems("099-x.md", good)).toEqual([]);
    expect(templateProblems("099-x.md", good.replace("## Decision\n", "## Decisions\n"))).toEqual(['no "## Decision" section']);
    expect(templateProblems("099-x.md", good.replace("Date: 2026-12-06\n", ""))).toHaveLength(1);
    expect(templateProblems("099-x.md", good.replace("Status: Accepted", "Status: amended by 998"))).toHaveLength(2);
  });
});
