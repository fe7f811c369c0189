// Validation of questionnaire content (format of prisma/data/mhb-2025.json) and of the library of
// oplossingsrichtingen. Content is edited by people, not programmers, so every error is plain Dutch
// and points at the exact place: "themes.2.items.0.kind: kies 'intentie' of 'praktijk'".
import { text, z } from "@/lib/zod";
import type { Questionnaire, Solution } from "./types";

const filled = (what: string) =>
  text({ error: `${what} moet een tekst zijn` }).refine((s) => s.trim() !== "", { error: `${what} mag niet leeg zijn` });
const integer = (what: string) => z.number({ error: `${what} moet een getal zijn` }).int({ error: `${what} moet een geheel getal zijn` });
const yesNo = z.boolean({ error: "kies true of false" });

const itemSchema = z.object({
  key: filled("de sleutel"),
  // a core statement is in the short version (lib/questionnaires/short.ts); without marks no short version
  core: yesNo.optional(),
  kind: z.enum(["intentie", "praktijk"], { error: "kies 'intentie' of 'praktijk'" }),
  text: filled("de stelling"),
  solutions: z.array(text({ error: "een oplossingsrichting is een sleutel als tekst, bijv. 'OR-13'" }), {
    error: "geef een lijst van oplossingsrichtingen (mag leeg zijn)",
  }),
});

const themeSchema = z.object({
  key: filled("de sleutel"),
  title: filled("de titel"),
  shortTitle: filled("de korte titel").optional(),
  items: z.array(itemSchema, { error: "geef een lijst van stellingen" }).min(1, {
    error: "een thema heeft minstens één stelling",
  }),
});

/** Reports a duplicate once per extra occurrence, at the place where it occurs. */
function reportDuplicates(ctx: z.RefinementCtx, entries: { key: string; path: (string | number)[] }[], what: string): void {
  const seen = new Set<string>();
  for (const { key, path } of entries) {
    if (seen.has(key)) ctx.addIssue({ code: "custom", path, message: `${what} '${key}' komt vaker voor` });
    seen.add(key);
  }
}

export const questionnaireSchema = z
  .object({
    id: filled("de id"),
    title: filled("de titel"),
    language: filled("de taal"),
    scale: z.object({
      options: z
        .array(z.object({ value: integer("de waarde"), label: filled("het label") }), {
          error: "geef een lijst van antwoordopties",
        })
        .min(2, { error: "een schaal heeft minstens twee antwoordopties" }),
      dontKnow: z.object({
        value: z.null({ error: "de waarde van 'weet ik niet' is null" }),
        label: filled("het label"),
      }),
    }),
    intro: z.object({
      title: filled("de titel"),
      body: z.array(filled("een alinea")),
      tips: z.array(filled("een tip")),
    }),
    selfGrade: z
      .object({ key: filled("de sleutel"), text: filled("de vraag"), min: integer("het minimum"), max: integer("het maximum") })
      .refine((g) => g.min < g.max, { error: "het minimum moet kleiner zijn dan het maximum", path: ["max"] }),
    themeQuestion: filled("de themavraag"),
    openQuestions: z.array(z.object({ key: filled("de sleutel"), text: filled("de vraag") })),
    respondentRoles: z.array(filled("een rol")),
    themes: z.array(themeSchema, { error: "geef een lijst van thema's" }).min(1, {
      error: "de vragenlijst heeft minstens één thema",
    }),
  })
  .superRefine((q, ctx) => {
    const options = q.scale.options.map((o, i) => ({ key: String(o.value), path: ["scale", "options", i, "value"] }));
    reportDuplicates(ctx, options, "schaalwaarde");
    reportDuplicates(
      ctx,
      q.themes.map((t, i) => ({ key: t.key, path: ["themes", i, "key"] })),
      "themasleutel",
    );
    const items = q.themes.flatMap((t, ti) => t.items.map((item, ii) => ({ key: item.key, path: ["themes", ti, "items", ii, "key"] })));
    reportDuplicates(ctx, items, "stellingsleutel");
  });

export const solutionSchema = z.object({
  key: filled("de sleutel"),
  title: filled("de titel"),
  description: filled("de beschrijving"),
  themes: z.array(text({ error: "een themasleutel is een tekst, bijv. 'T1'" })),
  forAllThemes: yesNo,
});

export const solutionLibrarySchema = z
  .object({
    id: filled("de id"),
    entries: z.array(solutionSchema, { error: "geef een lijst van oplossingsrichtingen" }),
  })
  .superRefine((lib, ctx) => {
    const keys = lib.entries.map((e, i) => ({ key: e.key, path: ["entries", i, "key"] }));
    reportDuplicates(ctx, keys, "sleutel");
  });

// Fallback texts for issues without a message of their own (e.g. a missing field or a wrong type).
const dutchFallback: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "ontbreekt";
    if (issue.expected === "object") return "verwacht een object";
    if (issue.expected === "array") return "verwacht een lijst";
    return `verwacht ${issue.expected === "string" ? "een tekst" : issue.expected === "number" ? "een getal" : issue.expected}`;
  }
  return "ongeldige waarde";
};

/** "themes.2.items.0.kind: kies ..."; issues on the document itself get `root` as their place. */
const formatIssues = (issues: readonly z.core.$ZodIssue[], root: string): string[] =>
  issues.map((issue) => `${issue.path.length ? issue.path.map(String).join(".") : root}: ${issue.message}`);

export type QuestionnaireParseResult = { ok: true; questionnaire: Questionnaire } | { ok: false; errors: string[] };

export interface ParseQuestionnaireOptions {
  /** When given, solution keys not in this set are reported as errors. */
  knownSolutionKeys?: Iterable<string>;
}

export function parseQuestionnaire(json: unknown, options: ParseQuestionnaireOptions = {}): QuestionnaireParseResult {
  const parsed = questionnaireSchema.safeParse(json, { error: dutchFallback });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues, "vragenlijst") };
  const questionnaire: Questionnaire = parsed.data;

  if (options.knownSolutionKeys) {
    const known = new Set(options.knownSolutionKeys);
    const errors = questionnaire.themes.flatMap((theme, ti) =>
      theme.items.flatMap((item, ii) =>
        item.solutions.flatMap((key, si) =>
          known.has(key) ? [] : [`themes.${ti}.items.${ii}.solutions.${si}: onbekende oplossingsrichting '${key}'`],
        ),
      ),
    );
    if (errors.length > 0) return { ok: false, errors };
  }
  return { ok: true, questionnaire };
}

export type SolutionLibraryParseResult = { ok: true; solutions: Solution[]; id: string } | { ok: false; errors: string[] };

export function parseSolutionLibrary(json: unknown): SolutionLibraryParseResult {
  const parsed = solutionLibrarySchema.safeParse(json, { error: dutchFallback });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues, "bibliotheek") };
  return { ok: true, id: parsed.data.id, solutions: parsed.data.entries };
}
