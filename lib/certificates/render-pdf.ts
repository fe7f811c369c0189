// The certificate as a tagged, printable A4 PDF (nl-NL, PDF/UA declared by lib/pdf/document): who, which
// cohort (or "overgenomen"), when, who issued it, and the verification code with a QR code of the public
// check page. Pure rendering of a plain model: lib/certificates/queries.ts gathers it.
import QRCode from "qrcode";
import { formatDate } from "@/lib/dates";
import { drawTable } from "@/lib/pdf/blocks";
import { createTaggedDocument } from "@/lib/pdf/document";
import { FONT } from "@/lib/pdf/fonts";
import { COLOR, CONTENT_WIDTH, PAGE, SIZE } from "@/lib/pdf/style";
import type { Writer } from "@/lib/pdf/writer";
import { formatCertificateCode } from "./code";
import { cohortText } from "./labels";

export interface CertificatePdfModel {
  name: string;
  cohortName: string | null;
  takenOver: boolean;
  issuedAt: Date;
  issuedByName: string;
  code: string;
  /** the programme's and the organisation's names (ADR 025) */
  programme: string;
  organisation: string;
  /** the public check page of this certificate: `${APP_URL}/certificaat/<code>` */
  checkUrl: string;
  /** where to type the code: `${APP_URL}/certificaat` */
  checkPage: string;
  /** revoked certificates are still downloadable by the admin, marked as such */
  revokedAt: Date | null;
}

const QR_SIZE = 128;

export async function renderCertificatePdf(m: CertificatePdfModel): Promise<Buffer> {
  const { doc, w, done } = createTaggedDocument({
    title: `Certificaat ervaringsdeskundige – ${m.name}`,
    author: m.organisation,
    subject: "Certificaat van de training voor ervaringsdeskundigen",
    keywords: `${m.programme}, certificaat, ervaringsdeskundige`,
    lang: "nl-NL",
  });
  const sect = w.section(w.root);
  w.heading(sect, 1, "Certificaat ervaringsdeskundige");
  w.paragraph(sect, `${m.programme} · ${m.organisation}`, { color: COLOR.muted, gapAfter: 24 });
  w.paragraph(sect, m.name, { font: FONT.bold, size: 18, color: COLOR.heading, gapAfter: 10 });
  w.paragraph(
    sect,
    m.takenOver
      ? `was al gecertificeerd als ervaringsdeskundige van ${m.programme} voordat certificaten in de app werden uitgegeven. Dit certificaat neemt die certificering over.`
      : `heeft de training voor ervaringsdeskundigen van ${m.programme} afgerond in cohort ${m.cohortName ?? "–"}.`,
    { gapAfter: 18 },
  );
  if (m.revokedAt)
    w.paragraph(sect, `Let op: dit certificaat is ingetrokken op ${formatDate(m.revokedAt)} en is niet meer geldig.`, {
      font: FONT.bold,
      gapAfter: 12,
    });
  drawTable(
    w,
    sect,
    [
      { label: "Naam", value: m.name },
      { label: "Cohort", value: cohortText(m) },
      { label: "Datum", value: formatDate(m.issuedAt) },
      { label: "Uitgegeven door", value: m.issuedByName },
      { label: "Controlecode", value: formatCertificateCode(m.code) },
    ],
    { labelWidth: 130 },
  );

  const check = w.section(sect);
  w.heading(check, 2, "Dit certificaat controleren", { keep: QR_SIZE + 20 });
  w.paragraph(
    check,
    `Scan de QR-code, of ga naar ${m.checkPage} en vul de controlecode ${formatCertificateCode(m.code)} in. De pagina laat alleen de naam, het cohort en de datum zien.`,
    { gapAfter: 10 },
  );
  w.ensure(QR_SIZE + 10);
  const top = w.y;
  drawQr(w, check, m.checkUrl, PAGE.marginX, top);
  w.y = top + QR_SIZE + 10;

  w.artifact(() => {
    w.write(`Uitgegeven op ${formatDate(m.issuedAt)}`, PAGE.marginX, PAGE.height - 44, {
      size: SIZE.tiny,
      color: COLOR.muted,
      width: CONTENT_WIDTH,
      noWrap: true,
    });
  }, "Pagination");
  doc.end();
  return done;
}

/** The QR code as filled squares in one path, tagged as a Figure with its address as alt text. */
function drawQr(w: Writer, parent: PDFKit.PDFStructureElement, url: string, x: number, y: number) {
  const { doc } = w;
  const qr = QRCode.create(url, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  const cell = QR_SIZE / (size + 2); // a quiet zone of one module on each side
  w.tagged(
    parent,
    "Figure",
    () => {
      for (let r = 0; r < size; r++)
        for (let c = 0; c < size; c++) if (qr.modules.get(r, c)) doc.rect(x + (c + 1) * cell, y + (r + 1) * cell, cell, cell);
      doc.fill("#000000");
    },
    {
      alt: `QR-code naar de controlepagina van dit certificaat: ${url}`,
      bbox: [x, y, x + QR_SIZE, y + QR_SIZE],
      placement: "Block",
    },
  );
}
