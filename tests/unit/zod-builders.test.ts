import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_YEAR, MIN_YEAR, isoDateProblem, isoTimeProblem } from "@/lib/dates";
import {
  INVISIBLE_CHARACTERS_MESSAGE,
  SINGLE_LINE_MESSAGE,
  UNKNOWN_OPERATION_MESSAGE,
  hasInvisibleCharacters,
  isoDate,
  keyOf,
  line,
  optionalIsoTime,
  recordId,
  text,
  wholeNumber,
  z,
} from "@/lib/zod";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

// Every C0/C1 control character except tab, newline and carriage return, DEL, and both halves of a surrogate pair alone.
const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).filter((c) => !"\t\n\r".includes(c)),
  "\u007f",
  "\u0080",
  "\u009f",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
];

describe("text() and line()", () => {
  it("refuse NUL, other control characters and lone surrogates, with one Dutch message", () => {
    for (const c of FORBIDDEN) {
      for (const schema of [text(), line(), text().trim().min(2).max(10)]) {
        expect(messages(schema.safeParse(`ab${c}cd`))).toEqual([INVISIBLE_CHARACTERS_MESSAGE]);
      }
      expect(hasInvisibleCharacters(c)).toBe(true);
    }
  });

  it("accept ordinary Dutch text, emoji (surrogate pairs), accents and non-Latin scripts", () => {
    for (const ok of ["Café ‘De Linde’ – € 12,50", "👩🏽‍⚕️ zorg", "Ærø", "日本語", "ﬁ", "\u00a0niet-brekende spatie"]) {
      expect(text().safeParse(ok).success).toBe(true);
      expect(line().safeParse(ok).success).toBe(true);
    }
  });

  it("keep newlines and tabs in multi-line text, refuse them on one line", () => {
    expect(text().safeParse("Regel 1\r\nRegel 2\n\tingesprongen").success).toBe(true);
    for (const c of ["\n", "\r", "\t"]) expect(messages(line().safeParse(`a${c}b`))).toEqual([SINGLE_LINE_MESSAGE]);
  });

  it("normalise typed line breaks to \\n (browsers send CRLF), before the schema's own rules", () => {
    expect(text().parse("Regel 1\r\nRegel 2\rRegel 3")).toBe("Regel 1\nRegel 2\nRegel 3");
    expect(text().max(3).safeParse("a\r\nb").success).toBe(true);
    expect(text().trim().parse("\r\n tekst \r\n")).toBe("tekst");
  });

  it("check the raw value before trim() and keep the schema's own rules", () => {
    expect(line().trim().min(2, "te kort").parse("  Jan  ")).toBe("Jan");
    expect(messages(line().trim().min(2, "te kort").safeParse(" a "))).toEqual(["te kort"]);
    expect(text().trim().parse("\n tekst \n")).toBe("tekst");
  });

  it("refuse non-strings (arrays, objects, numbers) as zod does", () => {
    for (const v of [["a"], { a: 1 }, 12, null]) expect(line().safeParse(v).success).toBe(false);
  });

  it("agree with a well-formedness check for any string (property)", () => {
    // Written independently of the regex in lib/zod.ts: walk the UTF-16 code units.
    const isAllowed = (s: string) => {
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) return false;
        const isHigh = c >= 0xd800 && c <= 0xdbff;
        const isLow = c >= 0xdc00 && c <= 0xdfff;
        const next = s.charCodeAt(i + 1);
        if (isHigh && next >= 0xdc00 && next <= 0xdfff) i++;
        else if (isHigh || isLow) return false;
      }
      return true;
    };
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        expect(text().safeParse(s).success).toBe(isAllowed(s));
      }),
      { numRuns: 500 },
    );
  });

  it("recordId() takes ids of 1 to 40 characters on one line", () => {
    expect(recordId().safeParse("cmabc123def456ghi789jkl0").success).toBe(true);
    expect(recordId().safeParse("demo-employer-linde").success).toBe(true);
    for (const bad of ["", "x".repeat(41), "a\u0000b", "a\nb", "\ud800"]) expect(recordId().safeParse(bad).success).toBe(false);
  });
});

