// Decimal rounding as prescribed by docs/scoring.md#rounding: half away from zero, applied to the shortest decimal
// representation of the number (String(x)). Rounding x * 10^d in binary would turn 2.675 into 2.67,
// because the double closest to 2.675 is slightly below it; working on the digits avoids that.

/** Round `x` to `decimals` (a non-negative integer) decimals, half away from zero. */
export function round(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0; // also turns -0 into 0
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`round: decimals must be a non-negative integer, got ${decimals}`);
  }
  const negative = x < 0;
  // String() gives e.g. "2.675", "1e-7", "1.5e+21": split mantissa and exponent.
  const [mantissa = "0", exponentPart] = String(Math.abs(x)).split("e");
  const exponent = exponentPart === undefined ? 0 : Number(exponentPart);
  const [intPart = "0", fracPart = ""] = mantissa.split(".");

  // All significant digits plus the position of the decimal point within them.
  let digits = intPart + fracPart;
  let point = intPart.length + exponent;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);

  const keep = point + decimals;
  if (digits.length <= keep) return x; // already has at most `decimals` decimals

  const roundUp = (digits[keep] ?? "0") >= "5";
  const kept = BigInt(digits.slice(0, keep) || "0") + (roundUp ? 1n : 0n);
  // Parsing "268e-2" yields the double nearest to 2.68, i.e. exactly what a literal 2.68 gives.
  const magnitude = Number(`${kept}e-${decimals}`);
  if (magnitude === 0) return 0; // never return -0
  return negative ? -magnitude : magnitude;
}

export const round1 = (x: number): number => round(x, 1);
export const round2 = (x: number): number => round(x, 2);

/** Rounds when defined; keeps null for undefined values (docs/scoring.md#output-shape: undefined is `null`). */
export function roundOrNull(x: number | null | undefined, decimals: number): number | null {
  return x === null || x === undefined ? null : round(x, decimals);
}

// Exact rational arithmetic. Means of integer answers are fractions; computing them exactly and
// converting to a double only once means (a) the result is the double nearest the true mean, so a
// mean of exactly 2.675 prints as "2.675" and rounds to 2.68, and (b) the order of respondents can
// never change a result through floating-point summation order.

/** A fraction n/d with d > 0. */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};

export function fraction(n: number | bigint, d: number | bigint = 1): Fraction {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new RangeError("fraction: zero denominator");
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return { n: num / g, d: den / g };
}

export const addF = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const subF = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
export const mulF = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);
export const cmpF = (a: Fraction, b: Fraction): number => {
  const diff = a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
};

/** Exact arithmetic mean; null without inputs. */
export function meanF(values: readonly Fraction[]): Fraction | null {
  if (values.length === 0) return null;
  return mulF(values.reduce(addF, fraction(0)), fraction(1, values.length));
}

const bitLength = (x: bigint): number => x.toString(2).length;

/** The double nearest to n/d (ties to even), whatever the size of n and d. */
export function toNumber(f: Fraction): number {
  if (f.n === 0n) return 0;
  const magnitude = f.n < 0n ? -f.n : f.n;
  // Scale so the integer quotient has at least 65 significant bits; a sticky bit for a non-zero
  // remainder then makes Number()'s single round-to-nearest exact.
  const shift = Math.max(0, 65 - (bitLength(magnitude) - bitLength(f.d)));
  const scaled = magnitude << BigInt(shift);
  let quotient = scaled / f.d;
  if (scaled % f.d !== 0n) quotient |= 1n;
  const value = Number(quotient) / 2 ** shift;
  return f.n < 0n ? -value : value;
}
