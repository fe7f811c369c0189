import { describe, expect, it } from "vitest";
import questionnaireJson from "@/prisma/data/mhb-2025.json";
import libraryJson from "@/prisma/data/oplossingsrichtingen.json";
import { parseQuestionnaire, parseSolutionLibrary, questionnaireSchema, solutionLibrarySchema } from "@/lib/scan";

/** A deep copy of the real questionnaire, changed by `edit`. */
function broken(edit: (q: typeof questionnaireJson & Record<string, unknown>) => void): unknown {
  const copy = structuredClone(questionnaireJson) as typeof questionnaireJson & Record<string, unknown>;
  edit(copy);
  return copy;
}

const errorsOf = (json: unknown): string[] => {
  const result = parseQuestionnaire(json);
  return result.ok ? [] : result.errors;
};

describe("questionnaireSchema", () => {
  it("accepts the real mhb-2025.json, also checked against the solution library", () => {
    expect(questionnaireSchema.safeParse(questionnaireJson).success).toBe(true);
    const known = libraryJson.entries.map((e) => e.key);
    const result = parseQuestionnaire(questionnaireJson, { knownSolutionKeys: known });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.questionnaire.themes).toHaveLength(questionnaireJson.themes.length);
  });

  it("names the place and asks for intentie or praktijk", () => {
    expect(
      errorsOf(
        broken((q) => {
          (q.themes[2]!.items[0] as { kind: string }).kind = "houding";
        }),
      ),
    ).toEqual(["themes.2.items.0.kind: kies 'intentie' of 'praktijk'"]);
  });

  it("reports duplicate theme and statement keys", () => {
    const errors = errorsOf(
      broken((q) => {
        q.themes[1]!.key = q.themes[0]!.key;
        q.themes[3]!.items[1]!.key = q.themes[0]!.items[0]!.key;
      }),
    );
    expect(errors).toEqual([
      `themes.1.key: themasleutel '${questionnaireJson.themes[0]!.key}' komt vaker voor`,
      `themes.3.items.1.key: stellingsleutel '${questionnaireJson.themes[0]!.items[0]!.key}' komt vaker voor`,
    ]);
  });

  it("requires texts, themes and statements", () => {
    expect(
      errorsOf(
        broken((q) => {
          q.themes[0]!.items[1]!.text = "  ";
        }),
      ),
    ).toEqual(["themes.0.items.1.text: de stelling mag niet leeg zijn"]);
    expect(
      errorsOf(
        broken((q) => {
          q.themes = [];
        }),
      ),
    ).toEqual(["themes: de vragenlijst heeft minstens één thema"]);
    expect(
      errorsOf(
        broken((q) => {
          q.themes[4]!.items = [];
        }),
      ),
    ).toEqual(["themes.4.items: een thema heeft minstens één stelling"]);
    expect(
      errorsOf(
        broken((q) => {
          delete (q as Record<string, unknown>).title;
        }),
      ),
    ).toEqual(["title: de titel moet een tekst zijn"]);
  });

  it("requires integer, distinct scale values", () => {
    expect(
      errorsOf(
        broken((q) => {
          q.scale.options[1]!.value = 2.5;
        }),
      ),
    ).toEqual(["scale.options.1.value: de waarde moet een geheel getal zijn"]);
    expect(
      errorsOf(
        broken((q) => {
          q.scale.options[4]!.value = 1;
        }),
      ),
    ).toEqual(["scale.options.4.value: schaalwaarde '1' komt vaker voor"]);
  });

  it("requires solution keys to be strings and reports unknown keys in Dutch", () => {
    expect(
      errorsOf(
        broken((q) => {
          (q.themes[0]!.items[0]!.solutions as unknown[])[1] = 13;
        }),
      ),
    ).toEqual(["themes.0.items.0.solutions.1: een oplossingsrichting is een sleutel als tekst, bijv. 'OR-13'"]);
    const result = parseQuestionnaire(
      broken((q) => {
        q.themes[0]!.items[0]!.solutions[0] = "OR-999";
      }),
      {
        knownSolutionKeys: new Set(libraryJson.entries.map((e) => e.key)),
      },
    );
    expect(result).toEqual({ ok: false, errors: ["themes.0.items.0.solutions.0: onbekende oplossingsrichting 'OR-999'"] });
  });

  it("gives plain Dutch for wrong types and non-objects", () => {
    expect(
      errorsOf(
        broken((q) => {
          (q.themes[0]!.items[0] as { core: unknown }).core = "ja";
        }),
      ),
    ).toEqual(["themes.0.items.0.core: kies true of false"]);
    expect(errorsOf(null)).toEqual(["vragenlijst: verwacht een object"]);
    expect(
      errorsOf(
        broken((q) => {
          (q as Record<string, unknown>).intro = undefined;
        }),
      ),
    ).toEqual(["intro: ontbreekt"]);
  });
});

describe("solutionLibrarySchema", () => {
  it("accepts the real oplossingsrichtingen.json", () => {
    expect(solutionLibrarySchema.safeParse(libraryJson).success).toBe(true);
    const result = parseSolutionLibrary(libraryJson);
    expect(result.ok && result.solutions.length).toBe(libraryJson.entries.length);
  });

  it("reports duplicate keys and missing fields in Dutch", () => {
    const copy = structuredClone(libraryJson);
    copy.entries[1]!.key = copy.entries[0]!.key;
    (copy.entries[2] as Record<string, unknown>).description = "";
    expect(parseSolutionLibrary(copy)).toEqual({
      ok: false,
      errors: [
        "entries.2.description: de beschrijving mag niet leeg zijn",
        `entries.1.key: sleutel '${libraryJson.entries[0]!.key}' komt vaker voor`,
      ],
    });
  });
});
