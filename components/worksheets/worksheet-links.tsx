import type { WorksheetLink } from "@/lib/worksheets/links";

// "Werkblad: Terugvalpreventieplan (PDF, Word)": the worksheets that support an oplossingsrichting, an
// afspraak or a step, each with its two downloads. Nothing when there are none. Plain links (no
// JavaScript): the browser downloads the file.

const link = "font-medium text-brand-700 underline underline-offset-4";

export function WorksheetLinks({ links, className = "" }: { links: readonly WorksheetLink[]; className?: string }) {
  if (links.length === 0) return null;
  return (
    <ul className={`space-y-1 text-sm text-slate-700 ${className}`} data-testid="worksheet-links">
      {links.map((w) => (
        <li key={w.key}>
          Werkblad: {w.title} (
          <a href={w.pdf} download className={link} aria-label={`Werkblad ${w.title} als pdf`}>
            PDF
          </a>
          ,{" "}
          <a href={w.docx} download className={link} aria-label={`Werkblad ${w.title} als Word-bestand`}>
            Word
          </a>
          )
        </li>
      ))}
    </ul>
  );
}
