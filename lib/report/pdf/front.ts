// Cover, "Hoe leest u dit rapport?" and the summary page.
import type { LabelValue, ReportModel } from "../types";
import { FOUR_STEPS_INTRO } from "../texts";
import { bandBox, drawGradeChart } from "./chart";
import { drawList, drawTable } from "@/lib/pdf/blocks";
import { FONT } from "@/lib/pdf/fonts";
import { ANSWER_FILL, COLOR, CONTENT_WIDTH, PAGE, SIZE } from "@/lib/pdf/style";
import type { Writer } from "@/lib/pdf/writer";

type Struct = PDFKit.PDFStructureElement;

export function drawCover(w: Writer, model: ReportModel): void {
  const { doc } = w;
  const { cover } = model;
  const sect = w.section(w.root);
  const x = PAGE.marginX;
  // measure first: the dark block grows with a long title or employer name
  const title = { font: FONT.bold, size: 28, color: COLOR.white, width: CONTENT_WIDTH - 170, lineGap: 2 };
  const name = { font: FONT.bold, size: 17, color: COLOR.white, width: CONTENT_WIDTH };
  const nameY = Math.max(130 + w.heightOf(cover.title, title) + 26, 236);
  const blockH = Math.max(330, nameY + w.heightOf(cover.employerName, name) + 44);
  w.artifact(() => {
    doc.rect(0, 0, PAGE.width, blockH).fill(COLOR.heading);
    doc.rect(x, 92, 36, 3).fill("#7fb7cf");
    // a quiet motif echoing the theme chart
    [0.62, 0.48, 0.7, 0.55, 0.4, 0.66, 0.52, 0.35, 0.58].forEach((f, i) => {
      doc.rect(PAGE.width - 200, 112 + i * 11, 150 * f, 5).fill(i % 3 === 1 ? "#4f86a8" : "#2f5f86");
    });
  });
  // letter-spaced capitals would be spelled out by a screen reader: give the words as ActualText
  w.tagged(
    sect,
    "P",
    () => {
      w.write(cover.kicker.toUpperCase(), x, 108, { font: FONT.bold, size: 10, color: "#cfe3ee", characterSpacing: 1.6 });
    },
    { actual: cover.kicker },
  );
  w.tagged(sect, "H1", () => w.write(cover.title, x, 130, title));
  w.tagged(sect, "P", () => w.write(cover.employerName, x, nameY, name));

  w.y = blockH + 50;
  drawTable(w, sect, cover.rows, { labelWidth: 120 });

  const noteY = w.y + 36;
  const noteH = w.heightOf(cover.note, { size: 11, width: CONTENT_WIDTH - 36 }) + 28;
  w.artifact(() => {
    doc.rect(x, noteY, CONTENT_WIDTH, noteH).fill(COLOR.panel);
    doc.rect(x, noteY, 4, noteH).fill(COLOR.accent);
  });
  w.tagged(sect, "P", () => {
    w.write(cover.note, x + 20, noteY + 14, { size: 11, color: COLOR.heading, width: CONTENT_WIDTH - 36, lineGap: 3 });
  });
  w.artifact(() =>
    doc
      .moveTo(x, 752)
      .lineTo(x + CONTENT_WIDTH, 752)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke(),
  );
  if (cover.logo) drawLogo(w, sect, cover.logo);
  w.tagged(sect, "P", () => {
    w.write(cover.initiative, x, 762, { size: SIZE.small, color: COLOR.muted, width: CONTENT_WIDTH });
  });
}

/** The organisation's logo above the cover's foot line (at most 160 × 48 pt): a Figure with its alt text. */
function drawLogo(w: Writer, sect: Struct, logo: { bytes: Uint8Array; alt: string }): void {
  const box = { x: PAGE.marginX, y: 692, width: 160, height: 48 };
  w.tagged(
    sect,
    "Figure",
    () => {
      w.doc.image(Buffer.from(logo.bytes), box.x, box.y, { fit: [box.width, box.height], valign: "bottom" });
    },
    { alt: logo.alt, bbox: [box.x, box.y, box.x + box.width, box.y + box.height], placement: "Block" },
  );
}

