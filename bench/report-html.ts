// Benchmark only: the same ReportModel as a print-styled HTML page, so Chromium's page.pdf() can be
// compared with the pdfkit renderer on equal content (cover, guide, summary chart, 9 themes with
// statement tables, aandachtspunten, gedragscode, next steps, contact, appendix).
import type { GradeChartModel, LabelValue, ReportModel, StatementModel } from "../lib/report/types";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const BAND_FILL: Record<string, string> = {
  ontwikkelpunt: "#f4f1ea",
  "op weg": "#e6eef4",
  "stevige basis": "#d2e2ec",
  "sterk punt": "#bad3e2",
};
const ANSWER_FILL = ["#dde6ee", "#b3c8d8", "#7fa3bd", "#4a7b9d", "#1d4e6f", "#b8c2cc"];

const CSS = `
@page { size: A4; margin: 26mm 22mm 25mm 22mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #1f2933; line-height: 1.4; margin: 0; }
h1 { font-size: 20pt; color: #1d3a5f; break-before: page; margin: 0 0 12pt; }
h2 { font-size: 14pt; color: #1d3a5f; margin: 16pt 0 6pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
.cover { background: #1d3a5f; color: #fff; margin: -26mm -22mm 0; padding: 40mm 22mm 20mm; }
.cover h1 { color: #fff; font-size: 28pt; break-before: avoid; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; vertical-align: top; padding: 3pt 6pt 3pt 0; border-bottom: 0.5pt solid #cfd8e3; }
th { color: #52606d; }
.figures { display: flex; gap: 8pt; } .figures div { flex: 1; background: #f2f6f9; padding: 6pt 8pt; }
.figures small { display: block; color: #52606d; font-size: 7.5pt; } .figures b { font-size: 13pt; color: #1d3a5f; }
.theme { break-before: page; } .badge { float: right; padding: 4pt 10pt; font-weight: bold; }
.dist { display: flex; width: 100pt; height: 10pt; } .dist span { display: block; height: 10pt; font-size: 6.5pt; text-align: center; }
blockquote { background: #f2f6f9; border-left: 3pt solid #1f6f8b; margin: 6pt 0; padding: 6pt 12pt; font-style: italic; }
.muted { color: #52606d; font-size: 8.5pt; } .keep { break-inside: avoid; }
`;

function rows(items: LabelValue[]): string {
  return `<table>${items.map((r) => `<tr><th scope="row">${esc(r.label)}</th><td>${esc(r.value)}</td></tr>`).join("")}</table>`;
}

function chartSvg(c: GradeChartModel): string {
  const W = 470,
    L = 150,
    P = 230,
    R = 22;
  const x = (v: number) => L + ((v - c.min) / (c.max - c.min)) * P;
  const zones = c.zones
    .map((z) => `<rect x="${x(z.from)}" y="0" width="${x(z.to) - x(z.from)}" height="${c.bars.length * R}" fill="${BAND_FILL[z.band]}"/>`)
    .join("");
  const bars = c.bars
    .map(
      (b, i) =>
        `<text x="0" y="${i * R + 14}" font-size="8.5">${esc(b.label)}</text>` +
        (b.value === null ? "" : `<rect x="${L}" y="${i * R + 5}" width="${x(b.value) - L}" height="11" fill="#1f6f8b"/>`) +
        `<text x="${L + P + 8}" y="${i * R + 14}" font-size="8.5" font-weight="bold">${esc(b.valueLabel)} ${esc(b.bandLabel ?? "")}</text>`,
    )
    .join("");
  const marks = c.markers
    .map(
      (m) =>
        `<line x1="${x(m.value)}" x2="${x(m.value)}" y1="0" y2="${c.bars.length * R}" stroke="#1d3a5f" stroke-width="1.4"${m.style === "dashed" ? ' stroke-dasharray="3 2"' : ""}/>`,
    )
    .join("");
  return `<svg role="img" aria-label="${esc(c.alt)}" width="${W}" height="${c.bars.length * R + 10}" viewBox="0 0 ${W} ${c.bars.length * R + 10}">${zones}${bars}${marks}</svg>`;
}

function dist(s: StatementModel): string {
  const counts = [...s.distribution, s.dontKnow];
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  return `<div class="dist">${counts.map((n, i) => (n ? `<span style="width:${(100 * n) / total}%;background:${ANSWER_FILL[i]}">${n}</span>` : "")).join("")}</div>`;
}

