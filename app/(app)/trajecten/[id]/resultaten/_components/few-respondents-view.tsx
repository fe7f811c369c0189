// The employer's results below the minimum (docs/privacy.md#minimum): no figure at all, since with one
// respondent every figure is that person's and with two either can subtract their own. What remains:
// how many answered, that the tandem discusses the outcomes in the session, and the aandachtspunten by
// name, alphabetical, without grades, reasons or ranking (the list arrives sorted).
import { AnnotationList, type AnnotationView } from "./annotation-list";
import { fewRespondentsNote } from "@/lib/scan/results/privacy-texts";

export function FewRespondentsView({
  respondents,
  minimum,
  aandachtspunten,
  annotations,
}: {
  respondents: number;
  minimum: number;
  aandachtspunten: { key: string; title: string }[];
  annotations: AnnotationView[];
}) {
  return (
    <>
      <section aria-labelledby="totaalbeeld" className="mt-8 max-w-3xl space-y-4">
        <h2 id="totaalbeeld" className="text-2xl font-semibold text-brand-800">
          Totaalbeeld
        </h2>
        <p className="text-slate-700">{respondents === 1 ? "Eén persoon vulde de scan in." : `${respondents} mensen vulden de scan in.`}</p>
        <p className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-slate-800">{fewRespondentsNote(minimum)}</p>
      </section>
      <section aria-labelledby="aandachtspunten" className="mt-12 max-w-3xl space-y-4">
        <h2 id="aandachtspunten" className="text-2xl font-semibold text-brand-800">
          Aandachtspunten
        </h2>
        {aandachtspunten.length > 0 ? (
          <>
            <p className="text-slate-700">
              Deze thema’s zijn aandachtspunten. Ze staan op alfabetische volgorde, zonder cijfers of rangorde.
            </p>
            <ul className="list-disc space-y-1 pl-6 text-slate-800">
              {aandachtspunten.map((ap) => (
                <li key={ap.key}>{ap.title}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-slate-700">Er zijn geen aandachtspunten te noemen.</p>
        )}
      </section>
      {annotations.length > 0 ? (
        <section aria-labelledby="reflecties" className="mt-12 max-w-3xl space-y-4">
          <h2 id="reflecties" className="text-2xl font-semibold text-brand-800">
            Reflecties
          </h2>
          <AnnotationList annotations={annotations} />
        </section>
      ) : null}
    </>
  );
}
