import zlib from "node:zlib";

/** One entry of a zip file, found through the central directory (node:zlib inflates it; no zip library needed). */
export function unzipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const [method, size, nameLen, extraLen, commentLen, local] = [
      zip.readUInt16LE(p + 10),
      zip.readUInt32LE(p + 20),
      zip.readUInt16LE(p + 28),
      zip.readUInt16LE(p + 30),
      zip.readUInt16LE(p + 32),
      zip.readUInt32LE(p + 42),
    ];
    if (zip.toString("utf8", p + 46, p + 46 + nameLen) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString("utf8");
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} is not in the zip`);
}
