// What every page of our PDFs carries, drawn as artifacts (not read aloud): the rule under the running
// header, the page number, and on a concept the CONCEPT watermark. Shared by the report and the code.
import { FONT } from "./fonts";
import { COLOR, CONTENT_WIDTH, PAGE, SIZE } from "./style";
import type { Writer } from "./writer";

export const FURNITURE_TEXT = { size: SIZE.tiny, color: COLOR.muted };

/** The rule under the header and "pagina i van n" at the foot of the current page; call inside an artifact. */
export function drawRuleAndPageNumber(w: Writer, index: number, count: number): void {
  w.doc
    .moveTo(PAGE.marginX, 54)
    .lineTo(PAGE.width - PAGE.marginX, 54)
    .lineWidth(0.5)
    .strokeColor(COLOR.rule)
    .stroke();
  w.write(`pagina ${index + 1} van ${count}`, PAGE.width - PAGE.marginX - 150, PAGE.height - 44, {
    ...FURNITURE_TEXT,
    width: 150,
    align: "right",
    noWrap: true,
  });
}

/** A thin rule across the content width at `y` (between table rows), as an artifact. */
export function drawContentRule(w: Writer, y: number, lineWidth = 0.5): void {
  w.artifact(() =>
    w.doc
      .moveTo(PAGE.marginX, y)
      .lineTo(PAGE.marginX + CONTENT_WIDTH, y)
      .lineWidth(lineWidth)
      .strokeColor(COLOR.rule)
      .stroke(),
  );
}

/** The CONCEPT watermark across the current page; call inside an artifact. */
export function drawConceptWatermark(w: Writer): void {
  const { doc } = w;
  doc.save().rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
  doc.fillOpacity(0.06);
  w.write("CONCEPT", 0, PAGE.height / 2 - 55, {
    font: FONT.bold,
    size: 96,
    color: COLOR.heading,
    width: PAGE.width,
    align: "center",
    noWrap: true,
  });
  doc.restore();
}

/** Draws `draw` on every (buffered) page as a Pagination artifact: running headers, page numbers, footers. */
export function drawOnEveryPage(w: Writer, draw: (index: number, count: number) => void): void {
  const { count } = w.doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    w.doc.switchToPage(i);
    w.artifact(() => draw(i, count), "Pagination");
  }
}

/** A paper form's furniture on every page: the running header, the rule and page number, a footer sentence. */
export function drawHeaderAndFooter(w: Writer, header: string, footer: string): void {
  drawOnEveryPage(w, (i, count) => {
    w.write(header, PAGE.marginX, 40, FURNITURE_TEXT);
    drawRuleAndPageNumber(w, i, count);
    w.write(footer, PAGE.marginX, PAGE.height - 64, { ...FURNITURE_TEXT, font: FONT.regular, width: CONTENT_WIDTH - 110, stay: true });
  });
}
