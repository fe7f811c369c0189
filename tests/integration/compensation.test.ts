import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import {
  approveClaim,
  claimsForAdmin,
  claimsForTraject,
  claimsOverviewForExpert,
  markClaimPaid,
  submitClaim,
} from "@/lib/compensation/claims";
import { compensationCsv } from "@/lib/compensation/export";
import { compensationXlsx } from "@/lib/compensation/export-xlsx";
import { claimSchema } from "@/lib/compensation/schema";
import { setCompensationCap, setCompensationRates } from "@/lib/compensation/settings";
import { planSession } from "@/lib/sessions/sessions";
import { stepBack } from "@/lib/tandem/requests";
import { ERASED_EMPLOYER_LABEL, eraseEmployer } from "@/lib/privacy/erasure";
import { applyRetention } from "@/lib/privacy/retention";
import { makeOutsiders, makeTraject } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// Time and travel compensation: submitted by the expert → approved by the trainer or admin → paid by
// the admin; rates, the yearly cap's warning, who may claim for what, and the CSV for finance.

const t = setupTestDb();

async function heldSessions() {
  const f = await makeTraject(t.prisma);
  const { admin, other } = await makeOutsiders(t.prisma);
  for (const number of [1, 2])
    await planSession({
      actor: f.trainer,
      input: { trajectId: f.traject.id, number, date: `2026-11-${10 + number}`, time: "10:00", status: "HELD" },
    });
  await setCompensationRates({ actor: admin, input: { version: 1, hourly: 1500, perKm: 23 } });
  return { ...f, admin, other };
}
const claim = (trajectId: string, extra: Record<string, string> = {}) =>
  claimSchema.parse({ trajectId, number: "1", preparationHours: "1,5", sessionHours: "3", travelHours: "1", ...extra });

