import fc from "fast-check";
import { expect } from "vitest";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { hasInvisibleCharacters } from "@/lib/zod";
import { snapshotAllTables } from "./authorization-world";
import type { TestDb } from "./test-db";

// Building blocks of tests/integration/fuzz.test.ts: hostile values, forms built from them, and one
// judge that decides what a call's outcome was and checks the invariants every input must keep.

/** Total generated inputs over the whole fuzz file: FUZZ_RUNS, or a default that keeps CI under a minute. */
export const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 400);
export const runsFor = (share: number) => Math.max(20, Math.round(TOTAL_RUNS * share));

export const INHERITED_NAMES = [
  "__proto__",
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
];
export const FORBIDDEN_CHARACTERS = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001b",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u009f",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
];
const NUMBERS_AS_STRINGS = [
  "0",
  "-1",
  "1e400",
  "1e3",
  "NaN",
  "Infinity",
  "-0",
  "0x10",
  "1.5",
  "2147483648",
  "99999999999999999999",
  " 1 ",
  "",
];
export const BAD_DATES = [
  "2026-02-30",
  "2026-02-29",
  "2026-13-01",
  "2026-00-10",
  "2026-04-31",
  "0000-01-01",
  "1999-12-31",
  "2101-01-01",
  "9999-12-31",
  "2026-2-3",
  "2026-01-01T00:00",
  "30-02-2026",
];
const BAD_TIMES = ["24:00", "12:60", "99:99", "1:00", "12:00:00"];
const HUGE = ["x".repeat(100_000), "é".repeat(20_000), "\u0000".repeat(5_000), "😀".repeat(10_000), "a\n".repeat(30_000)];

/** A string with one forbidden character somewhere in it. */
export const poisoned = fc
  .tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...FORBIDDEN_CHARACTERS), fc.string({ maxLength: 12 }))
  .map(([a, c, b]) => a + c + b);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: poisoned },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...INHERITED_NAMES, ...NUMBERS_AS_STRINGS, ...BAD_DATES, ...BAD_TIMES) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
);

export type FieldValue = string | string[] | undefined;

/** A form field: often valid, often hostile, sometimes repeated (an array where a string is expected), sometimes missing. */
export function fieldValue(valid: fc.Arbitrary<string>): fc.Arbitrary<FieldValue> {
  return fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 4, arbitrary: hostileString },
    { weight: 2, arbitrary: fc.tuple(valid, fc.constantFrom(...FORBIDDEN_CHARACTERS)).map(([v, c]) => v + c) },
    { weight: 1, arbitrary: fc.array(fc.oneof(valid, hostileString), { minLength: 2, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** JSON-ish values for actions that take an object: strings, but also numbers, null, arrays and objects. */
export function jsonValue(valid: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fieldValue(valid) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}')) },
  );
}

/** Fields the page never writes, with names that collide with Object.prototype or React's bookkeeping. */
export const extraFields = fc.dictionary(
  fc.oneof(fc.constantFrom(...INHERITED_NAMES, "$ACTION_REF_1", "$ACTION_KEY"), fc.string({ maxLength: 8 })),
  hostileString,
  {
    maxKeys: 3,
  },
);

export type Fields = Record<string, FieldValue>;

export function toFormData(fields: Fields, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(extra)) form.append(key, value);
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  return form;
}

/** Whether a value (or an element of it) carries a character every schema must refuse. */
export const isPoisoned = (value: unknown): boolean =>
  typeof value === "string" ? hasInvisibleCharacters(value) : Array.isArray(value) ? value.some(isPoisoned) : false;

/**
 * The same for a posted form, as the server receives it: FormData holds well-formed strings only (a
 * lone surrogate becomes U+FFFD on the way in, as in a real multipart body), so only what is left counts.
 */
export const hasPoisonedField = (form: FormData, names: string[]): boolean => names.some((name) => isPoisoned(form.getAll(name)));

export type Outcome = { accepted: boolean; code?: string; message?: string };

/**
 * What a call came to, the way Next would answer it: a result object, a redirect (success, or a
 * ?melding= refusal), or an AppError. Anything else thrown is a 500 and fails the test.
 */
export async function outcome(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call();
    if (result && typeof result === "object" && "ok" in result) {
      const r = result as { ok: boolean; code?: string; message?: string };
      return r.ok ? { accepted: true } : { accepted: false, code: r.code, message: r.message };
    }
    return { accepted: true };
  } catch (e) {
    const digest = e && typeof e === "object" && "digest" in e ? String(e.digest) : "";
    if (digest.startsWith("NEXT_REDIRECT")) {
      const melding = /[?&]melding=([a-z]+)/.exec(digest)?.[1];
      return melding ? { accepted: false, code: `melding=${melding}` } : { accepted: true };
    }
    if (isAppError(e)) return { accepted: false, code: e.code, message: e.message };
    throw e;
  }
}

/** The invariants of every run: never INTERNAL or the generic message, and a refused input changes no table. */
export class Judge {
  private baseline = "";
  /** How many inputs were taken: a fuzz run that only ever hits refusals would test little. */
  accepted = 0;
  constructor(private readonly t: TestDb) {}

  async start() {
    this.accepted = 0;
    this.baseline = await snapshotAllTables(this.t);
  }

  async check(result: Outcome, ignoreTables: string[] = []) {
    expect(result.code).not.toBe("INTERNAL");
    expect(result.code).not.toBe("melding=fout");
    expect(result.message).not.toBe(GENERIC_ERROR_MESSAGE);
    if (result.code) expect(result.message ?? result.code).toMatch(/\S/);
    const now = await snapshotAllTables(this.t);
    if (!result.accepted) expect(without(now, ignoreTables)).toBe(without(this.baseline, ignoreTables));
    else this.accepted++;
    this.baseline = now;
  }
}

function without(snapshot: string, tables: string[]): string {
  if (tables.length === 0) return snapshot;
  const row = JSON.parse(snapshot) as Record<string, string>;
  for (const table of tables) delete row[table];
  return JSON.stringify(row);
}
