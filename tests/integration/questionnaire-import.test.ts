import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/actions/create-action";
import type { Actor } from "@/lib/auth/roles";
import { IMPORT_REJECTED_MESSAGE, importQuestionnaireVersion } from "@/lib/questionnaires/import";
import { MAX_QUESTIONNAIRE_BYTES, TOO_LARGE_MESSAGE, questionnaireImportSchema } from "@/lib/questionnaires/import-schema";
import { getLatestQuestionnaire, getQuestionnaireContent, listQuestionnaireVersions } from "@/lib/questionnaires/queries";
import { actorOf, makeQuestionnaire, makeTraject, makeUser, questionnaireJson } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

const bundledText = JSON.stringify(questionnaireJson, null, 2);
const itemCount = questionnaireJson.themes.reduce((n, theme) => n + theme.items.length, 0);

/** The bundled questionnaire as a file, changed by `edit`. */
function brokenText(edit: (q: Record<string, unknown> & typeof questionnaireJson) => void): string {
  const copy = structuredClone(questionnaireJson) as Record<string, unknown> & typeof questionnaireJson;
  edit(copy);
  return JSON.stringify(copy);
}

async function admin(): Promise<Actor> {
  return actorOf(await makeUser(t.prisma, "ADMIN"));
}

/** Snapshot of everything an import may write. */
const counts = async () => ({ questionnaires: await t.prisma.questionnaire.count(), audit: await t.prisma.auditEvent.count() });

