import "server-only";
import zlib from "node:zlib";
import PDFDocument from "pdfkit";

// Whether an uploaded logo is an image the report's cover can carry. pdfkit's PNG reader (png-js)
// loops for ever on some broken files, so a PNG's structure is checked here first: its chunks, each
// with a correct checksum, IHDR first, IEND last, and image data that inflates within a bound (no
// decompression bomb). A JPEG's segments are walked up to its first scan. Only then does pdfkit open
// it, as the report will.

const MAX_SIDE = 4000;
const MAX_INFLATED = 64 * 1024 * 1024;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function wellFormedPng(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  let pos = 8;
  let first = true;
  while (pos + 12 <= bytes.length) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    const end = pos + 12 + length;
    if (end > bytes.length) return false;
    if (crc32(bytes.subarray(pos + 4, pos + 8 + length)) !== view.getUint32(pos + 8 + length)) return false;
    if (first) {
      if (type !== "IHDR" || length !== 13) return false;
      const width = view.getUint32(pos + 8);
      const height = view.getUint32(pos + 12);
      if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) return false;
      first = false;
    }
    if (type === "IDAT") idat.push(bytes.subarray(pos + 8, pos + 8 + length));
    if (type === "IEND") {
      if (idat.length === 0) return false;
      try {
        zlib.inflateSync(Buffer.concat(idat), { maxOutputLength: MAX_INFLATED });
        return true;
      } catch {
        return false; // broken or too large image data: not a logo the report can show
      }
    }
    pos = end;
  }
  return false;
}

/**
 * A JPEG's segments up to its first scan: each marker with a length inside the file, a frame header
 * (SOF) with a sensible size and component count before the scan, and the end marker last. pdfkit
 * copies a JPEG into the PDF as it is, so this is all that stands between a broken file and the report.
 */
function wellFormedJpeg(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes.at(-2) !== 0xff || bytes.at(-1) !== 0xd9) return false;
  let pos = 2;
  let frame = false;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return false;
    const marker = bytes[pos + 1]!;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2; // standalone markers carry no length
      continue;
    }
    if (marker === 0xd8 || marker === 0xd9 || marker === 0x00) return false;
    const length = view.getUint16(pos + 2);
    if (length < 2 || pos + 2 + length > bytes.length) return false;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (length < 8) return false;
      const height = view.getUint16(pos + 5);
      const width = view.getUint16(pos + 7);
      const components = bytes[pos + 9]!;
      if (height < 1 || width < 1 || height > MAX_SIDE || width > MAX_SIDE) return false;
      if (![1, 3, 4].includes(components) || length !== 8 + 3 * components) return false;
      frame = true;
    }
    if (marker === 0xda) return frame;
    pos += 2 + length;
  }
  return false;
}

/** True when the report's cover can show these bytes of the given type. */
export function isReadableLogo(bytes: Uint8Array, type: "image/png" | "image/jpeg"): boolean {
  if (!(type === "image/png" ? wellFormedPng(bytes) : wellFormedJpeg(bytes))) return false;
  try {
    // openImage parses the file as the report's cover will (missing from @types/pdfkit)
    const doc = new PDFDocument({ autoFirstPage: false }) as unknown as { openImage: (src: Buffer) => unknown };
    doc.openImage(Buffer.from(bytes));
    return true;
  } catch {
    return false; // pdfkit cannot read it: refused with a message, never stored
  }
}
