import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { autosave } from "@/lib/scan/respondent/answer-store";
import { openScan } from "@/lib/scan/respondent/link";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { submitScan } from "@/lib/scan/respondent/forms";
import { getScanResultsForActor } from "@/lib/scan/results/scan-results";
import { closeScanAsTrainer } from "@/tests/support/close-scan";
import { actorOf, makeOutsiders, makeTraject, makeUser, questionnaireJson, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

const inAWeek = () => new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
const allItems = questionnaireJson.themes.flatMap((th) => th.items.map((i) => i.key));
type Fn = "HR" | "DIRECTIE" | "LEIDINGGEVENDE";

async function invite(f: TrajectFixture, email: string, fn: Fn, name = "Femke de Vries") {
  await createInvitation({ actor: f.trainer, input: { trajectId: f.traject.id, name, email, function: fn, deadline: inAWeek() } });
  const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return mail.text.match(/\/scan\/([A-Za-z0-9_-]{43})/)![1]!;
}

/** Answers every statement with `value`, plus a self-grade; does not submit. */
async function fill(token: string, value: number | "dontKnow", notes: Record<string, string> = {}) {
  await openScan(token);
  for (const itemKey of allItems) expect((await autosave(token, { type: "answer", itemKey, value, revision: 0 })).ok).toBe(true);
  expect((await autosave(token, { type: "selfGrade", value: 7, revision: 0 })).ok).toBe(true);
  for (const [key, text] of Object.entries(notes)) expect((await autosave(token, { type: "note", key, text, revision: 0 })).ok).toBe(true);
}

const results = (actor: Actor, f: TrajectFixture) => getScanResultsForActor({ actor, trajectId: f.traject.id });
/** The results of a traject that has a questionnaire (every factory traject has one). */
async function full(actor: Actor, f: TrajectFixture) {
  const r = await results(actor, f);
  if (r.result === null) throw new Error("traject without questionnaire");
  return r;
}

describe(`scan results (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("the tandem sees each submission at once; drafts never count; a role only with 3 in it and 3 in the rest", async () => {
    const f = await makeTraject(t.prisma);
    const hr1 = await invite(f, "hr1@voorbeeld.nl", "HR");
    const hr2 = await invite(f, "hr2@voorbeeld.nl", "HR");
    const dir = await invite(f, "directie@voorbeeld.nl", "DIRECTIE");

    let r = await full(f.trainer, f);
    expect(r.result.respondents).toBe(0);
    expect(r.invitedCount).toBe(3);

    await fill(hr1, 5);
    r = await full(f.trainer, f);
    expect(r.result.respondents).toBe(0); // a complete draft is still a draft
    expect(r.result.overallGrade).toBeNull();

    await submitScan(hr1);
    r = await full(f.trainer, f);
    expect(r.result).toMatchObject({ respondents: 1, overallGrade: 10, selfGrade: 7 });
    expect(r.byFunction).toEqual([]);

    await fill(dir, 1);
    await submitScan(dir);
    r = await full(f.trainer, f);
    expect(r.result).toMatchObject({ respondents: 2, overallGrade: 5.5 });
    expect(r.byFunction).toEqual([]); // 1 HR + 1 directie: nobody's answers may be traceable

    await fill(hr2, 3);
    r = await full(f.trainer, f);
    expect(r.result.respondents).toBe(2);
    await submitScan(hr2);
    r = await full(f.trainer, f);
    expect(r.result.respondents).toBe(3);
    // 2 HR + 1 directie: the total minus HR would give the director's answers (docs/privacy.md#function-groups)
    expect(r.byFunction).toEqual([]);
  });

  it("employers see aggregates only; annotations follow what the expert chose to share", async () => {
    const f = await makeTraject(t.prisma);
    const secondExpert = actorOf(await makeUser(t.prisma, "EXPERT"));
    await t.prisma.expertAssignment.create({ data: { trajectId: f.traject.id, expertId: secondExpert.id } });
    const a = await invite(f, "a@voorbeeld.nl", "HR", "Anna Jansen");
    const b = await invite(f, "b@voorbeeld.nl", "LEIDINGGEVENDE", "Bram Bakker");
    await fill(a, 4, { "theme:T1": "Meer voorbeelden delen", "open:questionForExpert": "Hoe begin ik het gesprek?" });
    await fill(b, "dontKnow");
    await autosave(b, { type: "answer", itemKey: "1.1", value: 2, revision: 1 });
    await submitScan(a);
    await submitScan(b);

    const note = (visibility: "EMPLOYER" | "TANDEM" | "PRIVATE", authorId: string) =>
      t.prisma.annotation.create({
        data: { trajectId: f.traject.id, authorId, themeKey: "T1", body: `${visibility} van ${authorId}`, visibility },
      });
    await note("EMPLOYER", f.expert.id);
    await note("TANDEM", f.expert.id);
    await note("PRIVATE", f.expert.id);
    await note("PRIVATE", secondExpert.id);

    expect((await results(f.employerUser, f)).result).toBeNull(); // nothing before the scan closes
    await closeScanAsTrainer(t.prisma, f);
    const employer = await full(f.employerUser, f);
    expect(employer.perRespondent).toBeNull();
    expect(employer.openAnswers).toEqual([]);
    expect(employer.annotations.map((x) => x.visibility)).toEqual(["EMPLOYER"]);
    expect(employer.themeComments).toEqual([]); // 2 respondents, and nobody chose to share
    expect(employer.fewRespondents).toBe(true);
    expect(employer.annotations[0]!.authorName).toBe((await t.prisma.user.findUniqueOrThrow({ where: { id: f.expert.id } })).name);

    const trainer = await full(f.trainer, f);
    expect(trainer.annotations.map((x) => x.visibility)).toEqual(["EMPLOYER", "TANDEM"]);
    expect(trainer.perRespondent?.map((p) => p.label)).toEqual(["HR 1", "Leidinggevende 1"]);
    expect(trainer.perRespondent?.[1]!.answers["1.1"]).toBe(2);
    expect(trainer.perRespondent?.[1]!.answers["1.2"]).toBe("dontKnow");
    expect(trainer.openAnswers).toEqual([{ questionKey: "questionForExpert", text: "Hoe begin ik het gesprek?" }]);
    // labelled by function only: no names or e-mail addresses of respondents anywhere in the results
    const everything = JSON.stringify(trainer);
    for (const secret of ["Anna", "Jansen", "Bram", "a@voorbeeld.nl", "b@voorbeeld.nl"]) expect(everything).not.toContain(secret);

    const author = await full(f.expert, f);
    expect(author.annotations.map((x) => x.body)).toEqual([
      `EMPLOYER van ${f.expert.id}`,
      `TANDEM van ${f.expert.id}`,
      `PRIVATE van ${f.expert.id}`,
    ]);
    expect(author.perRespondent).toHaveLength(2);

    const colleague = await full(secondExpert, f);
    expect(colleague.annotations.map((x) => x.body)).toEqual([
      `EMPLOYER van ${f.expert.id}`,
      `TANDEM van ${f.expert.id}`,
      `PRIVATE van ${secondExpert.id}`,
    ]);
  });

  it("people of another traject get NOT_FOUND and nothing else", async () => {
    const f = await makeTraject(t.prisma);
    const token = await invite(f, "hr@voorbeeld.nl", "HR");
    await fill(token, 4);
    await submitScan(token);
    const { other, admin } = await makeOutsiders(t.prisma);
    const declined = actorOf(await makeUser(t.prisma, "EXPERT"));
    await t.prisma.expertAssignment.create({ data: { trajectId: f.traject.id, expertId: declined.id, status: "DECLINED" } });
    for (const outsider of [other.employerUser, other.trainer, other.expert, declined]) {
      const error = await results(outsider, f).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: "NOT_FOUND" });
      expect(JSON.stringify(error)).not.toContain(f.employer.name);
    }
    await expect(results(other.employerUser, { ...f, traject: { ...f.traject, id: "does-not-exist" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await results(admin, f)).result).toBeNull(); // the admin reads the snapshot too, and there is none yet
    // their own traject still works and shows none of this traject's responses
    expect((await full(other.trainer, other)).result.respondents).toBe(0);
  });
});