describe(`importQuestionnaireVersion (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("imports the bundled questionnaire as the next version, each import one higher", async () => {
    // installed: the bundled versions 1 and 2 (version 2 says "ervaringsdeskundige", issue 24)
    const bundled = await makeQuestionnaire(t.prisma);
    expect(bundled.version).toBe(2);
    const v1 = await t.prisma.questionnaire.findUniqueOrThrow({ where: { key_version: { key: "mhb-2025", version: 1 } } });
    const actor = await admin();

    const v2 = await importQuestionnaireVersion({ actor, fileName: "mhb-2025.json", text: bundledText });
    expect(v2).toMatchObject({ key: "mhb-2025", version: 3, title: questionnaireJson.title, itemCount });
    const v3 = await importQuestionnaireVersion({ actor, fileName: "mhb-2025.json", text: bundledText });
    expect(v3.version).toBe(4);

    const row = await t.prisma.questionnaire.findUniqueOrThrow({ where: { id: v2.id } });
    expect(row).toMatchObject({ importedById: actor.id, itemCount, title: questionnaireJson.title });
    expect(row.content).toEqual(questionnaireJson);
    const audit = await t.prisma.auditEvent.findMany({ where: { action: "questionnaire.import" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.entityId)).toEqual([v2.id, v3.id]);
    expect(audit[0]).toMatchObject({ actorId: actor.id, entityType: "Questionnaire" });

    // The older version is untouched and stays readable for responses tied to it.
    expect((await getQuestionnaireContent(v1.id)).themes).toHaveLength(questionnaireJson.themes.length);
    expect((await getLatestQuestionnaire("mhb-2025"))?.id).toBe(v3.id);
    expect((await getLatestQuestionnaire())?.id).toBe(v3.id);
  });

  it("accepts a file with a byte-order mark and starts a new key at version 1", async () => {
    await makeQuestionnaire(t.prisma);
    const text =
      "\uFEFF" +
      brokenText((q) => {
        q.id = "mhb-2026";
        q.title = "Mental Health-bedrijfsscan 2026";
      });
    const imported = await importQuestionnaireVersion({ actor: await admin(), fileName: "mhb-2026.json", text });
    expect(imported).toMatchObject({ key: "mhb-2026", version: 1, title: "Mental Health-bedrijfsscan 2026" });
  });

  it("the upload schema passes a real File through to the import, and refuses a missing or too large one", async () => {
    await makeQuestionnaire(t.prisma);
    const { file } = parseInput(questionnaireImportSchema, {
      file: new File([bundledText], "mhb-2025.json", { type: "application/json" }),
    });
    const imported = await importQuestionnaireVersion({ actor: await admin(), fileName: file.name, text: await file.text() });
    expect(imported.version).toBe(3);

    for (const [raw, message] of [
      [null, "Kies een JSON-bestand met de vragenlijst."],
      [new File([], ""), "Kies een JSON-bestand met de vragenlijst."],
      [new File([], "leeg.json"), "Het gekozen bestand is leeg."],
      [new File(["x".repeat(MAX_QUESTIONNAIRE_BYTES + 1)], "groot.json"), TOO_LARGE_MESSAGE],
    ] as const) {
      expect(() => parseInput(questionnaireImportSchema, { file: raw })).toThrow(
        expect.objectContaining({ code: "VALIDATION", fieldErrors: { file: [message] } }),
      );
    }
  });

  const brokenFiles: [string, string, (errors: string[]) => void][] = [
    ["bad JSON", '{ "id": "mhb-2025", "title": }', (errors) => expect(errors[0]).toMatch(/^Dit bestand is geen geldige JSON: /)],
    ["a cut-off file", bundledText.slice(0, 500), (errors) => expect(errors).toEqual([expect.stringContaining("houdt midden in op")])],
    ["an empty file", "  \n", (errors) => expect(errors).toEqual(["Dit bestand is geen geldige JSON: het bestand is leeg."])],
    [
      "missing themes",
      brokenText((q) => {
        delete (q as Record<string, unknown>).themes;
      }),
      (errors) => expect(errors).toEqual(["themes: geef een lijst van thema's"]),
    ],
    [
      "a duplicate statement key",
      brokenText((q) => {
        q.themes[3]!.items[1]!.key = q.themes[0]!.items[0]!.key;
      }),
      (errors) =>
        expect(errors).toEqual([`themes.3.items.1.key: stellingsleutel '${questionnaireJson.themes[0]!.items[0]!.key}' komt vaker voor`]),
    ],
    [
      "an unknown solution key",
      brokenText((q) => {
        q.themes[0]!.items[0]!.solutions = ["OR-99"];
      }),
      (errors) => expect(errors).toEqual(["themes.0.items.0.solutions.0: onbekende oplossingsrichting 'OR-99'"]),
    ],
    [
      "a file over 1 MB",
      JSON.stringify({ ...questionnaireJson, padding: "x".repeat(MAX_QUESTIONNAIRE_BYTES) }),
      (errors) => expect(errors).toEqual([TOO_LARGE_MESSAGE]),
    ],
  ];

  it.each(brokenFiles)("refuses %s with a Dutch list and writes nothing", async (_name, text, checkErrors) => {
    await makeQuestionnaire(t.prisma);
    const actor = await admin();
    const before = await counts();
    const error = await importQuestionnaireVersion({ actor, fileName: "kapot.json", text }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", message: IMPORT_REJECTED_MESSAGE });
    checkErrors((error as { fieldErrors: { file: string[] } }).fieldErrors.file);
    expect(await counts()).toEqual(before);
  });

  it("refuses trainers, experts and employers with FORBIDDEN and changes nothing", async () => {
    const f = await makeTraject(t.prisma);
    const before = await counts();
    for (const actor of [f.trainer, f.expert, f.employerUser]) {
      await expect(importQuestionnaireVersion({ actor, fileName: "mhb-2025.json", text: bundledText })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(listQuestionnaireVersions(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await counts()).toEqual(before);
  });

  it("two imports at once never share a version number; a lost race is a Dutch CONFLICT", async () => {
    await makeQuestionnaire(t.prisma);
    const actor = await admin();
    const results = await Promise.allSettled(
      [1, 2].map(() => importQuestionnaireVersion({ actor, fileName: "mhb-2025.json", text: bundledText })),
    );
    const versions = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.version] : []));
    expect(new Set(versions).size).toBe(versions.length);
    for (const r of results)
      if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Tegelijk") });
    expect(await t.prisma.questionnaire.count()).toBe(2 + versions.length);
  });
});

describe("questionnaire queries", () => {
  it("lists every version with its themes, importer and use", async () => {
    const f = await makeTraject(t.prisma);
    const actor = await admin();
    const v2 = await importQuestionnaireVersion({ actor, fileName: "mhb-2025.json", text: bundledText });
    const rows = await listQuestionnaireVersions(actor);
    expect(rows.map((r) => r.version)).toEqual([3, 2, 1]);
    expect(rows[0]).toMatchObject({
      id: v2.id,
      importedByName: actor.name,
      trajectCount: 0,
      responseCount: 0,
      themeCount: questionnaireJson.themes.length,
      itemCount,
    });
    expect(rows[1]).toMatchObject({ id: f.questionnaire.id, importedByName: null, trajectCount: 1 });
    expect(rows[2]).toMatchObject({ version: 1, importedByName: null, trajectCount: 0 });
    expect(rows[0]).not.toHaveProperty("content");
  });

  it("caches parsed content per id and reports an unknown id as NOT_FOUND", async () => {
    const q = await makeQuestionnaire(t.prisma);
    const first = await getQuestionnaireContent(q.id);
    expect(await getQuestionnaireContent(q.id)).toBe(first);
    await expect(getQuestionnaireContent("bestaat-niet")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getLatestQuestionnaire("onbekend")).toBeNull();
  });
});
