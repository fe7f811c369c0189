// The expert's guide for preparing their story (issue 27 item 6, ADR 037): a tagged nl-NL PDF whose
// structure reads as the page does (title, why it is not filled in here, the steps, every question),
// and a page without a single input: the answers are about the person's own condition and stay theirs.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderStoryGuidePdf } from "@/lib/experts/story-guide-pdf";
import { STORY_GUIDE } from "@/lib/experts/story-guide-texts";
import { type StructNode, pdfStructure, structElements, structText } from "../support/pdf-structure";

const texts = (tree: StructNode[], type: string) => structElements(tree, type).map(structText);

describe("the guide for preparing one's story", () => {
  let pdf: Buffer;
  let tree: StructNode[];
  beforeAll(async () => {
    pdf = await renderStoryGuidePdf(STORY_GUIDE);
    tree = pdfStructure(pdf);
  });

  it("is a tagged nl-NL PDF that declares PDF/UA-1 and shows its title", () => {
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/Lang \(nl-NL\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(raw).toContain(`<rdf:li xml:lang="x-default">${STORY_GUIDE.title}</rdf:li>`);
  });

  it("reads in order: the title, the parts as headings, why it is not filled in here, the steps as a list, every question whole", () => {
    expect(texts(tree, "H1")).toEqual([STORY_GUIDE.title]);
    expect(texts(tree, "H2")).toEqual([STORY_GUIDE.howToHeading, ...STORY_GUIDE.parts.map((p) => p.title)]);
    const paragraphs = texts(tree, "P");
    expect(paragraphs).toContain(STORY_GUIDE.intro);
    expect(paragraphs).toContain(STORY_GUIDE.whyNotHere);
    for (const question of STORY_GUIDE.parts.flatMap((p) => p.questions)) expect(paragraphs).toContain(question);
    expect(texts(tree, "LBody")).toEqual([...STORY_GUIDE.howTo]);
  });

  it("the page has no form and no input of any kind: nothing can be filled in or sent", () => {
    const page = fs.readFileSync("app/(app)/expert/mijn-verhaal/page.tsx", "utf8");
    expect(page).not.toMatch(/<(form|input|textarea|select|button)\b|ActionForm|RowAction|contentEditable|"use client"/);
    expect(fs.existsSync("app/(app)/expert/mijn-verhaal/actions.ts")).toBe(false);
  });
});
