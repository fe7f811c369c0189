// One page (or more) per theme, then the aandachtspunten with their oplossingsrichtingen.
import { drawContentRule } from "@/lib/pdf/furniture";
import { NO_SCORE_LABEL } from "@/lib/scan/scoring/bands";
import type { AandachtspuntModel, ReportModel, StatementModel, ThemeModel } from "../types";
import { bandBox, drawDistribution } from "./chart";
import { drawList } from "@/lib/pdf/blocks";
import { FONT } from "@/lib/pdf/fonts";
import { keyFigureBoxes } from "./front";
import { ANSWER_FILL, COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, SIZE } from "@/lib/pdf/style";
import type { Writer } from "@/lib/pdf/writer";

type Struct = PDFKit.PDFStructureElement;

const BADGE_W = 112;
const COL = { key: 44, text: 282, dist: 100, mean: 34 };
const X = {
  key: PAGE.marginX,
  text: PAGE.marginX + COL.key,
  dist: PAGE.marginX + COL.key + COL.text + 10,
  mean: PAGE.marginX + CONTENT_WIDTH - COL.mean,
};

export function drawTheme(w: Writer, parent: Struct, theme: ThemeModel, outline: PDFKit.PDFOutline): void {
  const { doc } = w;
  const sect = w.section(parent);
  const top = w.heading(sect, 2, `${theme.number}. ${theme.title}`, { width: CONTENT_WIDTH - BADGE_W - 12, keep: 120 });
  w.bookmark(outline, `${theme.number}. ${theme.title}`, top);
  const afterHeading = w.y;
  const bx = PAGE.marginX + CONTENT_WIDTH - BADGE_W;
  w.artifact(() => bandBox(doc, theme.band, bx, top - 4, BADGE_W, 38));
  w.tagged(
    sect,
    "P",
    () => {
      w.write(theme.grade ?? "–", bx + 10, top + 1, { font: FONT.bold, size: 16, color: COLOR.heading, spaceAfter: true });
      w.write(theme.bandLabel ?? NO_SCORE_LABEL, bx + 10, top + 20, { size: SIZE.small });
    },
    { actual: theme.grade ? `Rapportcijfer ${theme.grade}, ${theme.bandLabel?.toLowerCase()}` : "Nog geen rapportcijfer" },
  );
  w.y = Math.max(afterHeading + 4, top + 44);

  keyFigureBoxes(w, sect, theme.keyFigures, { valueSize: 12, height: 36 });
  if (theme.signals.length > 0) drawList(w, sect, theme.signals, { bullet: () => "›" });

  w.heading(sect, 3, "Stellingen", { keep: 70 });
  if (theme.statementsNote) w.paragraph(sect, theme.statementsNote);
  else drawStatements(w, sect, theme.statements);

  if (theme.reflections.length > 0) {
    w.heading(sect, 3, "Reflecties uit het traject", { keep: 70 });
    for (const r of theme.reflections) drawReflection(w, sect, r);
  }
  if (theme.comments.length > 0) {
    w.heading(sect, 3, "Wat zou helpen om één punt hoger te scoren?", { keep: 40 });
    drawList(
      w,
      sect,
      theme.comments.map((c) => `“${c}”`),
      { gapAfter: 3 },
    );
  }
}

function drawLegend(w: Writer): void {
  const { doc } = w;
  const y = w.y;
  w.artifact(() => {
    let x = X.dist;
    ANSWER_FILL.forEach((fill, i) => {
      doc.rect(x, y, 9, 8).fill(fill);
      w.write(String(i + 1), x + 10.5, y, { size: SIZE.tiny, color: COLOR.muted });
      x += 20;
    });
    doc.rect(x, y, 9, 8).fill(COLOR.dontKnow);
    w.write("?", x + 10.5, y, { size: SIZE.tiny, color: COLOR.muted });
  });
  w.y = y + 12;
}

