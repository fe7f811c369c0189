// pdfkit (0.20.2, pinned) turns every content-stream operator into its own Uint8Array the moment it is
// written: a 20-page report makes ~17 000 tiny typed arrays that live until the document ends, are
// promoted to the old heap and dominate garbage collection and resident memory. Here each page keeps
// its operators as strings and converts them once, when the page's content stream is finalized. The
// bytes are identical (operators are ASCII; pdfkit maps chars with `& 0xff`, as "latin1" does).
import type PDFDocument from "pdfkit";

type Doc = InstanceType<typeof PDFDocument>;

interface ContentRef {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

function bufferContent(ref: ContentRef): void {
  const write = ref.write.bind(ref);
  const finalize = ref.finalize.bind(ref);
  let parts: string[] = [];
  const flush = () => {
    if (parts.length === 0) return;
    write(Buffer.from(`${parts.join("\n")}\n`, "latin1"));
    parts = [];
  };
  ref.write = (chunk) => {
    if (typeof chunk === "string") parts.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  ref.finalize = () => {
    flush();
    finalize();
  };
}

export function bufferPageContent(doc: Doc): void {
  const current = (doc as unknown as { page?: { content: ContentRef } }).page;
  if (current) bufferContent(current.content);
  doc.on("pageAdded", () => bufferContent((doc as unknown as { page: { content: ContentRef } }).page.content));
}
