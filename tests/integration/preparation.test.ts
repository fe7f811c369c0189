import { describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/mutations";
import { preparationCardForActor, preparationPdfForActor } from "@/lib/preparation/card";
import { createGuideline, listGuidelinesForAdmin, updateGuideline } from "@/lib/guidance/guidelines";
import { updateTrajectDetails } from "@/lib/planning/details";
import { planSession } from "@/lib/sessions/sessions";
import guidelinesJson from "@/prisma/data/werkwijze.json";
import { installBundledContent } from "@/lib/content/install";
import { makeOutsiders, makeSubmittedResponse, makeTraject, questionnaireJson } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// The tandem's preparation card: what it holds, who sees it, and the admin's do's and don'ts on it.

const t = setupTestDb();

describe(`preparation cards (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("holds the agenda, the attendees with function, motivation and questions, the scan, the expert's notes and the method", async () => {
    const f = await makeTraject(t.prisma);
    const person = await t.prisma.keyPerson.create({
      data: { employerId: f.employer.id, name: "Hanna HR", email: "hanna@voorbeeld.nl", function: "HR" },
    });
    await planSession({
      actor: f.trainer,
      input: {
        trajectId: f.traject.id,
        number: 1,
        date: "2027-01-12",
        time: "10:00",
        endTime: "12:30",
        status: "PLANNED",
        location: "Kantine",
        attendees: [person.id],
      },
    });
    const traject = await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } });
    await updateTrajectDetails({
      actor: f.trainer,
      input: {
        trajectId: f.traject.id,
        version: traject.version,
        motivation: "We willen leren van ervaring.",
        werkvloerId: traject.werkvloerId!,
        plannedSessionCount: 2,
        contactKeyPersonId: "",
        expertQuestions: "Hoe vertelde u het uw leidinggevende?\n\nWat hielp bij de terugkeer?",
      },
    });
    // good intentions, little practice: the card should show schijninclusie
    const answers = Object.fromEntries(
      questionnaireJson.themes.flatMap((th) => th.items.map((i) => [i.key, i.kind === "intentie" ? 5 : 2])),
    );
    for (let n = 0; n < 2; n++) await makeSubmittedResponse(t.prisma, f, { answers });
    await createAnnotation({
      actor: f.expert,
      input: { trajectId: f.traject.id, themeKey: "T1", body: "Herkenbaar voor mij", visibility: "PRIVATE" },
    });

    const mine = await preparationCardForActor({ actor: f.expert, trajectId: f.traject.id, number: 1 });
    expect(mine.facts.find((x) => x.label === "Waar")!.value).toBe("Kantine");
    expect(mine.facts.find((x) => x.label === "Wanneer")!.value).toBe("12 januari 2027, 10:00–12:30");
    expect(mine.agenda[0]).toMatch(/Opening/i);
    expect(mine.attendees).toEqual([{ name: "Hanna HR", function: "HR", present: null }]);
    expect(mine.motivation).toBe("We willen leren van ervaring.");
    expect(mine.expertQuestions).toEqual(["Hoe vertelde u het uw leidinggevende?", "Wat hielp bij de terugkeer?"]);
    expect(mine.scan?.respondents).toBe(2);
    expect(mine.scan?.aandachtspunten.length).toBeGreaterThan(0);
    expect(mine.scan?.schijninclusie.length).toBeGreaterThan(0);
    expect(mine.annotations).toEqual([expect.objectContaining({ body: "Herkenbaar voor mij", byline: "Van u, alleen voor u" })]);
    expect(mine.guidelines.dont).toContain(guidelinesJson.entries.find((g) => g.key === "geen-diagnosevragen")!.text);

    // the expert's private note is not on the trainer's card; the employer and the admin have no card
    const trainers = await preparationCardForActor({ actor: f.trainer, trajectId: f.traject.id, number: 1 });
    expect(trainers.annotations).toEqual([]);
    const { admin } = await makeOutsiders(t.prisma);
    await expect(preparationCardForActor({ actor: f.employerUser, trajectId: f.traject.id, number: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(preparationCardForActor({ actor: admin, trajectId: f.traject.id, number: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(preparationCardForActor({ actor: f.trainer, trajectId: f.traject.id, number: 3 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const { pdf, fileName } = await preparationPdfForActor({ actor: f.trainer, trajectId: f.traject.id, number: 1 });
    expect(Buffer.from(pdf.subarray(0, 8)).toString()).toBe("%PDF-1.7");
    expect(fileName).toMatch(/^voorbereiding-bijeenkomst-1-werkgever-[a-z0-9-]+-hoofdlocatie\.pdf$/); // the werkvloer tells trajects apart
    expect(await t.prisma.auditEvent.count({ where: { action: "preparation.download" } })).toBe(1);
  });

  it("the admin edits, adds and switches off do's and don'ts; the card follows; stale edits conflict", async () => {
    const f = await makeTraject(t.prisma);
    const { admin } = await makeOutsiders(t.prisma);
    const [first] = await listGuidelinesForAdmin(admin);
    await updateGuideline({
      actor: admin,
      input: { id: first!.id, version: first!.version, kind: "DO", text: "Vraag door, met respect.", active: true },
    });
    await expect(
      updateGuideline({ actor: admin, input: { id: first!.id, version: first!.version, kind: "DO", text: "Oud", active: true } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await createGuideline({ actor: admin, input: { kind: "DONT", text: "Geen telefoons op tafel." } });
    const off = (await listGuidelinesForAdmin(admin)).find((g) => g.key === "geen-oordeel-op-cijfer")!;
    await updateGuideline({ actor: admin, input: { id: off.id, version: off.version, kind: off.kind, text: off.text, active: false } });
    const card = await preparationCardForActor({ actor: f.trainer, trajectId: f.traject.id, number: 1 });
    expect(card.guidelines.do).toContain("Vraag door, met respect.");
    expect(card.guidelines.dont).toContain("Geen telefoons op tafel.");
    expect(card.guidelines.dont).not.toContain(off.text);
    await expect(createGuideline({ actor: f.trainer, input: { kind: "DO", text: "Mag niet" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a reworded bundled entry replaces the old one, unless the admin edited the old one", async () => {
    // an installation from before the rewording (issue 25): the old "geen rapportcijfer" and "geen medische vragen"
    const [oordeel, medisch] = guidelinesJson.retired;
    await t.prisma.methodGuideline.updateMany({ where: { key: { in: [oordeel!.key, medisch!.key] } }, data: { active: true } });
    await t.prisma.methodGuideline.upsert({
      where: { key: oordeel!.key },
      update: {},
      create: { key: oordeel!.key, kind: "DONT", text: oordeel!.text, position: 90 },
    });
    await t.prisma.methodGuideline.upsert({
      where: { key: medisch!.key },
      update: { text: "Onze eigen versie", version: 2 },
      create: { key: medisch!.key, kind: "DONT", text: "Onze eigen versie", position: 91, version: 2 },
    });
    await installBundledContent(t.prisma);
    const rows = await t.prisma.methodGuideline.findMany({ where: { key: { in: [oordeel!.key, medisch!.key, "ook-sterk-punt"] } } });
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r.active]));
    expect(byKey).toEqual({ [oordeel!.key]: false, [medisch!.key]: true, "ook-sterk-punt": true });
  });
});
