import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  EMPLOYER_CAPABILITIES,
  EMPLOYER_RELATIONS,
  relationToEmployer,
  type EmployerRelation,
  GLOBAL_CAPABILITIES,
  PARTICIPANT_CAPABILITIES,
  ROOM_PHASES,
  participantCapabilities,
  TRAJECT_CAPABILITIES,
  TRAJECT_RELATIONS,
  capabilitiesFor,
  relationTo,
  type TrajectRelation,
} from "@/lib/auth/capabilities";
import { ROLES, type Actor } from "@/lib/auth/roles";

// The ADR's tables are the written contract; this test holds the code to them, cell by cell.
const adr = fs.readFileSync("docs/decisions/004-capabilities.md", "utf8");

function tableAfter(heading: string): { columns: string[]; rows: Map<string, boolean[]> } {
  const start = adr.indexOf(heading);
  expect(start, `heading "${heading}" in ADR 004`).toBeGreaterThan(-1);
  const after = adr.slice(start).split("\n");
  const first = after.findIndex((l) => l.startsWith("|"));
  const end = after.findIndex((l, i) => i > first && !l.startsWith("|"));
  const lines = after.slice(first, end === -1 ? undefined : end);
  const cells = (l: string) =>
    l
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
  const [header, , ...body] = lines;
  const rows = new Map<string, boolean[]>();
  for (const line of body) {
    const [name, ...marks] = cells(line);
    if (!name) break;
    rows.set(
      name,
      marks.map((m) => m === "✓"),
    );
  }
  return { columns: cells(header!).slice(1), rows };
}

const actorWith = (role: Actor["role"]): Actor => ({ id: "u1", role, name: "Iemand", employerId: role === "EMPLOYER" ? "e1" : null });
const roleOf: Record<TrajectRelation, Actor["role"]> = {
  trainer: "TRAINER",
  expertInvited: "EXPERT",
  expertAccepted: "EXPERT",
  employerUser: "EMPLOYER",
  employerDirectie: "EMPLOYER",
  admin: "ADMIN",
};

describe("capabilities match ADR 004", () => {
  it("global capabilities, per role", () => {
    const { columns, rows } = tableAfter("### Global capabilities");
    expect(columns).toEqual([...ROLES]);
    expect([...rows.keys()].sort()).toEqual([...GLOBAL_CAPABILITIES].sort());
    for (const [capability, marks] of rows) {
      columns.forEach((role, i) => {
        expect([capability, role, capabilitiesFor(actorWith(role as Actor["role"])).has(capability as never)]).toEqual([
          capability,
          role,
          marks[i],
        ]);
      });
    }
  });

  it("traject capabilities, per relation", () => {
    const { columns, rows } = tableAfter("### Capabilities on one traject");
    expect(columns).toEqual([...TRAJECT_RELATIONS]);
    expect([...rows.keys()].sort()).toEqual([...TRAJECT_CAPABILITIES].sort());
    for (const [capability, marks] of rows) {
      columns.forEach((relation, i) => {
        const rel = relation as TrajectRelation;
        const has = capabilitiesFor(actorWith(roleOf[rel]), { traject: rel }).has(capability as never);
        expect([capability, relation, has]).toEqual([capability, relation, marks[i]]);
      });
    }
  });
});

describe("capabilities match ADR 004: a participant in session 2's room", () => {
  it("participant capabilities, per room phase; a closed room grants nothing", () => {
    const { columns, rows } = tableAfter("### A participant in session 2's room");
    expect(columns).toEqual([...ROOM_PHASES]);
    expect([...rows.keys()].sort()).toEqual([...PARTICIPANT_CAPABILITIES].sort());
    for (const [capability, marks] of rows) {
      columns.forEach((phase, i) => {
        const has = participantCapabilities(phase as (typeof ROOM_PHASES)[number]).has(capability as never);
        expect([capability, phase, has]).toEqual([capability, phase, marks[i]]);
      });
    }
    expect(participantCapabilities(null).size).toBe(0);
  });
});

