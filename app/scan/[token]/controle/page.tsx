import Link from "next/link";
import { ScanMessage } from "@/components/scan/scan-message";
import { openStatements } from "@/lib/scan/scoring/open-statements";
import { submitScanAction } from "../actions";
import { requireScanView } from "../load";
import { Button } from "@/components/ui/button";

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ melding?: string }>;
}) {
  const [query, view] = await Promise.all([searchParams, requireScanView(params)]);
  const { questionnaire, state, token } = view;
  const open = openStatements(questionnaire, new Set(Object.keys(state.answers)));
  const openCount = open.reduce((n, t) => n + t.missing.length, 0);
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-6">
      <h1 className="text-2xl font-bold text-brand-800">Controleren en versturen</h1>
      <div className="mt-6">
        <ScanMessage code={query.melding} />
      </div>
      {openCount === 0 ? (
        <p className="text-slate-800">
          Alle {view.totalCount} stellingen zijn beantwoord. Na het versturen kunt u uw antwoorden niet meer wijzigen.
        </p>
      ) : (
        <>
          <p className="text-slate-800">
            {openCount === 1 ? "Er staat nog 1 stelling open." : `Er staan nog ${openCount} stellingen open.`} Kies bij elke stelling een
            antwoord; &lsquo;Weet ik niet&rsquo; mag ook.
          </p>
          <ul className="mt-4 space-y-3" data-testid="open-statements">
            {open.map(({ index, theme, missing }) => (
              <li key={theme.key} className="rounded-lg border border-brand-100 bg-white p-4">
                <Link href={`/scan/${token}/thema/${index + 1}`} className="font-semibold text-brand-800 underline">
                  {theme.title}
                </Link>
                <span className="text-slate-700"> · {missing.length} open</span>
                <ul className="mt-2 list-disc pl-5 text-sm text-slate-700">
                  {missing.map((item) => (
                    <li key={item.key}>{item.text}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-6 text-sm text-slate-700">
        {view.response.selfGrade
          ? `Uw rapportcijfer: ${view.response.selfGrade}.`
          : "U heeft (nog) geen rapportcijfer gegeven; dat is niet verplicht."}{" "}
        <Link href={`/scan/${token}/afronden`} className="text-brand-800 underline">
          Terug naar de laatste vragen
        </Link>
      </p>
      {view.isLocked ? null : (
        <form action={submitScanAction.bind(null, token)} className="mt-8">
          <Button type="submit" size="lg" disabled={openCount > 0}>
            Scan versturen
          </Button>
        </form>
      )}
    </main>
  );
}
