import { describe, expect, it } from "vitest";
import { addNextStep } from "@/lib/gedragscode/next-steps";
import { addClause, editClause } from "@/lib/gedragscode/clauses";
import { setStepStatus } from "@/lib/followup/steps";
import { createAnnotation } from "@/lib/annotations/mutations";
import { saveTermList, termListForAdmin } from "@/lib/health-check/term-list";
import { termListSchema } from "@/lib/health-check/schema";
import { HEALTH_QUESTION } from "@/lib/health-check/texts";
import { autosave } from "@/lib/scan/respondent/answer-store";
import { openScan } from "@/lib/scan/respondent/link";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { submitScan } from "@/lib/scan/respondent/forms";
import { makeOutsiders, makeTraject, questionnaireJson } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// The health-data check on save (issue 25, ADR 028): a listed term near a person's name asks first and
// saves nothing; "Toch bewaren" saves and records only that choice and the field, never the text.

const t = setupTestDb();

async function trajectWithPetra() {
  const f = await makeTraject(t.prisma);
  await t.prisma.keyPerson.create({
    data: { employerId: f.employer.id, name: "Petra Jansen", email: `petra-${f.traject.id}@example.nl`, function: "HR" },
  });
  return f;
}
const kept = (trajectId: string) => t.prisma.auditEvent.findMany({ where: { trajectId, action: "healthCheck.kept" } });