export function drawReadingGuide(w: Writer, model: ReportModel, title: string): Struct {
  const sect = w.section(w.root);
  w.heading(sect, 1, title);
  for (const p of model.reading.paragraphs) w.paragraph(sect, p, { gapAfter: 8 });

  w.heading(sect, 2, "De vier stappen van het traject", { keep: 120 });
  w.paragraph(sect, FOUR_STEPS_INTRO, { gapAfter: 6 });
  drawList(w, sect, model.reading.fourSteps, { bullet: (i) => `${i + 1}.` });
  w.y += 6;

  w.heading(sect, 2, "De antwoordschaal", { keep: 110 });
  const scale = w.section(sect, "L");
  const { doc } = w;
  model.reading.scale.forEach((s, i) => {
    const y = w.y;
    const li = w.section(scale, "LI");
    w.tagged(li, "Lbl", () => {
      doc.rect(PAGE.marginX, y, 22, 13).fill(ANSWER_FILL[i] ?? COLOR.dontKnow);
      w.write(s.label, PAGE.marginX, y + 2.5, {
        font: FONT.bold,
        size: SIZE.small,
        color: i >= 3 ? COLOR.white : COLOR.text,
        width: 22,
        align: "center",
        noWrap: true,
      });
    });
    w.tagged(li, "LBody", () => w.write(s.value, PAGE.marginX + 32, y + 1.5));
    w.y = y + 18;
  });
  w.y += 4;
  w.paragraph(
    sect,
    "In de grafieken per stelling ziet u deze kleuren terug: hoe donkerder, hoe meer de stelling volgens de respondenten klopt. Grijs is ‘weet ik niet’.",
    { color: COLOR.muted, size: SIZE.small },
  );

  // below the minimum there are no grades, so no levels to explain
  if (model.reading.bands.length === 0) return sect;
  w.heading(sect, 2, "Vier niveaus", { keep: 150 });
  w.paragraph(
    sect,
    "Het rapportcijfer van een thema valt in één van vier niveaus. De niveaus hebben geen kleur van ‘goed’ of ‘fout’; ze helpen om te kiezen waar u begint.",
    { gapAfter: 8 },
  );
  const bands = w.section(sect, "Table");
  for (const b of model.reading.bands) {
    const h = Math.max(30, w.heightOf(b.meaning, { width: CONTENT_WIDTH - 200 }) + 12);
    w.ensure(h + 4);
    const y = w.y;
    w.artifact(() => bandBox(doc, b.band, PAGE.marginX, y, 60, h - 4));
    const tr = w.section(bands, "TR");
    w.tagged(
      tr,
      "TH",
      () => {
        w.write(b.label, PAGE.marginX + 70, y + 4, { font: FONT.bold, width: 110, spaceAfter: true });
        w.write(b.range, PAGE.marginX + 70, w.y, { size: SIZE.small, color: COLOR.muted, width: 110 });
      },
      { scope: "Row" },
    );
    w.tagged(tr, "TD", () => w.write(b.meaning, PAGE.marginX + 190, y + 4, { width: CONTENT_WIDTH - 190 }));
    w.y = y + h + 4;
  }
  return sect;
}

/** A row of small panels, each a label with a large value; tagged as a two-column table. */
export function keyFigureBoxes(w: Writer, parent: Struct, figures: LabelValue[], opts: { valueSize: number; height: number }): void {
  const gap = 8;
  const boxW = (CONTENT_WIDTH - gap * (figures.length - 1)) / figures.length;
  const height = opts.height + (figures.some((f) => f.note) ? 12 : 0);
  w.ensure(height + 10);
  const y = w.y;
  const table = w.section(parent, "Table");
  figures.forEach((f, i) => {
    const x = PAGE.marginX + i * (boxW + gap);
    // shrink a value that would not fit its panel rather than let it run into the next one
    w.doc.font(FONT.bold).fontSize(opts.valueSize);
    const size = Math.max(8, Math.min(opts.valueSize, (opts.valueSize * (boxW - 16)) / w.doc.widthOfString(f.value)));
    w.artifact(() => w.doc.rect(x, y, boxW, height).fill(COLOR.panel));
    const tr = w.section(table, "TR");
    w.tagged(tr, "TH", () => w.write(f.label, x + 8, y + 7, { size: SIZE.tiny, color: COLOR.muted }), { scope: "Row" });
    w.tagged(tr, "TD", () => {
      w.write(f.value, x + 8, y + 19, { font: FONT.bold, size, color: COLOR.heading, spaceAfter: Boolean(f.note) });
      if (f.note) w.write(f.note, x + 8, y + 19 + opts.valueSize + 2, { size: SIZE.small });
    });
  });
  w.y = y + height + 10;
}

export function drawSummary(w: Writer, model: ReportModel, title: string): Struct {
  const sect = w.section(w.root);
  const { summary } = model;
  w.heading(sect, 1, title);
  for (const p of summary.paragraphs) w.paragraph(sect, p, { gapAfter: 10 });
  keyFigureBoxes(w, sect, summary.keyFigures, { valueSize: 15, height: 44 });
  if (summary.signals.length > 0) drawList(w, sect, summary.signals, { bullet: () => "›" });

  if (summary.chart) {
    w.heading(sect, 2, "Rapportcijfer per thema", { keep: 260 });
    drawGradeChart(w, sect, summary.chart);
  }

  if (summary.topAandachtspunten.length > 0) {
    w.heading(sect, 2, "Belangrijkste aandachtspunten", { keep: 60 });
    drawList(
      w,
      sect,
      summary.topAandachtspunten.map((a) => ({ lead: a.themeTitle, text: a.reasons })),
      {
        bullet: (i) => `${i + 1}.`,
        gapAfter: 6,
      },
    );
  }
  return sect;
}