function drawStatements(w: Writer, parent: Struct, statements: StatementModel[]): void {
  const { doc } = w;
  const table = w.section(parent, "Table");
  const header = (y: number) => {
    const tr = w.section(table, "TR");
    const th = (text: string, x: number, width: number, align: "left" | "right" = "left") =>
      w.tagged(tr, "TH", () => w.write(text, x, y, { font: FONT.bold, size: SIZE.tiny, color: COLOR.muted, width, align, noWrap: true }), {
        scope: "Column",
      });
    th("Nr.", X.key, COL.key - 4);
    th("Stelling", X.text, COL.text);
    th("Antwoorden", X.dist, COL.dist);
    th("Gem.", X.mean, COL.mean, "right");
    w.y = y + 12;
    drawLegend(w);
  };
  w.ensure(60);
  header(w.y);
  for (const s of statements) {
    const note = s.divergent ? "↔ De antwoorden lopen sterk uiteen: een goede vraag voor het gesprek." : null;
    const textH = w.heightOf(s.text, { size: 9, width: COL.text, lineGap: 1.4 });
    const noteH = note ? w.heightOf(note, { size: SIZE.tiny, width: COL.text }) + 2 : 0;
    const h = Math.max(textH + noteH, 20) + 7;
    if (w.y + h > PAGE.height - PAGE.bottom) {
      w.newPage();
      header(w.y);
    }
    const y = w.y;
    const tr = w.section(table, "TR");
    w.tagged(tr, "TD", () => {
      w.write(s.key, X.key, y + 1, { font: FONT.bold, size: SIZE.small, spaceAfter: true });
      w.write(s.kindLabel, X.key, y + 12, { size: 6.5, color: COLOR.muted });
    });
    w.tagged(tr, "TD", () => {
      w.write(s.text, X.text, y, { size: 9, width: COL.text, lineGap: 1.4, spaceAfter: note !== null });
      if (note) w.write(note, X.text, doc.y + 1, { font: FONT.italic, size: SIZE.tiny, color: COLOR.accentDark, width: COL.text });
    });
    const alt = `Antwoorden: ${s.distribution.map((n, i) => `${n} keer ${i + 1}`).join(", ")}, ${s.dontKnow} keer weet ik niet.`;
    w.tagged(tr, "TD", () => drawDistribution(w, s.distribution, s.dontKnow, X.dist, y + 2, COL.dist), { actual: alt });
    w.tagged(tr, "TD", () => w.write(s.mean, X.mean, y + 1, { font: FONT.bold, size: 9.5, width: COL.mean, align: "right", noWrap: true }));
    drawContentRule(w, y + h - 4, 0.4);
    w.y = y + h;
  }
  w.y += 4;
}

function drawReflection(w: Writer, parent: Struct, r: ThemeModel["reflections"][number]): void {
  const { doc } = w;
  const inner = CONTENT_WIDTH - 30;
  const aboutH = r.about ? w.heightOf(r.about, { size: SIZE.tiny, width: inner }) + 4 : 0;
  const bodyH = w.heightOf(r.body, { font: FONT.italic, size: 9.5, width: inner, lineGap: 2 });
  const h = aboutH + bodyH + 26;
  // a reflection longer than a page flows on without its panel rather than overflow it
  const fits = h + 6 <= CONTENT_BOTTOM - PAGE.top;
  if (fits) w.ensure(h + 6);
  const y = w.y;
  if (fits) {
    w.artifact(() => {
      doc.rect(PAGE.marginX, y, CONTENT_WIDTH, h).fill(COLOR.panel);
      doc.rect(PAGE.marginX, y, 3, h).fill(COLOR.accent);
    });
  }
  const quote = w.section(parent, "BlockQuote");
  if (r.about)
    w.tagged(quote, "P", () => w.write(r.about ?? "", PAGE.marginX + 15, y + 7, { size: SIZE.tiny, color: COLOR.muted, width: inner }));
  w.tagged(quote, "P", () =>
    w.write(r.body, PAGE.marginX + 15, y + 8 + aboutH, { font: FONT.italic, size: 9.5, width: inner, lineGap: 2 }),
  );
  w.tagged(quote, "P", () => w.write(`— ${r.author}`, PAGE.marginX + 15, doc.y + 3, { size: SIZE.small, color: COLOR.accentDark }));
  w.y = fits ? y + h + 6 : w.y + 10;
}

