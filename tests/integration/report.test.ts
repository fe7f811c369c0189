import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { currentContent } from "@/lib/gedragscode/content";
import { buildReportModel } from "@/lib/report/model";
import { buildReportInputForActor, reportFileName } from "@/lib/report/queries";
import { renderReportPdf } from "@/lib/report/render-pdf";
import { writeResultsSnapshot } from "@/lib/scan/results/snapshot-store";
import golden from "@/tests/fixtures/three-respondents.input.json";
import { makeOutsiders, makeSubmittedResponse, makeTraject, questionnaireJson, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

const FNS = ["DIRECTIE", "HR", "LEIDINGGEVENDE"] as const;

async function trajectWithScan(opts: { respondents?: number; withCode?: boolean } = {}) {
  const f = await makeTraject(t.prisma, { status: "SCAN_CLOSED" });
  for (const [i, r] of golden.responses.slice(0, opts.respondents ?? 3).entries()) {
    await makeSubmittedResponse(t.prisma, f, {
      name: `Geheime Naam ${i}`,
      email: `geheim${i}@voorbeeld.nl`,
      fn: FNS[i]!,
      answers: r.answers,
      selfGrade: r.selfGrade,
      notes: { "theme:T8": `Opmerking één punt hoger ${i}` },
      shareText: true,
    });
  }
  // what closing the scan does (lib/trajecten/close-scan.ts): the employer's report reads this snapshot
  await writeResultsSnapshot(t.prisma, { trajectId: f.traject.id, reason: "scan-closed", takenBy: { id: f.trainer.id, name: "Trainer" } });
  await t.prisma.annotation.createMany({
    data: [
      { trajectId: f.traject.id, authorId: f.expert.id, themeKey: "T8", body: "GEDEELDE reflectie over terugval", visibility: "EMPLOYER" },
      {
        trajectId: f.traject.id,
        authorId: f.expert.id,
        themeKey: "T4",
        body: "TANDEMNOTITIE niet voor de werkgever",
        visibility: "TANDEM",
      },
      { trajectId: f.traject.id, authorId: f.expert.id, themeKey: "T6", body: "PRIVENOTITIE van de expert", visibility: "PRIVATE" },
    ],
  });
  if (opts.withCode) {
    await t.prisma.gedragscode.create({
      data: {
        trajectId: f.traject.id,
        status: "CONCEPT",
        clauses: {
          create: [
            { section: "UITGANGSPUNTEN", title: "Rolzuiverheid", body: "We vragen naar de invloed op het werk, nooit naar de diagnose." },
          ],
        },
      },
    });
  } else {
    await t.prisma.nextStep.create({ data: { trajectId: f.traject.id, text: "Gesprekskaart invoeren bij teamoverleg", owner: "HR" } });
  }
  return f;
}

async function pdfText(f: TrajectFixture, actor = f.employerUser, edition: "employer" | "tandem" = "employer") {
  const input = await buildReportInputForActor({ actor, trajectId: f.traject.id, edition });
  const pdf = await renderReportPdf(buildReportModel(input));
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const { text } = await parser.getText();
  await parser.destroy();
  return { text: text.replace(/\s+/g, " "), input };
}

describe("the scan report PDF", () => {
  it("contains the employer, every theme title and the aandachtspunten, and nothing private", async () => {
    const f = await trajectWithScan({ withCode: true });
    const { text, input } = await pdfText(f);
    expect(text).toContain(f.employer.name);
    for (const theme of questionnaireJson.themes) expect(text).toContain(theme.title.replace(/\s+/g, " "));
    expect(input.result.aandachtspunten.length).toBeGreaterThanOrEqual(2);
    for (const a of input.result.aandachtspunten) {
      const solution = input.solutions.find((s) => s.key === a.solutions[0]);
      expect(text).toContain(solution!.title);
    }
    expect(text).toContain("GEDEELDE reflectie");
    expect(text).toContain("Opmerking één punt hoger");
    expect(text).toContain("Rolzuiverheid");
    expect(text).toMatch(/concept/i);
    for (const secret of ["TANDEMNOTITIE", "PRIVENOTITIE", "Geheime Naam", "geheim0@voorbeeld.nl", "geheim1@voorbeeld.nl"])
      expect(text).not.toContain(secret);
  });

  it("with an adopted code (outcome formele code) ends the code with the signature page", async () => {
    const f = await trajectWithScan({ withCode: true });
    const code = await t.prisma.gedragscode.findUniqueOrThrow({ where: { trajectId: f.traject.id } });
    const keyPerson = await t.prisma.keyPerson.findFirstOrThrow({ where: { userId: f.employerUser.id } });
    const signer = await t.prisma.codeSigner.create({ data: { gedragscodeId: code.id, keyPersonId: keyPerson.id, signsAs: "HR" } });
    const { hash } = await currentContent(t.prisma, code.id);
    await t.prisma.codeSignature.create({
      data: {
        gedragscodeId: code.id,
        signerId: signer.id,
        name: "Ria Tekenaar",
        function: "HR",
        contentHash: hash,
        codeVersion: code.version,
      },
    });
    await t.prisma.gedragscode.update({
      where: { id: code.id },
      data: { status: "VASTGESTELD", adoptedAt: new Date(), adoptedByName: "Ria Tekenaar (HR)" },
    });
    const { text, input } = await pdfText(f);
    expect(input.outcome).toBe("FORMELE_CODE");
    expect(input.gedragscode?.contentHash).toBe(hash);
    expect(text).toContain("Ondertekening");
    expect(text).toContain("Ria Tekenaar");
    expect(text).toContain(hash.slice(0, 16));
  });

  it("works with one respondent and without a gedragscode (shows the next steps)", async () => {
    const f = await trajectWithScan({ respondents: 1 });
    const { text } = await pdfText(f, f.trainer, "tandem");
    expect(text).toContain("Gesprekskaart invoeren bij teamoverleg");
    expect(text).toContain(f.employer.name);
  });

  it("with fewer than 3 respondents the employer's, admin's and tandem's default PDF hold no figure at all, nor comments", async () => {
    const f = await trajectWithScan({ respondents: 2 });
    const { admin } = await makeOutsiders(t.prisma);
    const statement = questionnaireJson.themes[0]!.items[0]!.text.replace(/\s+/g, " ");
    const tandem = await pdfText(f, f.trainer, "tandem");
    expect(tandem.text).toContain("Eigen rapportcijfer");
    expect(tandem.text).toContain(statement);
    expect(tandem.text).toContain("Opmerking één punt hoger 0");
    for (const actor of [f.employerUser, admin, f.trainer]) {
      const { text, input } = await pdfText(f, actor);
      expect(input.result.items).toEqual([]);
      expect(input.result.selfGrade).toBeNull();
      expect(input.result.themes).toEqual([]);
      expect(input.result.overallGrade).toBeNull();
      expect(text).toContain("Te weinig mensen vulden de scan in om cijfers te tonen zonder dat iemand herkenbaar wordt");
      expect(text).toContain("bespreken de uitkomsten met u in de bijeenkomst");
      expect(text).not.toContain("Totaalcijfer");
      expect(text).not.toMatch(/\b\d,\d\b/); // no grade, mean or share anywhere
      expect(text).not.toContain("Oplossingsrichtingen");
      expect(text).not.toContain("Eigen rapportcijfer");
      expect(text).not.toContain("Zelfbeeld");
      expect(text).not.toContain(statement);
      expect(text).not.toContain("Opmerking één punt hoger");
      // the aandachtspunten stay, by name and in alphabetical order
      expect(text).toContain(questionnaireJson.themes[0]!.title.replace(/\s+/g, " "));
      expect(input.result.aandachtspunten.length).toBeGreaterThan(0);
    }
  });

  it("before the scan closes the employer's PDF has no figures; later submissions stay out until a new snapshot", async () => {
    const f = await makeTraject(t.prisma);
    const r = golden.responses[0]!;
    await makeSubmittedResponse(t.prisma, f, { answers: r.answers, selfGrade: r.selfGrade });
    const { text, input } = await pdfText(f);
    expect(input.result.respondents).toBe(0);
    expect(text).toContain("De uitkomsten komen zodra de scan gesloten is");
    const closed = await trajectWithScan({ respondents: 3 });
    await makeSubmittedResponse(t.prisma, closed, { answers: r.answers, selfGrade: r.selfGrade });
    expect((await pdfText(closed)).input.result.respondents).toBe(3);
    expect((await pdfText(closed, closed.trainer)).input.result.respondents).toBe(3);
    expect((await pdfText(closed, closed.trainer, "tandem")).input.result.respondents).toBe(4);
  });

  it("is only for the employer's users, the traject's tandem and admins", async () => {
    const f = await trajectWithScan();
    const { other, admin } = await makeOutsiders(t.prisma);
    for (const actor of [f.employerUser, f.trainer, f.expert, admin]) {
      await expect(buildReportInputForActor({ actor, trajectId: f.traject.id })).resolves.toMatchObject({
        traject: { employerName: f.employer.name },
      });
    }
    for (const actor of [other.employerUser, other.trainer, other.expert]) {
      await expect(buildReportInputForActor({ actor, trajectId: f.traject.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("names the file after the traject (employer and werkvloer, or the start) and the date, ASCII-safe", () => {
    const startedAt = new Date("2026-03-10T10:00:00Z");
    expect(
      reportFileName({ employerName: "Van Dijk Bouw & Techniek", werkvloerName: "Werf", startedAt }, new Date("2026-11-22T10:00:00Z")),
    ).toBe("Rapport-MHB-Van-Dijk-Bouw-en-Techniek-Werf-2026-11-22.pdf");
    // issue 23, item 4: a second traject of the employer, made the same day, gets its own name
    expect(reportFileName({ employerName: "Zorggroep Déjà Vu", startedAt }, new Date("2026-01-02T00:00:00Z"))).toBe(
      "Rapport-MHB-Zorggroep-Deja-Vu-gestart-maart-2026-2026-01-02.pdf",
    );
  });
});
