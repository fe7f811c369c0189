// renderPreparationPdf: PreparationCard -> a tagged, printable A4 PDF for the tandem, with the
// report's layout layer (lib/report/pdf): headings, lists and tables a screen reader reads in order.
import { drawList, drawTable } from "@/lib/pdf/blocks";
import { createTaggedDocument } from "@/lib/pdf/document";
import { COLOR, PAGE, SIZE } from "@/lib/pdf/style";
import { withInBrackets } from "@/lib/format/sentence";
import type { PreparationCard } from "./model";

export async function renderPreparationPdf(card: PreparationCard): Promise<Buffer> {
  const { doc, w, done } = createTaggedDocument({
    title: `${card.title} – ${card.employerName}`,
    author: "Weerbare Werkgever",
    subject: "Voorbereidingskaart voor de tandem",
    keywords: "Weerbare Werkgever, voorbereiding, bijeenkomst",
    lang: "nl-NL",
  });
  const sect = w.section(w.root);
  w.heading(sect, 1, `${card.title}: ${card.employerName}`);
  const t = card.text;
  w.paragraph(sect, t.forTandem, {
    color: COLOR.muted,
    size: SIZE.small,
    gapAfter: 10,
  });
  drawTable(w, sect, card.facts, { labelWidth: 110 });

  const part = (title: string, draw: (s: PDFKit.PDFStructureElement) => void) => {
    const s = w.section(sect);
    w.heading(s, 2, title, { keep: 40 });
    draw(s);
  };
  part(t.agenda, (s) => drawList(w, s, card.agenda, { bullet: (i) => `${i + 1}.` }));
  part(t.attendees, (s) =>
    card.attendees.length
      ? drawList(
          w,
          s,
          card.attendees.map((a) => `${withInBrackets(a.name, a.function)}${a.present === false ? t.absent : ""}`),
        )
      : w.paragraph(s, t.noAttendees),
  );
  part(t.motivation, (s) => w.paragraph(s, card.motivation ?? t.noMotivation));
  part(t.expertQuestions, (s) =>
    card.expertQuestions.length ? drawList(w, s, card.expertQuestions) : w.paragraph(s, t.noExpertQuestions),
  );
  part(t.scan, (s) => {
    const scan = card.scan;
    if (!scan) return w.paragraph(s, t.noScan);
    w.paragraph(
      s,
      `${scan.respondentsText}. Cijfer uit de scan ${scan.overallGrade}, eigen cijfer ${scan.selfGrade}${scan.selfSignal ? `: ${scan.selfSignal}` : ""}.`,
    );
    w.heading(s, 3, t.aandachtspunten, { keep: 30 });
    drawList(
      w,
      s,
      scan.aandachtspunten.map((a) => ({ lead: a.theme, text: a.reasons.join("; ") })),
    );
    if (scan.schijninclusie.length) {
      w.heading(s, 3, t.schijninclusie, { keep: 30 });
      drawList(w, s, scan.schijninclusie);
    }
    if (scan.divergent.length) {
      w.heading(s, 3, t.divergent, { keep: 30 });
      drawList(w, s, scan.divergent);
    }
  });
  part(t.annotations, (s) =>
    card.annotations.length
      ? drawList(
          w,
          s,
          card.annotations.map((a) => ({ lead: a.about, text: `${a.body} (${a.byline})` })),
        )
      : w.paragraph(s, t.noAnnotations),
  );
  part(t.do, (s) => drawList(w, s, card.guidelines.do));
  part(t.dont, (s) => drawList(w, s, card.guidelines.dont));

  const { count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(i);
    w.artifact(() => {
      w.write(`pagina ${i + 1} van ${count}`, PAGE.width - PAGE.marginX - 150, PAGE.height - 44, {
        size: SIZE.tiny,
        color: COLOR.muted,
        width: 150,
        align: "right",
        noWrap: true,
      });
    }, "Pagination");
  }
  doc.end();
  return done;
}
