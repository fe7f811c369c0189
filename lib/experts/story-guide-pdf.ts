// The expert's guide as a tagged, printable A4 PDF (nl-NL): why it is not filled in here (in a panel,
// so a screen reader reads it too), how to use it, then each part's questions with lines to write on
// paper. Every page's footer says again that the app keeps no answers (ADR 037).
import { drawList, drawNotice } from "@/lib/pdf/blocks";
import { createTaggedDocument } from "@/lib/pdf/document";
import { drawWritingLines } from "@/lib/pdf/fill-in";
import { drawHeaderAndFooter } from "@/lib/pdf/furniture";
import type { StoryGuide } from "./story-guide-texts";

/** Lines to write on under each question: room for a few words, not a form to complete. */
const LINES_PER_QUESTION = 3;

export async function renderStoryGuidePdf(guide: StoryGuide): Promise<Buffer> {
  const { doc, w, done } = createTaggedDocument({
    title: guide.title,
    author: "Weerbare Werkgever",
    subject: "Vragen om uw eigen verhaal als ervaringsdeskundige voor te bereiden, op papier",
    keywords: "Weerbare Werkgever, ervaringsdeskundige, verhaal, voorbereiding",
    lang: "nl-NL",
  });
  const sect = w.section(w.root);
  w.heading(sect, 1, guide.title);
  w.paragraph(sect, guide.intro, { gapAfter: 8 });
  drawNotice(w, sect, guide.whyNotHere);

  const how = w.section(sect);
  w.heading(how, 2, guide.howToHeading, { keep: 60 });
  drawList(w, how, [...guide.howTo], { bullet: (i) => `${i + 1}.` });

  for (const part of guide.parts) {
    const s = w.section(sect);
    w.heading(s, 2, part.title, { keep: 110 });
    for (const question of part.questions) drawWritingLines(w, s, question, LINES_PER_QUESTION);
  }
  drawHeaderAndFooter(w, `Weerbare Werkgever · ${guide.title}`, guide.footer);
  doc.end();
  return done;
}
