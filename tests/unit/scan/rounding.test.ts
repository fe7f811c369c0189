import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cmpF, fraction, meanF, round, roundOrNull, subF, toNumber } from "@/lib/scan";

describe("round: decimal, half away from zero, from String(x)", () => {
  it.each([
    [2.675, 2, 2.68],
    [5.45, 1, 5.5],
    [-2.675, 2, -2.68],
    [-5.45, 1, -5.5],
    [1.005, 2, 1.01],
    [0.125, 2, 0.13],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.23, 2, 1.23],
    [7, 1, 7],
    [9.95, 1, 10],
    [0.995, 2, 1],
    [1e-7, 2, 0],
    [5e-7, 6, 0.000001],
    [4.5e-7, 7, 0.0000005],
    [1.5e21, 1, 1.5e21],
    [123.456, 0, 123],
  ])("round(%s, %s) = %s", (x, decimals, expected) => {
    expect(round(x, decimals)).toBe(expected);
  });

  it("never returns -0", () => {
    expect(Object.is(round(-0.001, 2), 0)).toBe(true);
    expect(Object.is(round(-1e-9, 1), 0)).toBe(true);
    expect(Object.is(round(-0, 2), 0)).toBe(true);
  });

  it("keeps non-finite values and rejects bad decimals", () => {
    expect(round(Number.NaN, 2)).toBeNaN();
    expect(round(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(() => round(1, -1)).toThrow(RangeError);
    expect(() => round(1, 1.5)).toThrow(RangeError);
  });

  it("is idempotent and symmetric", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const r = round(x, d);
        expect(round(r, d)).toBe(r);
        expect(round(-x, d)).toBe(r === 0 ? 0 : -r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
      }),
    );
  });

  it("agrees with the decimal string of the input", () => {
    fc.assert(
      fc.property(fc.integer({ min: -99999, max: 99999 }), (n) => {
        // n/1000 has three decimals; with a final 5 the result must go away from zero.
        const x = n / 1000;
        const expected = (Math.sign(n) * Math.round(Math.abs(n) / 10)) / 100;
        expect(round(x, 2)).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });

  it("roundOrNull keeps null", () => {
    expect(roundOrNull(null, 2)).toBeNull();
    expect(roundOrNull(2.675, 2)).toBe(2.68);
  });
});

describe("exact fractions", () => {
  it("gives the double nearest to the exact mean", () => {
    expect(toNumber(fraction(107, 40))).toBe(2.675);
    expect(toNumber(fraction(1, 3))).toBe(1 / 3);
    expect(toNumber(fraction(-2, 3))).toBe(-2 / 3);
    expect(toNumber(meanF([fraction(1, 10), fraction(2, 10)])!)).toBe(0.15);
    expect(meanF([])).toBeNull();
  });

  it("matches IEEE division for small integers", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        expect(toNumber(fraction(n, d))).toBe(n / d);
      }),
    );
  });

  it("compares and subtracts exactly", () => {
    expect(cmpF(fraction(1, 3), fraction(2, 6))).toBe(0);
    expect(cmpF(fraction(1, 3), fraction(1, 2))).toBe(-1);
    expect(subF(fraction(1, 2), fraction(1, 3))).toEqual(fraction(1, 6));
  });
});
