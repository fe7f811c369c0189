import { describe, expect, it } from "vitest";
import { addClause, editClause, moveClause, restoreRevision, type ClauseConflictError } from "@/lib/gedragscode/clauses";
import {
  acceptProposals,
  adoptEditedProposal,
  boardProposalsForActor,
  dismissProposal,
  proposalsForActor,
  showProposal,
} from "@/lib/gedragscode/proposals";
import { boardForActor } from "@/lib/board/board";
import { proposalKeySchema } from "@/lib/gedragscode/schema";
import { makeTraject, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// Session 2 on one board (issue 26 items 1 and 5): the scan's proposals adopted, edited or left out on
// the board (left out for everyone until "Toch tonen"), the uitgangspunten in their own list, moves
// within a list, and the person whose text someone kept theirs over is told, with a restore that is a
// version-checked edit.

const t = setupTestDb();
const PRINCIPLE = "principle:uitgangspunt-rolzuiverheid";

const boardEvents = (trajectId: string) =>
  t.prisma.liveEvent
    .findMany({ where: { topic: "board", channelId: trajectId }, orderBy: { id: "asc" } })
    .then((rows) => rows.map((r) => r.data as Record<string, unknown>));

const offeredKeys = async (f: TrajectFixture) =>
  (await proposalsForActor({ actor: f.trainer, trajectId: f.traject.id })).flatMap((g) => g.proposals.map((p) => p.key));

async function principleClause(f: TrajectFixture, title: string, themeKey?: string) {
  const { result } = await addClause({
    actor: f.trainer,
    input: { trajectId: f.traject.id, section: "UITGANGSPUNTEN", title, body: `Over ${title.toLowerCase()}.`, themeKey },
  });
  return result.clauseIds[0]!;
}

describe(`the session board (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a proposal left out is gone for everyone, live, on the board and the voorstellen page, until it is shown again", async () => {
    const f = await makeTraject(t.prisma);
    expect(await offeredKeys(f)).toContain(PRINCIPLE);

    await dismissProposal({ actor: f.employerUser, trajectId: f.traject.id, key: PRINCIPLE });
    // a second "Niet opnemen" (someone else at the same time) is no error and no second row
    await dismissProposal({ actor: f.expert, trajectId: f.traject.id, key: PRINCIPLE });
    expect(await t.prisma.dismissedProposal.count()).toBe(1);
    expect(await offeredKeys(f)).not.toContain(PRINCIPLE);
    const board = await boardProposalsForActor({ actor: f.expert, trajectId: f.traject.id });
    expect(board.groups.flatMap((g) => g.proposals.map((p) => p.key))).not.toContain(PRINCIPLE);
    expect(board.dismissed).toEqual([expect.objectContaining({ key: PRINCIPLE, byName: f.employerUser.name, adopted: false })]);
    // not a change of the code's text: its version stays
    expect((await t.prisma.gedragscode.findUniqueOrThrow({ where: { trajectId: f.traject.id } })).version).toBe(1);
    expect((await boardEvents(f.traject.id)).at(-1)).toEqual({ kind: "code", actorName: f.expert.name });

    await showProposal({ actor: f.trainer, trajectId: f.traject.id, key: PRINCIPLE });
    expect(await offeredKeys(f)).toContain(PRINCIPLE);
    expect((await boardProposalsForActor({ actor: f.trainer, trajectId: f.traject.id })).dismissed).toEqual([]);
    await expect(showProposal({ actor: f.trainer, trajectId: f.traject.id, key: PRINCIPLE })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("leaving out a proposal that does not exist, or with a bad key, stores nothing", async () => {
    const f = await makeTraject(t.prisma);
    await expect(dismissProposal({ actor: f.trainer, trajectId: f.traject.id, key: "theme:T1:OR-99" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // the form's key is parsed first: control characters or an empty key never reach the database
    expect(proposalKeySchema.safeParse({ trajectId: f.traject.id, key: "a\u0000b" }).success).toBe(false);
    expect(proposalKeySchema.safeParse({ trajectId: f.traject.id, key: "" }).success).toBe(false);
    expect(await t.prisma.dismissedProposal.count()).toBe(0);
    expect(await t.prisma.gedragscode.count()).toBe(0);
  });

  it("adopting from the board puts the proposal in the uitgangspunten' list; an edited one keeps its original hidden", async () => {
    const f = await makeTraject(t.prisma);
    const principles = (await proposalsForActor({ actor: f.trainer, trajectId: f.traject.id })).find((g) => g.themeKey === null)!.proposals;
    const [first, second] = principles;
    await acceptProposals({ actor: f.employerUser, trajectId: f.traject.id, keys: [first!.key] });
    await adoptEditedProposal({
      actor: f.expert,
      input: {
        trajectId: f.traject.id,
        proposalKey: second!.key,
        section: "UITGANGSPUNTEN",
        title: "Onze eigen woorden",
        body: "Zo zeggen wij het.",
      },
    });
    const { board, proposals } = await boardForActor({ actor: f.trainer, trajectId: f.traject.id });
    expect(board.principles.map((c) => c.title)).toEqual([first!.title, "Onze eigen woorden"]);
    expect(board.otherClauses).toEqual([]);
    const open = proposals!.groups.flatMap((g) => g.proposals.map((p) => p.key));
    expect(open).not.toContain(first!.key);
    expect(open).not.toContain(second!.key);
    expect(proposals!.dismissed).toEqual([expect.objectContaining({ key: second!.key, adopted: true, byName: f.expert.name })]);
    // adopting it again: it is no longer offered
    await expect(acceptProposals({ actor: f.trainer, trajectId: f.traject.id, keys: [first!.key] })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("uitgangspunten are their own list whatever theme they name; Omhoog/Omlaag move within it", async () => {
    const f = await makeTraject(t.prisma);
    const a = await principleClause(f, "Eerste", "T5");
    const b = await principleClause(f, "Tweede");
    const c = await principleClause(f, "Derde");
    await addClause({ actor: f.trainer, input: { trajectId: f.traject.id, section: "BORGING", title: "Jaarlijks", body: "Elk jaar." } });
    let { board } = await boardForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(board.principles.map((p) => p.id)).toEqual([a, b, c]);
    expect(board.otherClauses.map((p) => p.title)).toEqual(["Jaarlijks"]);
    expect(board.principles[1]!.place).toEqual({ index: 1, count: 3, up: 0, down: 2, here: 1 });
    // "Omlaag" on the first card: to its neighbour's place
    await moveClause({ actor: f.employerUser, trajectId: f.traject.id, clauseId: a, to: board.principles[0]!.place.down! });
    ({ board } = await boardForActor({ actor: f.employerUser, trajectId: f.traject.id }));
    expect(board.principles.map((p) => p.id)).toEqual([b, a, c]);
  });

  it("keeping one's own text tells the person whose text it replaced, and their restore is a version-checked edit", async () => {
    const f = await makeTraject(t.prisma);
    const trajectId = f.traject.id;
    const id = await principleClause(f, "Rolzuiverheid");
    const fields = { trajectId, clauseId: id, section: "UITGANGSPUNTEN" as const, title: "Rolzuiverheid" };
    // Ingrid (the expert) saves her text; Marloes (HR) was typing on version 1
    await editClause({ actor: f.expert, input: { ...fields, version: 1, body: "De tekst van Ingrid." } });
    const ingrids = await t.prisma.gedragscodeRevision.findFirstOrThrow({ where: { clauseId: id, version: 2 } });
    await expect(
      editClause({ actor: f.employerUser, input: { ...fields, version: 1, body: "De tekst van Marloes." } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // "Mijn tekst bewaren": the newer version and keepMine
    await editClause({ actor: f.employerUser, input: { ...fields, version: 2, body: "De tekst van Marloes.", keepMine: "on" } });
    expect((await boardEvents(trajectId)).filter((e) => e.kind === "overwritten")).toEqual([
      {
        kind: "overwritten",
        actorName: f.employerUser.name,
        overwrittenName: f.expert.name,
        overwrittenUserId: f.expert.id,
        clauseId: id,
        clauseTitle: "Rolzuiverheid",
        revisionId: ingrids.id,
        version: 3,
      },
    ]);

    // someone changed it again before Ingrid clicked: a conflict with both texts, nothing restored
    await editClause({ actor: f.trainer, input: { ...fields, version: 3, body: "De tekst van de trainer." } });
    const stale = restoreRevision({ actor: f.expert, trajectId, revisionId: ingrids.id, version: 3 });
    const conflict = (await stale.catch((e: ClauseConflictError) => e)) as ClauseConflictError;
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.details).toMatchObject({
      current: { body: "De tekst van de trainer.", version: 4 },
      mine: { body: "De tekst van Ingrid." },
    });
    expect((await t.prisma.gedragscodeClause.findUniqueOrThrow({ where: { id } })).body).toBe("De tekst van de trainer.");

    // "Mijn tekst bewaren" in that conflict: her text is back, and the trainer is told in turn
    await restoreRevision({ actor: f.expert, trajectId, revisionId: ingrids.id, version: 4, keepMine: "on" });
    expect(await t.prisma.gedragscodeClause.findUniqueOrThrow({ where: { id } })).toMatchObject({
      body: "De tekst van Ingrid.",
      version: 5,
    });
    expect((await boardEvents(trajectId)).filter((e) => e.kind === "overwritten").at(-1)).toMatchObject({
      actorName: f.expert.name,
      overwrittenUserId: f.trainer.id,
      version: 5,
    });

    // keeping one's own text over one's own earlier text tells nobody
    const before = (await boardEvents(trajectId)).length;
    await editClause({ actor: f.expert, input: { ...fields, version: 5, body: "Ingrid, nog eens.", keepMine: "on" } });
    const after = await boardEvents(trajectId);
    expect(after.slice(before).map((e) => e.kind)).toEqual(["code"]);
  });
});