export function buildReportHtml(m: ReportModel): string {
  const t = (key: string) => m.sections.find((s) => s.key === key)?.title ?? key;
  const out: string[] = [];
  out.push(
    `<!doctype html><html lang="nl-NL"><head><meta charset="utf-8"><title>${esc(m.meta.title)}</title><style>${CSS}</style></head><body>`,
  );
  out.push(
    `<section class="cover"><p>${esc(m.cover.kicker.toUpperCase())}</p><h1>${esc(m.cover.title)}</h1><p><b>${esc(m.cover.employerName)}</b></p></section>`,
  );
  out.push(rows(m.cover.rows), `<p>${esc(m.cover.note)}</p>`);
  out.push(`<h1>${esc(t("leeswijzer"))}</h1>`, ...m.reading.paragraphs.map((p) => `<p>${esc(p)}</p>`));
  out.push(`<h2>De antwoordschaal</h2>`, rows(m.reading.scale), `<h2>Vier niveaus</h2>`);
  out.push(
    `<table>${m.reading.bands.map((b) => `<tr><th style="background:${BAND_FILL[b.band]}">${esc(b.label)}<br><span class="muted">${esc(b.range)}</span></th><td>${esc(b.meaning)}</td></tr>`).join("")}</table>`,
  );
  out.push(`<h1>${esc(t("samenvatting"))}</h1>`, ...m.summary.paragraphs.map((p) => `<p>${esc(p)}</p>`));
  out.push(
    `<div class="figures">${m.summary.keyFigures.map((f) => `<div><small>${esc(f.label)}</small><b>${esc(f.value)}</b></div>`).join("")}</div>`,
  );
  out.push(
    `<ul>${m.summary.signals.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>`,
    m.summary.chart ? `<h2>Rapportcijfer per thema</h2>${chartSvg(m.summary.chart)}` : "",
  );
  out.push(
    `<h2>Belangrijkste aandachtspunten</h2><ol>${m.summary.topAandachtspunten.map((a) => `<li><b>${esc(a.themeTitle)}</b><br>${esc(a.reasons)}</li>`).join("")}</ol>`,
  );
  out.push(`<h1>${esc(t("themas"))}</h1>`);
  for (const th of m.themes) {
    out.push(
      `<section class="theme"><div class="badge" style="background:${th.band ? BAND_FILL[th.band] : "#f2f6f9"}">${esc(th.grade ?? "–")}<br>${esc(th.bandLabel ?? "")}</div><h2>${th.number}. ${esc(th.title)}</h2>`,
    );
    out.push(
      `<div class="figures">${th.keyFigures.map((f) => `<div><small>${esc(f.label)}</small><b>${esc(f.value)}</b></div>`).join("")}</div>`,
    );
    out.push(`<ul>${th.signals.map((s) => `<li>${esc(s)}</li>`).join("")}</ul><h3>Stellingen</h3>`);
    out.push(
      `<table><tr><th>Nr.</th><th>Stelling</th><th>Antwoorden</th><th>Gem.</th></tr>${th.statements.map((s) => `<tr class="keep"><td><b>${esc(s.key)}</b><br><span class="muted">${esc(s.kindLabel)}</span></td><td>${esc(s.text)}</td><td>${dist(s)}</td><td><b>${esc(s.mean)}</b></td></tr>`).join("")}</table>`,
    );
    if (th.reflections.length)
      out.push(
        `<h3>Reflecties uit het traject</h3>`,
        ...th.reflections.map(
          (r) =>
            `<blockquote>${r.about ? `<p class="muted">${esc(r.about)}</p>` : ""}<p>${esc(r.body)}</p><p>— ${esc(r.author)}</p></blockquote>`,
        ),
      );
    if (th.comments.length)
      out.push(`<h3>Wat zou helpen om één punt hoger te scoren?</h3><ul>${th.comments.map((c) => `<li>“${esc(c)}”</li>`).join("")}</ul>`);
    out.push(`</section>`);
  }
  out.push(`<h1>${esc(t("aandachtspunten"))}</h1><p>${esc(m.aandachtspuntenIntro)}</p>`);
  m.aandachtspunten.forEach((ap, i) => {
    out.push(
      `<section class="keep"><h2>${i + 1}. ${esc(ap.themeTitle)}</h2><ul>${ap.reasons.map((r) => `<li><b>${esc(r.label)}</b><br>${esc(r.explanation)}</li>`).join("")}</ul>`,
    );
    out.push(
      `<h3>Stellingen om mee te beginnen</h3><ul>${ap.focusItems.map((f) => `<li>${esc(f.key)} ${esc(f.text)} (gemiddeld ${esc(f.mean)})</li>`).join("")}</ul>`,
    );
    out.push(
      `<h3>Oplossingsrichtingen</h3>${ap.solutions.map((s) => `<p><b>${esc(s.title)}</b><br><span class="muted">${esc(s.description)}</span></p>`).join("")}</section>`,
    );
  });
  if (m.gedragscode) {
    const g = m.gedragscode;
    out.push(`<h1>${esc(t("gedragscode"))}</h1><p><b>${esc(g.statusLabel.toUpperCase())}</b><br>${esc(g.statusLine)}</p>`);
    for (const s of g.sections)
      out.push(
        `<h2>${esc(s.title)}</h2>${s.intro ? `<p>${esc(s.intro)}</p>` : ""}`,
        ...s.clauses.map((c) => `<h3>${esc(c.title)}</h3><p>${esc(c.body)}</p><p class="muted">${esc(c.details.join(" · "))}</p>`),
      );
  }
  if (m.nextSteps)
    out.push(
      `<h1>${esc(t("vervolgstappen"))}</h1><p>${esc(m.nextSteps.intro)}</p><ol>${m.nextSteps.steps.map((s) => `<li><b>${esc(s.text)}</b><br>${esc(s.details ?? "")}</li>`).join("")}</ol>`,
    );
  out.push(`<h2>${esc(t("contact"))}</h2>`, ...m.contact.paragraphs.map((p) => `<p>${esc(p)}</p>`), rows(m.contact.rows));
  out.push(`<h1>${esc(t("bijlage"))}</h1>`, rows(m.appendix.rows), `<h2>Thema’s in deze vragenlijst</h2>`, rows(m.appendix.themes));
  out.push(`<h2>Zo is gerekend</h2>`, ...m.appendix.paragraphs.map((p) => `<p>${esc(p)}</p>`), `</body></html>`);
  return out.join("\n");
}

/** Running header and "pagina x van y" for page.pdf(), like the pdfkit version. */
export function headerFooter(m: ReportModel): { headerTemplate: string; footerTemplate: string } {
  const style = `font-family:'DejaVu Sans',sans-serif;font-size:7.5pt;color:#52606d;width:100%;margin:0 22mm;`;
  return {
    headerTemplate: `<div style="${style}">${esc(m.runningHeader)}</div>`,
    footerTemplate: `<div style="${style}text-align:right">pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>`,
  };
}
