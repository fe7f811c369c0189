import { describe, expect, it } from "vitest";
import {
  addClause,
  editClause,
  moveClause,
  removeClause,
  restoreRevision,
  setPreamble,
  type ClauseConflictError,
} from "@/lib/gedragscode/clauses";
import { currentContent } from "@/lib/gedragscode/content";
import { addNextStep } from "@/lib/gedragscode/next-steps";
import { clauseVersionsForActor, codeHistoryForActor } from "@/lib/gedragscode/queries";
import { buildReportInputForActor } from "@/lib/report/queries";
import { makeOutsiders, makeTraject } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// Drafting the code: per-clause versions and revisions, conflicts that carry both texts, reordering,
// restoring from the history. Sign-off has its own file (gedragscode-signoff.test.ts).

const t = setupTestDb();
const clause = (trajectId: string, title = "Rolzuiverheid") => ({
  trajectId,
  section: "UITGANGSPUNTEN" as const,
  title,
  body: "We vragen naar de invloed op het werk, nooit naar de diagnose.",
  themeKey: "T5",
  owner: "Leidinggevenden",
});
const edit = (trajectId: string, clauseId: string, version: number, body: string) => ({
  trajectId,
  clauseId,
  version,
  section: "UITGANGSPUNTEN" as const,
  title: "Rolzuiverheid",
  body,
  owner: "Leidinggevenden",
  startDate: "2027-02-01",
});