describe(`the health-data check (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("asks before storing a next step that names a key person beside a diagnosis, and stores nothing until 'Toch bewaren'", async () => {
    const f = await trajectWithPetra();
    const input = { trajectId: f.traject.id, text: "Jansen komt na haar burn-out rustig terug." };
    await expect(addNextStep({ actor: f.trainer, input })).rejects.toMatchObject({
      code: "HEALTH_CHECK",
      message: HEALTH_QUESTION,
      fieldErrors: { text: [HEALTH_QUESTION] },
    });
    expect(await t.prisma.nextStep.count({ where: { trajectId: f.traject.id } })).toBe(0);
    expect(await kept(f.traject.id)).toEqual([]);

    await addNextStep({ actor: f.trainer, input: { ...input, gezondheidscheck: "bewaren" } });
    const step = await t.prisma.nextStep.findFirstOrThrow({ where: { trajectId: f.traject.id } });
    const events = await kept(f.traject.id);
    expect(events).toEqual([expect.objectContaining({ entityType: "NextStep", entityId: step.id, data: { fields: ["text"] } })]);
    // the choice, never the text or the term
    expect(JSON.stringify(events)).not.toMatch(/burn|Jansen|Petra/i);
  });

  it("does not ask about a text that names conditions in general", async () => {
    const f = await trajectWithPetra();
    await addNextStep({
      actor: f.trainer,
      input: { trajectId: f.traject.id, text: "Petra zorgt dat medewerkers met een psychische aandoening een vast aanspreekpunt krijgen." },
    });
    await addClause({
      actor: f.trainer,
      input: { trajectId: f.traject.id, section: "UITGANGSPUNTEN", title: "Openheid", body: "Wij praten open over depressie en psychose." },
    });
    expect(await t.prisma.nextStep.count({ where: { trajectId: f.traject.id } })).toBe(1);
    expect(await kept(f.traject.id)).toEqual([]);
  });

  it("reads a clause's words, and does not ask again about words that were already there", async () => {
    const f = await trajectWithPetra();
    const body = "Petra gebruikt lithium; zij mag pauzes nemen wanneer zij wil.";
    const base = { trajectId: f.traject.id, section: "VOORZIENINGEN" as const, title: "Pauzes", body };
    await expect(addClause({ actor: f.trainer, input: base })).rejects.toMatchObject({
      code: "HEALTH_CHECK",
      fieldErrors: { body: [HEALTH_QUESTION] },
    });
    await addClause({ actor: f.trainer, input: { ...base, gezondheidscheck: "bewaren" } });
    const clause = await t.prisma.gedragscodeClause.findFirstOrThrow({ where: { gedragscode: { trajectId: f.traject.id } } });
    const clauseId = clause.id;
    // an edit of the title only: the body is as it was stored, and is not asked about again
    await editClause({ actor: f.trainer, input: { ...base, clauseId, version: 1, title: "Pauzes naar behoefte" } });
    expect((await t.prisma.gedragscodeClause.findUniqueOrThrow({ where: { id: clauseId } })).title).toBe("Pauzes naar behoefte");
    expect((await kept(f.traject.id)).length).toBe(1);
  });

  it("reads a status note that reaches the employer, once", async () => {
    const f = await trajectWithPetra();
    await addNextStep({ actor: f.trainer, input: { trajectId: f.traject.id, text: "Een vast aanspreekpunt" } });
    const step = await t.prisma.nextStep.findFirstOrThrow({ where: { trajectId: f.traject.id } });
    const change = {
      trajectId: f.traject.id,
      kind: "step" as const,
      id: step.id,
      status: "BEZIG" as const,
      note: "Sinds de ziekte van Petra ligt het stil.",
    };
    await expect(setStepStatus({ actor: f.employerUser, input: { ...change, version: 1 } })).rejects.toMatchObject({
      code: "HEALTH_CHECK",
    });
    expect((await t.prisma.nextStep.findUniqueOrThrow({ where: { id: step.id } })).status).toBe("OPEN");
    await setStepStatus({ actor: f.employerUser, input: { ...change, version: 1, gezondheidscheck: "bewaren" } });
    await setStepStatus({ actor: f.employerUser, input: { ...change, status: "KLAAR", version: 2 } });
    expect((await t.prisma.nextStep.findUniqueOrThrow({ where: { id: step.id } })).status).toBe("KLAAR");
  });

  it("leaves an expert's private reflection alone, and asks once it is shared", async () => {
    const f = await trajectWithPetra();
    const input = { trajectId: f.traject.id, themeKey: "T1", body: "Petra vertelde over haar depressie.", visibility: "PRIVATE" as const };
    await createAnnotation({ actor: f.expert, input });
    await expect(createAnnotation({ actor: f.expert, input: { ...input, visibility: "EMPLOYER" } })).rejects.toMatchObject({
      code: "HEALTH_CHECK",
    });
  });

  it("uses the admin's list: an added term asks, a crossing edit is a conflict, and only the admin edits it", async () => {
    const f = await trajectWithPetra();
    const { admin } = await makeOutsiders(t.prisma);
    const list = await termListForAdmin(admin);
    expect(list).toMatchObject({ edited: false, version: 0 });
    const input = (version: number) =>
      termListSchema.parse({ strong: [...list.strong, "hooikoorts"].join("\n"), near: list.near.join("\r\n"), version: String(version) });
    await expect(saveTermList({ actor: f.trainer, input: input(0) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await saveTermList({ actor: admin, input: input(0) });
    await expect(saveTermList({ actor: admin, input: input(0) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await termListForAdmin(admin)).toMatchObject({ edited: true, version: 1 });
    await expect(
      addNextStep({ actor: f.trainer, input: { trajectId: f.traject.id, text: "Petra heeft last van hooikoorts." } }),
    ).rejects.toMatchObject({ code: "HEALTH_CHECK" });
    expect(termListSchema.safeParse({ strong: "# alleen een kopje", near: "ziek", version: "1" }).success).toBe(false);
  });

  it("asks a respondent before sending a note that names a colleague beside a diagnosis, and records nothing of it", async () => {
    const f = await trajectWithPetra();
    const deadline = new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
    await createInvitation({
      actor: f.trainer,
      input: { trajectId: f.traject.id, name: "Ruud Respondent", email: "ruud@voorbeeld.nl", function: "HR", deadline },
    });
    const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "ruud@voorbeeld.nl" } });
    const token = mail.text.match(/\/scan\/([A-Za-z0-9_-]{43})/)![1]!;
    await openScan(token);
    for (const itemKey of questionnaireJson.themes.flatMap((th) => th.items.map((i) => i.key)))
      expect((await autosave(token, { type: "answer", itemKey, value: 3, revision: 0 })).ok).toBe(true);
    await autosave(token, {
      type: "note",
      key: "theme:T1",
      text: "Sinds Petra haar psychose had, praat niemand er meer over.",
      revision: 0,
    });

    await expect(submitScan(token)).rejects.toMatchObject({ code: "HEALTH_CHECK" });
    expect(await t.prisma.scanResponse.count({ where: { trajectId: f.traject.id, status: "SUBMITTED" } })).toBe(0);
    await submitScan(token, { confirmed: true });
    expect(await t.prisma.scanResponse.count({ where: { trajectId: f.traject.id, status: "SUBMITTED" } })).toBe(1);
    // a choice next to a sent scan could point to its writer: not recorded for respondents
    expect(await kept(f.traject.id)).toEqual([]);
  });
});
