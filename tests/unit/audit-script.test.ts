import { describe, expect, it } from "vitest";
import { judgeAudit } from "@/scripts/audit.mjs";

// Issue 22 item 8: `npm run validate` audits the production dependencies when the registry answers.
describe("the audit step of validate", () => {
  it("fails on high or critical findings, lists lower ones", () => {
    const report = (v: Record<string, number>) =>
      JSON.stringify({ metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...v } } });
    expect(judgeAudit(report({}))).toMatchObject({ answered: true, failing: 0 });
    expect(judgeAudit(report({ moderate: 2 }))).toMatchObject({ answered: true, failing: 0 });
    expect(judgeAudit(report({ high: 1, critical: 1 }))).toMatchObject({ answered: true, failing: 2 });
  });

  it("says a registry that does not answer the audit is no answer, not a pass or a failure", () => {
    // what npm prints when the registry has no audit endpoint (measured here: 405 on the bulk advisories)
    const refused = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
    });
    expect(judgeAudit(refused)).toEqual({ answered: false, reason: expect.stringMatching(/^405 Method Not Allowed/) });
    expect(judgeAudit("")).toMatchObject({ answered: false });
  });
});
