import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor, Role } from "@/lib/auth/roles";
import { followUpItems } from "@/lib/followup/steps";
import { worksheetFileForActor } from "@/lib/worksheets/files";
import { WORKSHEET_KEYS } from "@/lib/worksheets/schema";
import { WORKSHEET_FOOTER, WORKSHEETS } from "@/lib/worksheets/texts";
import { actorOf, makeTraject, makeUser } from "@/tests/factories";
import { pdfStructure, structElements, structText } from "@/tests/support/pdf-structure";
import { setupTestDb } from "@/tests/support/test-db";
import { unzipEntry } from "@/tests/support/unzip";
import { GET } from "@/app/api/werkbladen/[key]/route";

// Issue 25 item 3: the worksheets are downloaded by the tandem, the employer's people and the admin,
// and by nobody else; the files are a tagged PDF and a Word document that opens; the follow-up list
// says which worksheets support an afspraak or a step. (Whether the Word file opens in LibreOffice is
// checked by hand: `soffice --headless --convert-to pdf`, docs/method.md#werkbladen.)

const t = setupTestDb();
// getActor reads next-auth's cookie, which needs a request scope: here it answers who is signed in
const signedIn = vi.hoisted(() => ({ as: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: async () => signedIn.as,
}));
beforeEach(() => void (signedIn.as = null));

const get = (key: string, query = "?formaat=pdf") =>
  GET(new Request(`http://localhost:3000/api/werkbladen/${encodeURIComponent(key)}${query}`), { params: Promise.resolve({ key }) });

async function cast() {
  const f = await makeTraject(t.prisma);
  const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
  // an expert who was only asked (not yet in the tandem) holds the role's capability too: generic content (ADR 027)
  const invited = actorOf(await makeUser(t.prisma, "EXPERT"));
  return { trainer: f.trainer, expert: f.expert, employerUser: f.employerUser, admin, invited };
}
const one = async (role: Role) => actorOf(await makeUser(t.prisma, role));

