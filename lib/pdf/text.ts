// Line breaking with a process-wide cache. pdfkit's LineWrapper re-runs the Unicode line-break algorithm
// and re-measures every word each time a text is drawn or measured (we do both: blocks measure
// themselves before drawing to stay on one page). The report's texts repeat between renders, so we break
// lines once per (font, size, width, text) and draw each line as a single unwrapped fragment.
// Breaks fall on spaces and explicit newlines; a word wider than the line is split by characters.
// A line that ends at a space keeps that space (drawn, invisible, not counted in its width): the
// structure text of a tagged PDF is its glyphs joined as they are, and without the breaking space a
// screen reader reads the last word of a line and the first of the next as one (ISO 32000-1 §14.8.2.5).

interface Measurer {
  widthOfString(text: string): number;
}

export interface WrappedText {
  lines: string[];
  /** width of each line in points, for alignment without measuring again */
  widths: number[];
}

const MAX_ENTRIES = 20_000;
/** font key + width -> text -> lines. Keyed by the text itself: the model's strings are the same
 * objects on every render, so lookups reuse their cached hashes instead of building long keys. */
const cache = new Map<string, Map<string, WrappedText>>();
let entries = 0;

function splitLongWord(word: string, width: number, m: Measurer): string[] {
  const parts: string[] = [];
  let part = "";
  for (const ch of word) {
    if (part !== "" && m.widthOfString(part + ch) > width) {
      parts.push(part);
      part = ch;
    } else part += ch;
  }
  if (part !== "") parts.push(part);
  return parts;
}

function breakLines(text: string, width: number, m: Measurer): WrappedText {
  const lines: string[] = [];
  const widths: number[] = [];
  const push = (line: string, w: number) => {
    lines.push(line);
    widths.push(w);
  };
  const space = m.widthOfString(" ");
  // texts stored before lib/zod.ts normalised line breaks keep the browser's CRLF: a "\r" would print
  // as a missing glyph at the end of every line
  const paragraphs = text.split(/\r?\n/);
  paragraphs.forEach((paragraph, p) => {
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph.split(" ")) {
      if (word === "") continue;
      // pdfkit shapes and caches text per space-terminated word ("word "), so measuring the same
      // string shapes each word once instead of twice on a cold cache
      const w = m.widthOfString(`${word} `) - space;
      if (line !== "" && lineWidth + space + w <= width + 0.01) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line !== "") push(`${line} `, lineWidth);
      if (w > width) {
        const parts = splitLongWord(word, width, m);
        for (const part of parts.slice(0, -1)) push(part, m.widthOfString(part));
        line = parts[parts.length - 1] ?? "";
        lineWidth = m.widthOfString(line);
      } else {
        line = word;
        lineWidth = w;
      }
    }
    // an explicit line break separates words too
    push(p < paragraphs.length - 1 && line !== "" ? `${line} ` : line, lineWidth);
  });
  return { lines, widths };
}

/** Lines of `text` in the measurer's current font and size, at most `width` points wide. */
export function wrapLines(text: string, width: number, fontKey: string, m: Measurer): WrappedText {
  const bucketKey = `${fontKey}/${width}`;
  let bucket = cache.get(bucketKey);
  if (!bucket) {
    bucket = new Map();
    cache.set(bucketKey, bucket);
  }
  let wrapped = bucket.get(text);
  if (!wrapped) {
    if (entries >= MAX_ENTRIES) {
      cache.clear();
      entries = 0;
      cache.set(bucketKey, (bucket = new Map()));
    }
    wrapped = breakLines(text, width, m);
    bucket.set(text, wrapped);
    entries++;
  }
  return wrapped;
}
