import { describe, expect, it } from "vitest";
import { claimAmountCents, euroToCents, hoursToMinutes, kmToTenths } from "@/lib/compensation/amounts";
import { neutralise } from "@/lib/compensation/export";

// Hours and euros typed the Dutch way; amounts rounded to the cent once.

describe("compensation amounts", () => {
  it("reads hours, euros and kilometres with a decimal comma or point", () => {
    expect(hoursToMinutes("1,5")).toBe(90);
    expect(hoursToMinutes("0.25")).toBe(15);
    expect(hoursToMinutes("")).toBe(0);
    expect(hoursToMinutes("1:30")).toBeNull();
    expect(hoursToMinutes("1e1")).toBeNull();
    expect(euroToCents("12,5")).toBe(1250);
    expect(euroToCents("€ 7")).toBe(700);
    expect(euroToCents("0,05")).toBe(5);
    expect(euroToCents("1.000,00")).toBeNull(); // thousands separators are not accepted: ambiguous
    expect(euroToCents("-3")).toBeNull();
    expect(kmToTenths("42,5")).toBe(425);
    expect(kmToTenths("42,55")).toBeNull();
  });

  it("pays hours at the hourly rate, car kilometres at the kilometre rate, public transport at cost", () => {
    const q = { preparationMinutes: 90, sessionMinutes: 180, travelMinutes: 60, distanceTenthKm: 425, transitCents: 1240 };
    const rates = { hourlyCents: 1500, perKmCents: 23 };
    expect(claimAmountCents({ ...q, travelMode: "CAR" }, rates)).toBe(8250 + 978); // 9.775 → 9.78, rounded once
    expect(claimAmountCents({ ...q, travelMode: "PUBLIC_TRANSPORT" }, rates)).toBe(8250 + 1240);
    expect(claimAmountCents({ ...q, travelMode: "NONE" }, rates)).toBe(8250);
  });

  it("neutralises text cells Excel would run as a formula", () => {
    for (const cell of ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(neutralise(cell)).toBe(`'${cell}`);
    expect(neutralise("Sanne de Vries")).toBe("Sanne de Vries");
  });
});
