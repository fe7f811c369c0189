import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listWorksheetsForActor } from "@/lib/worksheets/files";
import { WORKSHEET_FOOTER, WORKSHEET_NOT_IN_APP } from "@/lib/worksheets/texts";

export const metadata: Metadata = { title: "Werkbladen" };

const link = "font-medium text-brand-700 underline underline-offset-4";

// The four worksheets to download (docs/method.md#werkbladen). The page only hands them out: what is
// written on them stays on paper or in the employer's own systems.
export default async function WorksheetsPage() {
  const actor = await requireActorPage("worksheets:read");
  const sheets = listWorksheetsForActor(actor);
  return (
    <>
      <PageHeader
        title="Werkbladen"
        intro="Praktische hulpmiddelen die werkgevers houvast geven: samen met een medewerker invullen en af en toe samen terugkijken. De tandem kan ze in de bijeenkomsten laten zien; de oplossingsrichtingen en de afspraken in de gedragscode verwijzen ernaar."
      />
      <p className="mb-6 max-w-3xl rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-slate-800" data-testid="not-in-app">
        <strong>{WORKSHEET_NOT_IN_APP}</strong> {WORKSHEET_FOOTER}
      </p>
      <ul className="grid gap-4 md:grid-cols-2" data-testid="worksheets">
        {sheets.map((s) => (
          <li key={s.key} className="rounded-xl border border-brand-100 bg-white p-5">
            <h2 className="text-lg font-semibold text-brand-800">{s.title}</h2>
            <p className="mt-2 text-slate-700">{s.purpose}</p>
            <p className="mt-3 flex flex-wrap gap-x-5 gap-y-1">
              <a href={s.pdf} download className={link} aria-label={`${s.title} downloaden als pdf`}>
                Downloaden als pdf
              </a>
              <a href={s.docx} download className={link} aria-label={`${s.title} downloaden als Word-bestand`}>
                Downloaden als Word-bestand
              </a>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