export function drawAandachtspunt(w: Writer, parent: Struct, ap: AandachtspuntModel, n: number, outline: PDFKit.PDFOutline): void {
  const { doc } = w;
  const sect = w.section(parent);
  const title = `${n}. ${ap.themeTitle}`;
  // An aandachtspunt reads as one story: start it on a new page when it does not fit below and less
  // than 40% of a page is left; otherwise let it flow (headings and solutions never split themselves).
  const inner = CONTENT_WIDTH - 16;
  const estimate =
    56 +
    ap.reasons.reduce(
      (h, r) => h + w.heightOf(r.label, { font: FONT.bold, width: inner }) + w.heightOf(r.explanation, { width: inner }) + 5,
      0,
    ) +
    ap.focusItems.reduce((h, f) => h + w.heightOf(`${f.key}  ${f.text} (gemiddeld ${f.mean})`, { size: 9.5, width: inner }) + 4, 30) +
    ap.solutions.reduce(
      (h, s) => h + w.heightOf(s.title, { font: FONT.bold, width: inner }) + w.heightOf(s.description, { size: 9.5, width: inner }) + 14,
      30,
    );
  if (w.y + estimate > CONTENT_BOTTOM && CONTENT_BOTTOM - w.y < 0.4 * (CONTENT_BOTTOM - PAGE.top)) w.newPage();
  const top = w.heading(sect, 2, title, { keep: 160 });
  w.bookmark(outline, title, top);
  if (ap.grade) w.paragraph(sect, `Rapportcijfer ${ap.grade}`, { size: SIZE.small, color: COLOR.muted });
  drawList(
    w,
    sect,
    ap.reasons.map((r) => ({ lead: r.label, text: r.explanation })),
    { bullet: () => "›", gapAfter: 5 },
  );
  if (ap.focusItems.length > 0) {
    w.heading(sect, 3, "Stellingen om mee te beginnen", { keep: 40 });
    drawList(
      w,
      sect,
      ap.focusItems.map((f) => `${f.key}  ${f.text} (gemiddeld ${f.mean})`),
      { size: 9.5 },
    );
  }
  if (ap.solutions.length > 0) {
    const heights = ap.solutions.map(
      (s) => w.heightOf(s.title, { font: FONT.bold, width: inner }) + w.heightOf(s.description, { size: 9.5, width: inner }) + 6,
    );
    // the few solutions stay together with their heading
    w.heading(sect, 3, "Oplossingsrichtingen", { keep: heights.reduce((a, h) => a + h + 8, 0) });
    const list = w.section(sect, "L");
    ap.solutions.forEach((s, i) => {
      const h = heights[i] ?? 0;
      w.ensure(h + 8);
      const y = w.y;
      w.artifact(() => doc.rect(PAGE.marginX, y, 3, h).fill(COLOR.accent));
      const li = w.section(list, "LI");
      w.tagged(li, "LBody", () => {
        w.write(s.title, PAGE.marginX + 14, y, { font: FONT.bold, width: inner, spaceAfter: true });
        w.write(s.description, PAGE.marginX + 14, doc.y + 2, { size: 9.5, color: COLOR.muted, width: inner });
      });
      w.y = y + h + 8;
    });
  }
}

export function drawThemes(w: Writer, model: ReportModel, title: string, outline: PDFKit.PDFOutline): Struct {
  const sect = w.section(w.root);
  w.heading(sect, 1, title);
  w.paragraph(
    sect,
    "Per thema ziet u het rapportcijfer en het niveau, hoe bedoelingen (intentie) en praktijk zich tot elkaar verhouden, hoeveel ‘weet ik niet’ er werd gekozen en hoe de antwoorden per stelling verdeeld zijn. Waar de ervaringsdeskundige of trainer een reflectie deelde, staat die erbij.",
    { gapAfter: 12 },
  );
  model.themes.forEach((t, i) => {
    if (i > 0) w.newPage();
    drawTheme(w, sect, t, outline);
  });
  return sect;
}
