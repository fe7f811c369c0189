import "server-only";
import zlib from "node:zlib";
import PDFDocument from "pdfkit";

// Whether an uploaded logo is an image the report's cover can carry. pdfkit's PNG reader (png-js)
// loops for ever on some broken files, so a PNG's structure is checked here first: its chunks, each
// with a correct checksum, IHDR first, IEND last, and image data that inflates within a bound (no
// decompression bomb). Only then does pdfkit open it, as the report will.

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

/** True when the report's cover can show these bytes of the given type. */
export function isReadableLogo(bytes: Uint8Array, type: "image/png" | "image/jpeg"): boolean {
  if (type === "image/png" && !wellFormedPng(bytes)) return false;
  try {
    // openImage parses the file as the report's cover will (missing from @types/pdfkit)
    const doc = new PDFDocument({ autoFirstPage: false }) as unknown as { openImage: (src: Buffer) => unknown };
    doc.openImage(Buffer.from(bytes));
    return true;
  } catch {
    return false; // pdfkit cannot read it: refused with a message, never stored
  }
}
