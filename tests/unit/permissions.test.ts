import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES, can } from "@/lib/auth/permissions";

describe("permission table", () => {
  it("denies by default: no actor, unknown role", () => {
    expect(can(null, "traject:read")).toBe(false);
    expect(can({ role: "GAST" as never }, "traject:read")).toBe(false);
  });

  it("gives the admin everything", () => {
    for (const p of PERMISSIONS) expect(can({ role: "ADMIN" }, p)).toBe(true);
  });

  it("keeps per-respondent answers and tandem notes away from employers", () => {
    expect(can({ role: "EMPLOYER" }, "results:readPerRespondent")).toBe(false);
    expect(can({ role: "EMPLOYER" }, "annotation:readTandem")).toBe(false);
    expect(can({ role: "EMPLOYER" }, "invitation:manage")).toBe(false);
    expect(can({ role: "EMPLOYER" }, "report:download")).toBe(true);
  });

  it("lets experts annotate but not plan or invite (they do not organise)", () => {
    expect(can({ role: "EXPERT" }, "annotation:write")).toBe(true);
    expect(can({ role: "EXPERT" }, "traject:plan")).toBe(false);
    expect(can({ role: "EXPERT" }, "invitation:manage")).toBe(false);
  });

  it("every role can read trajects", () => {
    for (const r of ROLES) expect(can({ role: r }, "traject:read")).toBe(true);
  });
});