describe("capabilities match ADR 004: employers", () => {
  it("employer capabilities, per relation", () => {
    const { columns, rows } = tableAfter("### Capabilities on one employer");
    expect(columns).toEqual([...EMPLOYER_RELATIONS]);
    expect([...rows.keys()].sort()).toEqual([...EMPLOYER_CAPABILITIES].sort());
    const roleOfEmployerRelation: Record<EmployerRelation, Actor["role"]> = {
      responsibleTrainer: "TRAINER",
      trajectTrainer: "TRAINER",
      admin: "ADMIN",
    };
    for (const [capability, marks] of rows) {
      columns.forEach((relation, i) => {
        const rel = relation as EmployerRelation;
        const has = capabilitiesFor(actorWith(roleOfEmployerRelation[rel]), { employer: rel }).has(capability as never);
        expect([capability, relation, has]).toEqual([capability, relation, marks[i]]);
      });
    }
  });

  it("relationToEmployer: responsible, with a traject there, admin; nobody else", () => {
    const employer = { responsibleTrainerId: "t1", trajectTrainerIds: ["t2"] };
    const as = (id: string, role: Actor["role"]): Actor => ({ id, role, name: id, employerId: null });
    expect(relationToEmployer(as("t1", "TRAINER"), employer)).toBe("responsibleTrainer");
    expect(relationToEmployer(as("t2", "TRAINER"), employer)).toBe("trajectTrainer");
    expect(relationToEmployer(as("t3", "TRAINER"), employer)).toBeNull();
    expect(relationToEmployer(as("a", "ADMIN"), employer)).toBe("admin");
    expect(relationToEmployer(as("t1", "EXPERT"), employer)).toBeNull();
    expect(relationToEmployer({ ...as("t1", "EMPLOYER"), employerId: "e1" }, employer)).toBeNull();
    expect(relationToEmployer(null, employer)).toBeNull();
    // an employer relation claimed by the wrong role gives nothing
    expect(capabilitiesFor(actorWith("EMPLOYER"), { employer: "admin" }).has("employer:view")).toBe(false);
    for (const role of ROLES) for (const c of EMPLOYER_CAPABILITIES) expect(capabilitiesFor(actorWith(role)).has(c)).toBe(false);
  });
});

describe("deny by default", () => {
  it("no actor, an unknown role, or a relation that does not fit the role gives nothing", () => {
    expect(capabilitiesFor(null).list).toEqual([]);
    expect(capabilitiesFor(undefined, { traject: "admin" }).list).toEqual([]);
    expect(capabilitiesFor({ role: "GAST" as never }, { traject: "trainer" }).list).toEqual([]);
    // an employer claiming to be the trainer gets only their own global capabilities
    const employer = capabilitiesFor(actorWith("EMPLOYER"), { traject: "trainer" });
    expect(employer.has("traject:plan")).toBe(false);
    expect(employer.has("traject:view")).toBe(false);
  });

  it("traject capabilities never come without a traject context", () => {
    for (const role of ROLES) for (const c of TRAJECT_CAPABILITIES) expect(capabilitiesFor(actorWith(role)).has(c)).toBe(false);
  });
});

describe("relationTo", () => {
  const traject = {
    trainerId: "t1",
    employerId: "e1",
    assignments: [
      { expertId: "x-invited", status: "INVITED" },
      { expertId: "x-accepted", status: "ACCEPTED" },
      { expertId: "x-declined", status: "DECLINED" },
      { expertId: "x-withdrawn", status: "WITHDRAWN" },
    ],
  };
  const as = (id: string, role: Actor["role"], employerId: string | null = null): Actor => ({ id, role, name: id, employerId });

  it("gives each actor the one relation their role and the record support", () => {
    expect(relationTo(as("t1", "TRAINER"), traject)).toBe("trainer");
    expect(relationTo(as("t2", "TRAINER"), traject)).toBeNull();
    expect(relationTo(as("x-invited", "EXPERT"), traject)).toBe("expertInvited");
    expect(relationTo(as("x-accepted", "EXPERT"), traject)).toBe("expertAccepted");
    expect(relationTo(as("x-declined", "EXPERT"), traject)).toBeNull();
    expect(relationTo(as("x-withdrawn", "EXPERT"), traject)).toBeNull();
    expect(relationTo(as("u", "EMPLOYER", "e1"), traject)).toBe("employerUser");
    expect(relationTo(as("u", "EMPLOYER", "e1"), { ...traject, actorFunction: "HR" })).toBe("employerUser");
    // the directie's rights come with the employer's confirmation, not with the function alone (issue 20)
    expect(relationTo(as("u", "EMPLOYER", "e1"), { ...traject, actorFunction: "DIRECTIE" })).toBe("employerUser");
    expect(relationTo(as("u", "EMPLOYER", "e1"), { ...traject, actorFunction: "DIRECTIE", actorDirectieConfirmed: true })).toBe(
      "employerDirectie",
    );
    expect(relationTo(as("u", "EMPLOYER", "e2"), { ...traject, actorFunction: "DIRECTIE" })).toBeNull();
    expect(relationTo(as("u", "EMPLOYER", "e2"), traject)).toBeNull();
    expect(relationTo(as("u", "EMPLOYER", null), traject)).toBeNull();
    expect(relationTo(as("a", "ADMIN"), traject)).toBe("admin");
    expect(relationTo(null, traject)).toBeNull();
  });

  it("never takes a relation from data alone: an expert id in trainerId is still no trainer", () => {
    expect(relationTo(as("t1", "EXPERT"), traject)).toBeNull();
    expect(relationTo(as("x-accepted", "TRAINER"), traject)).toBeNull();
  });
});
