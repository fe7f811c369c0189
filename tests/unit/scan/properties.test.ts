// Property-based tests: invariants that must hold for any questionnaire and any set of responses.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import questionnaireJson from "@/prisma/data/mhb-2025.json";
import { type Questionnaire, type ScanResponseInput, type ScanResult, gradeBand, scoreScan } from "@/lib/scan";

const mhb = questionnaireJson as Questionnaire;

/** Questionnaires of any size: 1–6 themes of 1–7 statements, scales of 2–7 points starting at 1. */
const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .record({
    points: fc.integer({ min: 2, max: 7 }),
    themes: fc.array(
      fc.array(
        fc.record({
          kind: fc.constantFrom("intentie" as const, "praktijk" as const),
          solutions: fc.array(fc.constantFrom("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"), { maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 7 },
      ),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ points, themes }) => ({
    ...mhb,
    scale: { ...mhb.scale, options: Array.from({ length: points }, (_, i) => ({ value: i + 1, label: `${i + 1}` })) },
    themes: themes.map((items, t) => ({
      key: `T${t + 1}`,
      title: `Thema ${t + 1}`,
      items: items.map((item, i) => ({ key: `${t + 1}.${i + 1}`, core: true, text: "Stelling", ...item })),
    })),
  }));

const valueArb = (q: Questionnaire): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...q.scale.options.map((o) => o.value)) },
    { weight: 2, arbitrary: fc.constant("dontKnow") },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, 0, 99, 2.5, "3", true, -1) },
  );

const responseArb = (q: Questionnaire, status: fc.Arbitrary<string>): fc.Arbitrary<ScanResponseInput> =>
  fc.record({
    respondentRole: fc.constantFrom(...q.respondentRoles),
    status,
    selfGrade: fc.oneof(fc.integer({ min: -1, max: 12 }), fc.constantFrom(null, 7.5, "8")),
    answers: fc.record(Object.fromEntries(q.themes.flatMap((t) => t.items.map((i) => [i.key, valueArb(q)] as const))), {
      requiredKeys: [],
    }),
  });

/** A questionnaire together with submitted responses and drafts for it. */
const scenarioArb = fc.oneof(questionnaireArb, fc.constant(mhb)).chain((q) =>
  fc.record({
    q: fc.constant(q),
    submitted: fc.array(responseArb(q, fc.constant("submitted")), { maxLength: 6 }),
    drafts: fc.array(responseArb(q, fc.constantFrom("draft", "", "Submitted")), { minLength: 1, maxLength: 3 }),
  }),
);

const scoredThemes = (r: ScanResult) => r.themes.filter((t) => t.score !== null);

describe("scoring properties", () => {
  it("drafts never change any result", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ q, submitted, drafts }, seed) => {
        const mixed = [...submitted];
        drafts.forEach((d, i) => mixed.splice((seed + i * 7) % (mixed.length + 1), 0, d));
        expect(scoreScan(q, mixed)).toStrictEqual(scoreScan(q, submitted));
      }),
    );
  });

  it("the order of respondents never changes any result", () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) =>
          fc.record({
            s: fc.constant(s),
            shuffled: fc.shuffledSubarray(s.submitted, { minLength: s.submitted.length, maxLength: s.submitted.length }),
          }),
        ),
        ({ s, shuffled }) => {
          expect(scoreScan(s.q, shuffled)).toStrictEqual(scoreScan(s.q, s.submitted));
        },
      ),
    );
  });

  it("keeps every grade within 1–10, with a consistent band", () => {
    fc.assert(
      fc.property(scenarioArb, ({ q, submitted }) => {
        const result = scoreScan(q, submitted);
        const grades = [result.overallGrade, result.selfGrade, ...result.themes.map((t) => t.grade)];
        for (const g of grades) if (g !== null) expect(g >= 1 && g <= 10).toBe(true);
        for (const t of result.themes) {
          expect(t.band).toBe(gradeBand(t.grade));
          expect(t.score === null).toBe(t.grade === null);
        }
      }),
    );
  });

  it("selects at most 5 aandachtspunten, and at least 2 whenever 2 themes have a score", () => {
    fc.assert(
      fc.property(scenarioArb, ({ q, submitted }) => {
        const result = scoreScan(q, submitted);
        const scored = scoredThemes(result).map((t) => t.key);
        const selected = result.aandachtspunten.map((a) => a.theme);
        expect(selected.length).toBeLessThanOrEqual(5);
        expect(selected.length).toBeGreaterThanOrEqual(Math.min(2, scored.length));
        expect(new Set(selected).size).toBe(selected.length);
        for (const key of selected) expect(scored).toContain(key);
        for (const a of result.aandachtspunten) {
          expect(a.reasons.length).toBeGreaterThan(0);
          expect(a.focusItems.length).toBeLessThanOrEqual(2);
          expect(a.solutions.length).toBeLessThanOrEqual(3);
        }
        // Kept solution keys are all new, or it is the single fallback key of an exhausted walk.
        const seen = new Set<string>();
        for (const a of result.aandachtspunten) {
          const fresh = a.solutions.filter((k) => !seen.has(k));
          if (fresh.length < a.solutions.length) expect([fresh.length, a.solutions.length]).toEqual([0, 1]);
          for (const k of a.solutions) seen.add(k);
        }
      }),
    );
  });

  it("works for questionnaires of any size and scale", () => {
    fc.assert(
      fc.property(
        questionnaireArb.chain((q) => fc.tuple(fc.constant(q), fc.array(responseArb(q, fc.constant("submitted")), { maxLength: 4 }))),
        ([q, responses]) => {
          const result = scoreScan(q, responses);
          const statements = q.themes.flatMap((t) => t.items.map((i) => i.key));
          expect(result.respondents).toBe(responses.length);
          expect(result.themes.map((t) => t.key)).toEqual(q.themes.map((t) => t.key));
          expect(result.items.map((i) => i.key)).toEqual(statements);
          expect(result.divergentItems).toEqual(statements.filter((k) => result.items.find((i) => i.key === k)?.divergent));
          for (const item of result.items) {
            expect(item.distribution).toHaveLength(q.scale.options.length);
            expect(item.distribution.reduce((a, b) => a + b, 0)).toBe(item.n);
          }
        },
      ),
    );
  });
});
