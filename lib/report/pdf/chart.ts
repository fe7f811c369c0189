// Vector graphics of the report: the theme-grade chart (a tagged Figure with alternative text), the
// answer-distribution bar per statement and the hatching that marks "ontwikkelpunt" without colour.
import type { Band } from "@/lib/scan/scoring/types";
import type { GradeChartModel } from "../types";
import { FONT } from "@/lib/pdf/fonts";
import { BAND_FILL, HATCH_COLOR, isHatched } from "@/lib/scan/scoring/band-colours";
import { ANSWER_FILL, COLOR, CONTENT_WIDTH, PAGE, SIZE } from "@/lib/pdf/style";
import type { Writer } from "@/lib/pdf/writer";

type Doc = Writer["doc"];

/** Diagonal hatching inside a rectangle; the second visual cue (besides the label) for a band. */
export function hatch(doc: Doc, x: number, y: number, w: number, h: number, color: string = COLOR.rule): void {
  doc.save().rect(x, y, w, h).clip();
  doc.lineWidth(0.6).strokeColor(color);
  for (let d = -h; d < w; d += 5)
    doc
      .moveTo(x + d, y + h)
      .lineTo(x + d + h, y)
      .stroke();
  doc.restore();
}

export function bandBox(doc: Doc, band: Band | null, x: number, y: number, w: number, h: number): void {
  doc.rect(x, y, w, h).fill(band ? BAND_FILL[band] : COLOR.panel);
  if (isHatched(band)) hatch(doc, x, y, w, h, HATCH_COLOR);
}

const ROW = 21;
const LABEL_W = 150;
const VALUE_W = 92;

export function drawGradeChart(w: Writer, parent: PDFKit.PDFStructureElement, chart: GradeChartModel): void {
  const doc = w.doc;
  const height = 6 + chart.bars.length * ROW + 22 + 17 + 18;
  w.ensure(height);
  const top = w.y;
  const x0 = PAGE.marginX + LABEL_W;
  const plotW = CONTENT_WIDTH - LABEL_W - VALUE_W;
  const xOf = (v: number) => x0 + ((v - chart.min) / (chart.max - chart.min)) * plotW;
  const plotTop = top + 6;
  const plotBottom = plotTop + chart.bars.length * ROW;

  w.tagged(
    parent,
    "Figure",
    () => {
      for (const z of chart.zones) bandBox(doc, z.band, xOf(z.from), plotTop, xOf(z.to) - xOf(z.from), plotBottom - plotTop);
      // axis: whole grades, with the band edges 5,5 / 7 / 8 as thin rules
      for (let g = chart.min; g <= chart.max; g++) {
        doc
          .moveTo(xOf(g), plotBottom)
          .lineTo(xOf(g), plotBottom + 3)
          .lineWidth(0.5)
          .strokeColor(COLOR.muted)
          .stroke();
        w.write(String(g), xOf(g) - 8, plotBottom + 5, { size: SIZE.tiny, color: COLOR.muted, width: 16, align: "center", noWrap: true });
      }
      doc
        .moveTo(x0, plotBottom)
        .lineTo(x0 + plotW, plotBottom)
        .lineWidth(0.7)
        .strokeColor(COLOR.muted)
        .stroke();

      chart.bars.forEach((bar, i) => {
        const y = plotTop + i * ROW;
        w.write(bar.label, PAGE.marginX, y + ROW / 2 - 5, { size: SIZE.small });
        if (bar.value !== null) {
          doc.rect(x0, y + 5, Math.max(1, xOf(bar.value) - x0), ROW - 10).fill(COLOR.chartBar);
        }
        w.write(bar.valueLabel, x0 + plotW + 8, y + ROW / 2 - 5, { font: FONT.bold, size: SIZE.small });
        if (bar.bandLabel) w.write(bar.bandLabel, x0 + plotW + 34, y + ROW / 2 - 4.5, { size: SIZE.tiny, color: COLOR.muted });
      });

      for (const m of chart.markers) {
        doc.save().lineWidth(1.4).strokeColor(COLOR.heading);
        if (m.style === "dashed") doc.dash(3, { space: 2 });
        doc
          .moveTo(xOf(m.value), plotTop - 4)
          .lineTo(xOf(m.value), plotBottom)
          .stroke();
        doc.restore();
      }

      // legend: bands (with their hatching) and the two reference lines
      let lx = x0;
      const ly = plotBottom + 22;
      for (const z of chart.zones) {
        bandBox(doc, z.band, lx, ly, 10, 10);
        doc.rect(lx, ly, 10, 10).lineWidth(0.4).strokeColor(COLOR.muted).stroke();
        w.write(z.label, lx + 13, ly + 1.5, { size: SIZE.tiny });
        lx += 13 + doc.widthOfString(z.label) + 12;
      }
      let mx = x0;
      const my = ly + 17;
      for (const m of chart.markers) {
        doc.save().lineWidth(1.4).strokeColor(COLOR.heading);
        if (m.style === "dashed") doc.dash(3, { space: 2 });
        doc
          .moveTo(mx, my + 5)
          .lineTo(mx + 16, my + 5)
          .stroke();
        doc.restore();
        const text = `${m.label} ${m.valueLabel}`;
        w.write(text, mx + 20, my + 1.5, { size: SIZE.tiny });
        mx += 20 + doc.widthOfString(text) + 16;
      }
    },
    { alt: chart.alt, bbox: [PAGE.marginX, top, PAGE.marginX + CONTENT_WIDTH, top + height], placement: "Block" },
  );
  w.y = top + height;
}

/** Stacked bar of answers 1..5 and "weet ik niet" (grey, last); counts printed inside when they fit. */
export function drawDistribution(w: Writer, counts: number[], dontKnow: number, x: number, y: number, width: number, h = 10): void {
  const { doc } = w;
  const total = counts.reduce((a, b) => a + b, 0) + dontKnow;
  doc.rect(x, y, width, h).lineWidth(0.4).strokeColor(COLOR.rule).stroke();
  if (total === 0) return;
  let cx = x;
  const segments = [
    ...counts.map((n, i) => ({ n, fill: ANSWER_FILL[i] ?? COLOR.accent, dark: i >= 3 })),
    { n: dontKnow, fill: COLOR.dontKnow, dark: false },
  ];
  for (const s of segments) {
    if (s.n === 0) continue;
    const sw = (s.n / total) * width;
    doc.rect(cx, y, sw, h).fill(s.fill);
    if (sw >= 9) {
      w.write(String(s.n), cx, y + 1.8, { size: 6.5, color: s.dark ? COLOR.white : COLOR.text, width: sw, align: "center", noWrap: true });
    }
    cx += sw;
  }
}