describe("who downloads a worksheet", () => {
  it("the trainer, the expert, the employer's user and the admin get the file (here the last of them the Word file too)", async () => {
    const people = await cast();
    for (const [label, actor] of Object.entries(people)) {
      signedIn.as = actor;
      const pdf = await get("terugvalpreventieplan");
      expect(pdf.status, label).toBe(200);
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(pdf.headers.get("content-disposition")).toContain('filename="werkblad-Terugvalpreventieplan.pdf"');
    }
    const docx = await get("kleurcode", "?formaat=docx");
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-disposition")).toContain('filename="werkblad-Kleurcode-en-incheckmomenten.docx"');
  });

  it("anyone without a session, or without their second factor yet, gets the plain 404; so does a key that is no worksheet", async () => {
    const trainer = await one("TRAINER");
    expect((await get("balanskaart")).status).toBe(404);
    signedIn.as = { ...trainer, secondFactorMissing: true };
    expect((await get("balanskaart")).status).toBe(404);
    signedIn.as = trainer;
    for (const key of ["onbekend", "BALANSKAART", "../rapport", ""]) expect((await get(key)).status, key).toBe(404);
    // a format that is none: a plain Dutch 400
    const wrong = await get("balanskaart", "?formaat=exe");
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toBe("Kies pdf of docx als formaat.");
    // no format: the PDF
    expect((await get("balanskaart", "")).headers.get("content-type")).toBe("application/pdf");
  });

  it("a role outside the table is refused by the domain function (deny by default), and through the route with the plain 404", async () => {
    const trainer = await one("TRAINER");
    const stranger = { ...trainer, role: "RESPONDENT" as Role };
    await expect(worksheetFileForActor({ actor: stranger, key: "balanskaart", format: "pdf" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    signedIn.as = stranger;
    expect((await get("balanskaart")).status).toBe(404);
  });
});

describe("the files", () => {
  it("each PDF is tagged: the title as H1 and in the metadata, its steps as a list, tables with headed columns, the footer read once", async () => {
    const employerUser = await one("EMPLOYER");
    for (const sheet of WORKSHEETS) {
      const { body } = await worksheetFileForActor({ actor: employerUser, key: sheet.key, format: "pdf" });
      const raw = Buffer.from(body).toString("latin1");
      expect(raw).toMatch(/\/Lang \(nl-NL\)/);
      expect(raw).toMatch(/\/DisplayDocTitle true/);
      expect(/<dc:title>[^]*?<\/dc:title>/.exec(raw)?.[0]).toContain(`>Werkblad: ${sheet.title}<`);
      const tree = pdfStructure(body);
      expect(structElements(tree, "H1").map(structText)).toEqual([`Werkblad: ${sheet.title}`]);
      const h2 = structElements(tree, "H2").map(structText);
      expect(h2).toEqual(["Zo vult u het in", ...sheet.parts.map((p) => p.title)]);
      const paragraphs = structElements(tree, "P").map(structText);
      expect(paragraphs).toContain(sheet.purpose);
      // the footer is an artifact on every page; its sentence is in the text once, for a screen reader
      expect(paragraphs.filter((p) => p === WORKSHEET_FOOTER)).toHaveLength(1);
      expect(structElements(tree, "LBody").map(structText)).toEqual(expect.arrayContaining(sheet.steps));
      const headers = structElements(tree, "TH");
      expect(headers.length).toBeGreaterThan(0);
      for (const th of headers) expect(th.attributes).toContainEqual(expect.stringMatching(/^\/Scope \/(Row|Column)$/));
    }
  });

  it("the kleurcode's colours are rows with their words (the colour is never the only carrier)", async () => {
    const admin = await one("ADMIN");
    const tree = pdfStructure((await worksheetFileForActor({ actor: admin, key: "kleurcode", format: "pdf" })).body);
    const rows = structElements(tree, "TH")
      .filter((th) => th.attributes.includes("/Scope /Row"))
      .map(structText);
    expect(rows).toEqual(["Groen: het gaat goed", "Oranje: het vraagt aandacht", "Rood: nu is steun nodig"]);
  });

  it("each Word file is a zip whose document has the title as Heading 1, the parts as Heading 2, tables with a header row, in Dutch", async () => {
    const trainer = await one("TRAINER");
    for (const key of WORKSHEET_KEYS) {
      const sheet = WORKSHEETS.find((w) => w.key === key)!;
      const { body, contentType } = await worksheetFileForActor({ actor: trainer, key, format: "docx" });
      expect(contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      const zip = Buffer.from(body);
      expect(zip.subarray(0, 2).toString("latin1")).toBe("PK");
      const xml = unzipEntry(zip, "word/document.xml");
      expect(xml).toContain(`Werkblad: ${sheet.title}`);
      expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>)[^])*Werkblad: /);
      for (const part of sheet.parts) expect(xml).toContain(part.title);
      expect(xml).toContain("<w:tblHeader/>");
      expect(unzipEntry(zip, "word/styles.xml")).toMatch(/<w:lang w:val="nl-NL"/);
      expect(unzipEntry(zip, "docProps/core.xml")).toContain(`Werkblad: ${sheet.title}`);
      const footer = unzipEntry(zip, "word/footer1.xml");
      expect(footer).toContain("zet het niet in Weerbare Werkgever");
    }
  });
});

describe("the follow-up list names the worksheets", () => {
  it("an afspraak by its section or its words, a step by its words", async () => {
    const f = await makeTraject(t.prisma);
    await t.prisma.gedragscode.create({
      data: {
        trajectId: f.traject.id,
        clauses: {
          create: [
            { section: "SIGNALEREN_TERUGVAL", position: 0, title: "Op tijd aan de bel", body: "We letten op elkaar.", owner: "HR" },
            { section: "VOORZIENINGEN", position: 0, title: "Balanskaart", body: "Elk halfjaar samen bekijken.", owner: "Leidinggevende" },
            { section: "BORGING", position: 0, title: "Jaarlijks terugkijken", body: "In het MT.", owner: "Directie" },
          ],
        },
      },
    });
    await t.prisma.nextStep.createMany({
      data: [
        { trajectId: f.traject.id, text: "Terugvalpreventieplan bespreken in het teamoverleg", position: 0 },
        { trajectId: f.traject.id, text: "Nieuwsbrief sturen", position: 1 },
      ],
    });
    const items = await followUpItems({ actor: f.employerUser, trajectId: f.traject.id });
    const of = (text: string) => items.find((i) => i.text === text)?.worksheets;
    expect(of("Op tijd aan de bel")).toEqual(["terugvalpreventieplan", "kleurcode"]);
    expect(of("Balanskaart")).toEqual(["balanskaart"]);
    expect(of("Jaarlijks terugkijken")).toEqual([]);
    expect(of("Terugvalpreventieplan bespreken in het teamoverleg")).toEqual(["terugvalpreventieplan"]);
    expect(of("Nieuwsbrief sturen")).toEqual([]);
  });
});
