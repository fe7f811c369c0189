import { describe, expect, it } from "vitest";
import { autosaveSchema } from "@/lib/scan/respondent/answer-schema";
import {
  NOTE_KEY_PATTERN,
  SELF_GRADE_FIELD,
  answerField,
  noteField,
  openNoteKey,
  parseAnswerFieldName,
  parseNoteKey,
  revisionField,
  themeNoteKey,
} from "@/lib/scan/respondent/field-names";

describe("respondent form field names", () => {
  it("keeps the names the stored notes and posted forms already use", () => {
    expect(answerField("T1.1")).toBe("a:T1.1");
    expect(revisionField("T1.1")).toBe("rev:T1.1");
    expect(revisionField(SELF_GRADE_FIELD)).toBe("rev:selfGrade");
    expect(themeNoteKey("T1")).toBe("theme:T1");
    expect(openNoteKey("O1")).toBe("open:O1");
    expect(noteField(themeNoteKey("T1"))).toBe("note:theme:T1");
  });

  it("parses what it builds", () => {
    for (const key of ["T1.1", "x", "a:b"]) expect(parseAnswerFieldName(answerField(key))).toBe(key);
    expect(parseNoteKey(themeNoteKey("T3"))).toEqual({ kind: "theme", themeKey: "T3" });
    expect(parseNoteKey(openNoteKey("O2"))).toEqual({ kind: "open", questionKey: "O2" });
  });

  it("rejects names and keys of another kind", () => {
    expect(parseAnswerFieldName("rev:T1.1")).toBeNull();
    expect(parseAnswerFieldName("selfGrade")).toBeNull();
    expect(parseAnswerFieldName("a:")).toBeNull();
    expect(parseNoteKey("note:theme:T1")).toBeNull();
    expect(parseNoteKey("theme:")).toBeNull();
    expect(parseNoteKey("T1")).toBeNull();
  });

  it("accepts exactly the note keys the autosave schema accepts", () => {
    expect(NOTE_KEY_PATTERN.test(themeNoteKey("T1"))).toBe(true);
    expect(NOTE_KEY_PATTERN.test(openNoteKey("O_1.a-b"))).toBe(true);
    expect(NOTE_KEY_PATTERN.test("other:T1")).toBe(false);
    expect(NOTE_KEY_PATTERN.test(themeNoteKey("x".repeat(41)))).toBe(false);
    expect(autosaveSchema.safeParse({ type: "note", key: openNoteKey("O1"), text: "", revision: 0 }).success).toBe(true);
    expect(autosaveSchema.safeParse({ type: "note", key: "a:T1", text: "", revision: 0 }).success).toBe(false);
  });
});