describe(`drafting the EPA-gedragscode (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("versions are per clause: edits of different clauses never conflict; the same clause twice does, with the text now stored", async () => {
    const f = await makeTraject(t.prisma);
    const a = (await addClause({ actor: f.employerUser, input: clause(f.traject.id, "A") })).result.clauseIds[0]!;
    const b = (await addClause({ actor: f.expert, input: clause(f.traject.id, "B") })).result.clauseIds[0]!;
    // two people, each on their own clause, both based on version 1: both land
    await editClause({ actor: f.employerUser, input: { ...edit(f.traject.id, a, 1, "Tekst van HR"), title: "A" } });
    await editClause({ actor: f.expert, input: { ...edit(f.traject.id, b, 1, "Tekst van de expert"), title: "B" } });
    // the same clause, second writer still on version 1: a conflict that names the stored text and its author
    const stale = editClause({ actor: f.trainer, input: { ...edit(f.traject.id, a, 1, "Tekst van de trainer"), title: "A" } });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    const conflict = (await stale.catch((e: ClauseConflictError) => e)) as ClauseConflictError;
    expect(conflict.conflict.current).toMatchObject({ body: "Tekst van HR", version: 2, by: f.employerUser.name });
    // the stored start date as the form's date field takes it ("Hun tekst overnemen" keeps it)
    expect(conflict.details).toMatchObject({ current: { body: "Tekst van HR", startDate: "2027-02-01" } });
    const stored = await t.prisma.gedragscodeClause.findUniqueOrThrow({ where: { id: a } });
    expect(stored).toMatchObject({ body: "Tekst van HR", version: 2 });
    expect(stored.startDate?.toISOString().slice(0, 10)).toBe("2027-02-01");
    // with the new version the trainer's choice lands
    await editClause({ actor: f.trainer, input: { ...edit(f.traject.id, a, 2, "Samen besloten tekst"), title: "A" } });
    expect((await t.prisma.gedragscodeClause.findUniqueOrThrow({ where: { id: a } })).version).toBe(3);
  });

  it("every change is a revision with author and time; the history can restore any version, also of a removed clause", async () => {
    const f = await makeTraject(t.prisma);
    const id = (await addClause({ actor: f.employerUser, input: clause(f.traject.id) })).result.clauseIds[0]!;
    await editClause({ actor: f.expert, input: edit(f.traject.id, id, 1, "Tweede tekst") });
    await removeClause({ actor: f.trainer, trajectId: f.traject.id, version: 2, clauseId: id });
    expect(await t.prisma.gedragscodeClause.count()).toBe(0);

    const versions = await clauseVersionsForActor({ actor: f.employerUser, trajectId: f.traject.id, clauseId: id });
    expect(versions.map((v) => [v.change, v.version, v.author?.name])).toEqual([
      ["ADDED", 1, f.employerUser.name],
      ["EDITED", 2, f.expert.name],
      ["REMOVED", 3, f.trainer.name],
    ]);
    await restoreRevision({ actor: f.employerUser, trajectId: f.traject.id, revisionId: versions[0]!.id });
    const back = await t.prisma.gedragscodeClause.findUniqueOrThrow({ where: { id } });
    expect(back).toMatchObject({ body: clause("").body, version: 4 });
    const history = await codeHistoryForActor({ actor: f.trainer, trajectId: f.traject.id });
    expect(history.revisions[0]).toMatchObject({ change: "RESTORED", version: 4 });
    expect(history.revisions).toHaveLength(4);
    // a removal with a stale version is a conflict: nobody removes what they did not see
    await editClause({ actor: f.expert, input: edit(f.traject.id, id, 4, "Nieuwer") });
    await expect(removeClause({ actor: f.trainer, trajectId: f.traject.id, version: 4, clauseId: id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("reorders within a section (buttons and dragging send a place) and keeps positions dense", async () => {
    const f = await makeTraject(t.prisma);
    const ids = [];
    for (const title of ["Een", "Twee", "Drie"])
      ids.push((await addClause({ actor: f.employerUser, input: clause(f.traject.id, title) })).result.clauseIds[0]!);
    await moveClause({ actor: f.expert, trajectId: f.traject.id, clauseId: ids[2]!, to: 0 });
    const order = async () =>
      (await t.prisma.gedragscodeClause.findMany({ orderBy: { position: "asc" }, select: { title: true, position: true } })).map(
        (c) => `${c.position}:${c.title}`,
      );
    expect(await order()).toEqual(["0:Drie", "1:Een", "2:Twee"]);
    await moveClause({ actor: f.expert, trajectId: f.traject.id, clauseId: ids[2]!, to: 99 });
    expect(await order()).toEqual(["0:Een", "1:Twee", "2:Drie"]);
    await removeClause({ actor: f.trainer, trajectId: f.traject.id, version: 1, clauseId: ids[0]! });
    expect(await order()).toEqual(["0:Twee", "1:Drie"]);
    // order is part of the signed content
    const before = (await currentContent(t.prisma, (await t.prisma.gedragscode.findFirstOrThrow()).id)).hash;
    await moveClause({ actor: f.expert, trajectId: f.traject.id, clauseId: ids[2]!, to: 0 });
    expect((await currentContent(t.prisma, (await t.prisma.gedragscode.findFirstOrThrow()).id)).hash).not.toBe(before);
  });

  it("the preamble has its own version; the report reads the clauses", async () => {
    const f = await makeTraject(t.prisma);
    await addClause({ actor: f.employerUser, input: clause(f.traject.id) });
    await setPreamble({ actor: f.expert, trajectId: f.traject.id, version: 1, preamble: "De directie staat achter deze code." });
    await expect(setPreamble({ actor: f.trainer, trajectId: f.traject.id, version: 1, preamble: "Oude tab" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const code = await t.prisma.gedragscode.findUniqueOrThrow({ where: { trajectId: f.traject.id } });
    expect(code).toMatchObject({ preamble: "De directie staat achter deze code.", preambleVersion: 2, status: "CONCEPT" });
    const report = await buildReportInputForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(report.gedragscode).toMatchObject({ status: "CONCEPT", clauses: [{ title: "Rolzuiverheid", section: "UITGANGSPUNTEN" }] });
    // every change was announced to the live board
    expect(
      await t.prisma.liveEvent.count({ where: { topic: "board", channelId: f.traject.id, data: { path: ["kind"], equals: "code" } } }),
    ).toBe(2);
  });

  it("a clause of another traject, an empty clause id, people of other trajects: refused, nothing changed", async () => {
    const f = await makeTraject(t.prisma);
    const { other } = await makeOutsiders(t.prisma);
    const theirs = (await addClause({ actor: other.employerUser, input: clause(other.traject.id) })).result.clauseIds[0]!;
    await expect(editClause({ actor: f.employerUser, input: edit(f.traject.id, theirs, 1, "Overgenomen") })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(moveClause({ actor: f.employerUser, trajectId: f.traject.id, clauseId: theirs, to: 0 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await t.prisma.gedragscodeClause.findUniqueOrThrow({ where: { id: theirs } })).body).toBe(clause("").body);
    await addNextStep({
      actor: f.employerUser,
      input: { trajectId: f.traject.id, text: "Gesprekskaart invoeren", owner: "HR", dueDate: "2027-03-01" },
    });
    for (const actor of [other.employerUser, other.trainer, other.expert]) {
      await expect(addClause({ actor, input: clause(f.traject.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(addNextStep({ actor, input: { trajectId: f.traject.id, text: "Ongewenst" } })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    // the refused edits ran in a transaction that was rolled back: not even an empty code was made
    expect(await t.prisma.gedragscode.count({ where: { trajectId: f.traject.id } })).toBe(0);
    expect(await t.prisma.nextStep.count()).toBe(1);
  });
});