describe(`compensation (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("submitted → approved (trainer) → paid (admin), with the amount fixed at approval", async () => {
    const f = await heldSessions();
    await submitClaim({ actor: f.expert, input: claim(f.traject.id, { travelMode: "CAR", kilometres: "42,5" }) });
    let [row] = (await claimsForTraject({ actor: f.trainer, trajectId: f.traject.id })).claims;
    // 5.5 h × € 15 + 42.5 km × € 0.23 = 82.50 + 9.775 → € 92.28 (rounded once)
    expect(row).toMatchObject({ status: "SUBMITTED", amount: 9228, distanceTenthKm: 425 });
    // the expert may still change it; a stale form is a conflict
    await submitClaim({
      actor: f.expert,
      input: claim(f.traject.id, { version: "1", travelMode: "PUBLIC_TRANSPORT", transitCosts: "12,40" }),
    });
    await expect(submitClaim({ actor: f.expert, input: claim(f.traject.id, { version: "1" }) })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    [row] = (await claimsForTraject({ actor: f.trainer, trajectId: f.traject.id })).claims;
    expect(row).toMatchObject({ amount: 8250 + 1240, distanceTenthKm: 0, transitCents: 1240, version: 2 });

    // paying before approval is refused; the trainer approves; the rates then no longer matter for it
    await expect(markClaimPaid({ actor: f.admin, input: { claimId: row!.id, version: 2 } })).rejects.toMatchObject({ code: "VALIDATION" });
    await approveClaim({ actor: f.trainer, input: { claimId: row!.id, version: 2 } });
    await setCompensationRates({ actor: f.admin, input: { version: 2, hourly: 2000, perKm: 30 } });
    const stored = await t.prisma.compensationClaim.findUniqueOrThrow({ where: { id: row!.id } });
    expect(stored).toMatchObject({ status: "APPROVED", amountCents: 9490, hourlyCents: 1500, approvedById: f.trainer.id });
    await expect(submitClaim({ actor: f.expert, input: claim(f.traject.id, { version: "3" }) })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(markClaimPaid({ actor: f.trainer, input: { claimId: row!.id, version: 3 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await markClaimPaid({ actor: f.admin, input: { claimId: row!.id, version: 3 } });
    expect((await claimsOverviewForExpert(f.expert)).sessions.find((s) => s.number === 1)!.claim).toMatchObject({
      status: "PAID",
      amount: 9490,
    });
  });

  it("only the expert who was in the tandem claims, only for held sessions; another trainer cannot approve", async () => {
    const f = await heldSessions();
    const other = await makeTraject(t.prisma);
    await expect(submitClaim({ actor: other.expert, input: claim(f.traject.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitClaim({ actor: f.trainer, input: claim(f.traject.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await submitClaim({ actor: f.expert, input: claim(f.traject.id) });
    const [row] = (await claimsForTraject({ actor: f.trainer, trajectId: f.traject.id })).claims;
    await expect(approveClaim({ actor: other.trainer, input: { claimId: row!.id, version: 1 } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(approveClaim({ actor: f.employerUser, input: { claimId: row!.id, version: 1 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await approveClaim({ actor: f.admin, input: { claimId: row!.id, version: 1 } });
  });

  it("an expert who stepped back still claims the sessions held before, not those after", async () => {
    const f = await makeTraject(t.prisma);
    await planSession({
      actor: f.trainer,
      input: { trajectId: f.traject.id, number: 1, date: "2026-11-11", time: "10:00", status: "HELD" },
    });
    await stepBack({ actor: f.expert, trajectId: f.traject.id, notes: "keep" });
    // they stepped back on 15 November; session 2 was held after that (held is only ever in the past)
    await t.prisma.expertAssignment.updateMany({
      where: { trajectId: f.traject.id, expertId: f.expert.id },
      data: { respondedAt: new Date("2026-11-15T12:00:00Z") },
    });
    await planSession({
      actor: f.trainer,
      input: { trajectId: f.traject.id, number: 2, date: "2026-11-20", time: "10:00", status: "HELD" },
    });
    const overview = await claimsOverviewForExpert(f.expert);
    expect(overview.sessions.map((s) => s.number)).toEqual([1]);
    await submitClaim({ actor: f.expert, input: claim(f.traject.id) });
    await expect(submitClaim({ actor: f.expert, input: claim(f.traject.id, { number: "2" }) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("bad input is refused in Dutch: negative hours, more than 24, a cost that is not an amount", () => {
    const bad = (extra: Record<string, string>) => claimSchema.safeParse({ trajectId: "t", number: "1", sessionHours: "2", ...extra });
    expect(bad({ sessionHours: "-1" }).error?.issues[0]?.message).toBe("Bijeenkomst: vul 0 of meer uren in.");
    expect(bad({ preparationHours: "25" }).error?.issues[0]?.message).toBe("Voorbereiding: vul hoogstens 24 uur in.");
    expect(bad({ travelMode: "PUBLIC_TRANSPORT", transitCosts: "twaalf" }).error?.issues[0]?.message).toMatch(/als bedrag/);
    expect(bad({ travelMode: "CAR" }).error?.issues[0]?.message).toBe("Vul het aantal kilometers in dat u reed.");
    expect(bad({ sessionHours: "" }).error?.issues[0]?.message).toBe("Vul ten minste één aantal uren in.");
    expect(bad({ travelMode: "FIETS" }).success).toBe(false);
    expect(bad({}).data).toMatchObject({ sessionHours: 120, preparationHours: 0, travelMode: "NONE" });
  });

  it("a claim past the expert's yearly cap gives a warning to the expert and the approver, not a refusal", async () => {
    const f = await heldSessions();
    await setCompensationCap({ actor: f.admin, input: { expertId: f.expert.id, yearly: 10000 } });
    expect((await submitClaim({ actor: f.expert, input: claim(f.traject.id) })).warning).toBeNull(); // € 82,50
    const second = await submitClaim({ actor: f.expert, input: claim(f.traject.id, { number: "2" }) }); // + € 82,50
    expect(second.warning).toMatch(/Hiermee komen uw vergoedingen in 2026 op €\s165,00, boven het jaarmaximum van €\s100,00\./);
    const { claims } = await claimsForTraject({ actor: f.trainer, trajectId: f.traject.id });
    expect(claims.every((c) => c.warning?.includes(`de vergoedingen van ${f.expert.name}`))).toBe(true);
    // the cap is the admin's: an expert account only, a trainer may not set it
    await expect(setCompensationCap({ actor: f.admin, input: { expertId: f.trainer.id, yearly: 100 } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setCompensationCap({ actor: f.trainer, input: { expertId: f.expert.id, yearly: 0 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await setCompensationCap({ actor: f.admin, input: { expertId: f.expert.id, yearly: 0 } });
    expect((await claimsOverviewForExpert(f.expert)).capCents).toBeNull();
  });

  it("stale rates are a conflict", async () => {
    const f = await heldSessions();
    await expect(setCompensationRates({ actor: f.admin, input: { version: 1, hourly: 1, perKm: 1 } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("the CSV opens in Dutch Excel as it is: BOM, semicolons, decimal commas, dd-mm-jjjj, formulas neutralised", async () => {
    const f = await heldSessions();
    await t.prisma.user.update({ where: { id: f.expert.id }, data: { name: '=HYPERLINK("x")' } });
    await submitClaim({
      actor: f.expert,
      input: claim(f.traject.id, { travelMode: "CAR", kilometres: "12", note: "+31 6 reis; via Utrecht" }),
    });
    await submitClaim({ actor: f.expert, input: claim(f.traject.id, { number: "2" }) });
    const { claims } = await claimsForAdmin({ actor: f.admin, period: { from: "2026-11-01", to: "2026-11-30" } });
    await approveClaim({ actor: f.admin, input: { claimId: claims[0]!.id, version: 1 } });
    const { csv, count } = await compensationCsv({ actor: f.admin, period: { from: "2026-11-11", to: "2026-11-11" } });
    expect(count).toBe(1); // the second is not approved, and outside the period
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    const rows = parse(csv, { delimiter: ";", bom: true }) as string[][];
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(record).toMatchObject({
      Ervaringsdeskundige: '\'=HYPERLINK("x")',
      "Datum bijeenkomst": "11-11-2026",
      "Uren totaal": "5,5",
      "Uurtarief (EUR)": "15,00",
      Kilometers: "12",
      "Totaal (EUR)": "85,26",
      Status: "goedgekeurd",
      Toelichting: "'+31 6 reis; via Utrecht",
    });
    await expect(compensationCsv({ actor: f.trainer, period: { from: "2026-01-01", to: "2026-12-31" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  // Issue 23, items 3 and 4: the CSV splits at every decimal comma under English list settings, and two
  // trajects of one employer gave the same rows
  it("the spreadsheet: typed numbers and days, euro format, a frozen bold header, neutralised text; each traject named", async () => {
    const f = await heldSessions();
    await t.prisma.user.update({ where: { id: f.expert.id }, data: { name: "=1+1" } });
    const second = await t.prisma.traject.create({
      data: {
        employerId: f.employer.id,
        trainerId: f.trainer.id,
        questionnaireId: f.questionnaire.id,
        createdAt: new Date("2026-09-15T10:00:00Z"),
        sessions: { create: [{ number: 1 }] },
        assignments: { create: { expertId: f.expert.id } },
      },
    });
    await planSession({ actor: f.trainer, input: { trajectId: second.id, number: 1, date: "2026-11-11", time: "14:00", status: "HELD" } });
    await submitClaim({ actor: f.expert, input: claim(f.traject.id, { travelMode: "CAR", kilometres: "12", note: "@SUM(A1)" }) });
    await submitClaim({ actor: f.expert, input: claim(second.id) });
    for (const c of (await claimsForAdmin({ actor: f.admin, period: { from: "2026-11-01", to: "2026-11-30" } })).claims)
      await approveClaim({ actor: f.admin, input: { claimId: c.id, version: 1 } });
    const period = { from: "2026-11-11", to: "2026-11-11" };

    const { body, fileName, count } = await compensationXlsx({ actor: f.admin, period });
    expect([fileName, count]).toEqual(["vergoedingen-2026-11-11-tot-en-met-2026-11-11.xlsx", 2]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(body) as unknown as ArrayBuffer);
    expect(workbook.title).toBe("Vergoedingen 11-11-2026 tot en met 11-11-2026");
    const sheet = workbook.getWorksheet("Vergoedingen")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const cell = (row: number, header: string) => sheet.getRow(row).getCell(headers.indexOf(header) + 1);
    const first = 2; // sorted by approval: the first traject's claim was approved first
    expect(cell(first, "Totaal (EUR)")).toMatchObject({ type: ExcelJS.ValueType.Number, value: 85.26, numFmt: '"€" #,##0.00' });
    expect(cell(first, "Uren totaal")).toMatchObject({ type: ExcelJS.ValueType.Number, value: 5.5 });
    expect(cell(first, "Kilometers")).toMatchObject({ type: ExcelJS.ValueType.Number, value: 12 });
    expect(cell(first, "Datum bijeenkomst")).toMatchObject({
      type: ExcelJS.ValueType.Date,
      value: new Date("2026-11-11T00:00:00Z"),
      numFmt: "dd-mm-yyyy",
    });
    // text is a text cell, never a formula, and neutralised as in the CSV
    expect(cell(first, "Ervaringsdeskundige")).toMatchObject({ type: ExcelJS.ValueType.String, value: "'=1+1" });
    expect(cell(first, "Toelichting")).toMatchObject({ type: ExcelJS.ValueType.String, value: "'@SUM(A1)" });
    expect([cell(2, "Traject (werkvloer of start)").value, cell(3, "Traject (werkvloer of start)").value]).toEqual([
      "Hoofdlocatie",
      "gestart september 2026",
    ]);

    // the CSV names them the same way
    const rows = parse((await compensationCsv({ actor: f.admin, period })).csv, { delimiter: ";", bom: true }) as string[][];
    const column = rows[0]!.indexOf("Traject (werkvloer of start)");
    expect(rows.slice(1).map((r) => r[column])).toEqual(["Hoofdlocatie", "gestart september 2026"]);
  });

  it("erasing the employer keeps the claim (fiscal records) without its name or note; retention removes it after seven years", async () => {
    const f = await heldSessions();
    await submitClaim({ actor: f.expert, input: claim(f.traject.id, { note: "Via de ingang aan de Kade" }) });
    await eraseEmployer({ actor: f.admin, input: { employerId: f.employer.id, confirmName: f.employer.name } });
    const kept = await t.prisma.compensationClaim.findFirstOrThrow({ where: { expertId: f.expert.id } });
    expect(kept).toMatchObject({ sessionId: null, employerName: ERASED_EMPLOYER_LABEL, note: "" });
    // the expert still sees it; only the admin can approve it now
    expect((await claimsOverviewForExpert(f.expert)).detached).toHaveLength(1);
    await expect(approveClaim({ actor: f.trainer, input: { claimId: kept.id, version: 1 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approveClaim({ actor: f.admin, input: { claimId: kept.id, version: 1 } });
    expect((await applyRetention({ actor: f.admin, now: new Date("2033-12-31T12:00:00Z") })).claims).toBe(0);
    expect((await applyRetention({ actor: f.admin, now: new Date("2034-01-01T12:00:00Z") })).claims).toBe(1);
  });
});