describe("the date rule (lib/dates.ts) and isoDate()", () => {
  it("refuses days that do not exist instead of rolling them over", () => {
    for (const d of ["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00", "2026-01-32"]) {
      expect(isoDateProblem(d)).toBe("impossible");
      expect(messages(isoDate().safeParse(d))).toEqual(["Kies een bestaande datum."]);
    }
    expect(isoDateProblem("2028-02-29")).toBeNull(); // leap year
    expect(isoDateProblem("2100-02-29")).toBe("impossible"); // 2100 is not a leap year
    expect(isoDateProblem("2000-02-29")).toBeNull(); // 2000 is
  });

  it(`takes years ${MIN_YEAR} to ${MAX_YEAR} only`, () => {
    expect(isoDateProblem(`${MIN_YEAR}-01-01`)).toBeNull();
    expect(isoDateProblem(`${MAX_YEAR}-12-31`)).toBeNull();
    for (const d of ["1999-12-31", "2101-01-01", "0000-01-01", "9999-12-31"]) {
      expect(isoDateProblem(d)).toBe("range");
      expect(messages(isoDate().safeParse(d))).toEqual([`Kies een datum tussen ${MIN_YEAR} en ${MAX_YEAR}.`]);
    }
  });

  it("takes only YYYY-MM-DD", () => {
    for (const d of [
      "",
      "2026-1-01",
      "01-02-2026",
      "2026-01-01T00:00",
      " 2026-01-01",
      "2026-01-01\u0000",
      "２０２６-01-01",
      "+02026-01-01",
    ]) {
      expect(isoDateProblem(d)).toBe("format");
      expect(messages(isoDate().safeParse(d))).toEqual(["Kies een datum."]);
    }
  });

  it("optional: '' and a missing field mean no date; anything else follows the rule", () => {
    const schema = isoDate({ optional: true });
    expect(schema.safeParse("").success).toBe(true);
    expect(schema.safeParse(undefined).success).toBe(true);
    expect(schema.safeParse("2026-02-30").success).toBe(false);
    expect(schema.safeParse(["2026-01-01"]).success).toBe(false);
  });

  it("every real day in range is accepted and reads back as the same day (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(MIN_YEAR, 0, 1)), max: new Date(Date.UTC(MAX_YEAR, 11, 31)), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(isoDateProblem(iso)).toBeNull();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("times: 00:00 to 23:59", () => {
    expect(isoTimeProblem("00:00")).toBeNull();
    expect(isoTimeProblem("23:59")).toBeNull();
    for (const t of ["24:00", "12:60", "99:99"]) expect(isoTimeProblem(t)).toBe("impossible");
    for (const t of ["9:00", "0900", "12:00:00", ""]) expect(isoTimeProblem(t)).toBe("format");
    expect(optionalIsoTime().safeParse("").success).toBe(true);
    expect(messages(optionalIsoTime().safeParse("25:00"))).toEqual(["Kies een bestaande tijd (00:00 tot en met 23:59)."]);
  });
});

describe("keyOf()", () => {
  const table = { addClause: 1, removeClause: 2 };
  it("takes the table's own keys only, never inherited names", () => {
    expect(keyOf(table).parse("addClause")).toBe("addClause");
    for (const bad of [
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      "__defineGetter__",
      "valueOf",
      "",
      1,
      null,
      ["addClause"],
    ]) {
      expect(messages(keyOf(table).safeParse(bad))).toEqual([UNKNOWN_OPERATION_MESSAGE]);
    }
  });
});

describe("wholeNumber()", () => {
  const version = wholeNumber(z.number().min(0, "te klein"));
  it("reads digits from a form field and numbers from JSON", () => {
    expect(version.parse("3")).toBe(3);
    expect(version.parse(3)).toBe(3);
    expect(version.parse("0")).toBe(0);
  });
  it("refuses what Number() would quietly accept, and integers PostgreSQL cannot hold", () => {
    for (const bad of ["", " ", "0x10", "1e3", "1.5", "\u000b3", "3\u0000", "Infinity", "2147483648", [3], null, 1.5]) {
      expect(version.safeParse(bad).success).toBe(false);
    }
    expect(messages(version.safeParse("-1"))).toEqual(["te klein"]);
  });
});
