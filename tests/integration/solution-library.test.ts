import { describe, expect, it } from "vitest";
import { createSolution, getSolutionForAdmin, listSolutionsForAdmin, setSolutionActive, updateSolution } from "@/lib/library/solutions";
import { solutionTextsFor } from "@/lib/scan/results/snapshot-store";
import { getScanResultsForActor } from "@/lib/scan/results/scan-results";
import { closeScanAsTrainer } from "@/tests/support/close-scan";
import { makeOutsiders, makeSubmittedResponse, makeTraject, questionnaireJson } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();
const [t1, t2] = questionnaireJson.themes.map((th) => th.key);
const lowAnswers = Object.fromEntries(questionnaireJson.themes.flatMap((th) => th.items.map((i) => [i.key, 1])));

describe(`the oplossingsrichtingen library (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("an admin adds, edits and switches off entries; a stale edit is a conflict; others cannot", async () => {
    const f = await makeTraject(t.prisma);
    const { admin } = await makeOutsiders(t.prisma);
    const input = {
      title: "Buddy op de werkvloer",
      description: "Een vaste collega om bij terecht te kunnen.",
      themes: [t1!],
      forAllThemes: false,
    };
    await expect(createSolution({ actor: f.trainer, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createSolution({ actor: admin, input: { ...input, themes: ["T99"] } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { themes: ["Kies thema's uit de lijst."] },
    });
    expect(await createSolution({ actor: admin, input })).toEqual({ key: "EIGEN-1" });
    expect(await createSolution({ actor: admin, input: { ...input, title: "Tweede" } })).toEqual({ key: "EIGEN-2" });

    const before = await snapshotAllTables(t);
    await expect(updateSolution({ actor: admin, input: { ...input, key: "EIGEN-1", version: 7, title: "Oud" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(updateSolution({ actor: admin, input: { ...input, key: "EIGEN-404", version: 1 } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await snapshotAllTables(t)).toBe(before);
    await updateSolution({ actor: admin, input: { ...input, key: "EIGEN-1", version: 1, title: "Buddy", themes: [t1!, t2!] } });
    expect(await t.prisma.solution.findUniqueOrThrow({ where: { key: "EIGEN-1" } })).toMatchObject({
      title: "Buddy",
      themes: [t1, t2],
      version: 2,
    });
    await setSolutionActive({ actor: admin, key: "EIGEN-1", version: 2, active: false });
    expect((await solutionTextsFor(t.prisma, f.traject.id)).some((s) => s.key === "EIGEN-1")).toBe(false);
    const { solutions, themes } = await listSolutionsForAdmin(admin);
    expect(themes.map((th) => th.key)).toContain(t1);
    expect(solutions.find((s) => s.key === "EIGEN-1")).toMatchObject({ active: false });
    expect(await t.prisma.auditEvent.count({ where: { entityType: "Solution", entityId: "EIGEN-1" } })).toBe(3);

    // the edit page reads one entry at the version it shows; an unknown key is not found
    const { solution, themes: choices } = await getSolutionForAdmin({ actor: admin, key: "EIGEN-1" });
    expect(solution).toMatchObject({ key: "EIGEN-1", title: "Buddy", version: 3, active: false });
    expect(choices.map((th) => th.key)).toContain(t1);
    await expect(getSolutionForAdmin({ actor: admin, key: "EIGEN-404" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSolutionForAdmin({ actor: f.trainer, key: "EIGEN-1" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a closed scan keeps the texts it was made with, also after the library changes", async () => {
    const f = await makeTraject(t.prisma);
    const { admin } = await makeOutsiders(t.prisma);
    for (let i = 0; i < 3; i++) await makeSubmittedResponse(t.prisma, f, { answers: lowAnswers });
    await closeScanAsTrainer(t.prisma, f);
    const results = await getScanResultsForActor({ actor: f.employerUser, trajectId: f.traject.id });
    const proposed = results.result!.aandachtspunten.flatMap((ap) => ap.solutions);
    expect(proposed.length).toBeGreaterThan(0);
    const key = proposed[0]!;
    const original = await t.prisma.solution.findUniqueOrThrow({ where: { key } });
    await updateSolution({
      actor: admin,
      input: {
        key,
        version: original.version,
        title: "Nieuwe titel",
        description: original.description,
        themes: original.themes,
        forAllThemes: original.forAllThemes,
      },
    });
    await setSolutionActive({ actor: admin, key, version: original.version + 1, active: false });
    for (const actor of [f.employerUser, f.trainer]) {
      const again = await getScanResultsForActor({ actor, trajectId: f.traject.id });
      expect("solutions" in again && again.solutions[key]?.title).toBe(original.title);
    }
  });
});
