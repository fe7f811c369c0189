import Link from "next/link";
import { ScanMessage } from "@/components/scan/scan-message";
import { ScanStatusNotice } from "@/components/scan/scan-status";
import { scanStatusText } from "@/lib/scan/respondent/status";
import { openNoteKey } from "@/lib/scan/respondent/field-names";
import { themeHref } from "@/lib/scan/respondent/resume";
import { noteText, reviewThemes } from "@/lib/scan/respondent/review";
import { privacyMinimum } from "@/lib/scan/results/snapshot-store";
import { submitScanAction } from "../actions";
import { requireScanView } from "../load";
import { Button } from "@/components/ui/button";
import { HEALTH_CONFIRM_FIELD, HEALTH_CONFIRM_VALUE } from "@/lib/health-check/texts";

const LINK = "font-semibold text-brand-800 underline underline-offset-4";
const NOT_YET = "Nog niet beantwoord";
const NOT_GIVEN = "Niet ingevuld (dat hoeft ook niet)";

/** One question and the respondent's answer, in the page's definition lists. */
function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-brand-100 py-3 first:border-t-0">
      <dt className="text-slate-900">{term}</dt>
      <dd className="mt-1 font-semibold text-slate-900">{children}</dd>
    </div>
  );
}

// "Controleren en versturen": every answer per theme in words, with a way back to change it, before
// the respondent sends the scan. A sent or closed scan shows the same overview, read-only. Sending
// with open statements stays refused (lib/scan/respondent/forms.ts submitScan): the open ones are
// listed first, each linked to its statement.
export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ melding?: string }>;
}) {
  const [query, view] = await Promise.all([searchParams, requireScanView(params)]);
  const { questionnaire, state, token } = view;
  const themes = reviewThemes(questionnaire, state);
  const openCount = themes.reduce((n, t) => n + t.open, 0);
  const canChange = !view.isLocked;
  const openAnswers = questionnaire.openQuestions.map((q) => ({
    key: q.key,
    label: q.text,
    text: noteText(state.notes, openNoteKey(q.key)),
  }));
  const hasTexts = themes.some((t) => t.note) || openAnswers.some((q) => q.text);
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-6">
      <h1 className="text-2xl font-bold text-brand-800">{canChange ? "Controleren en versturen" : "Uw antwoorden"}</h1>
      <ScanStatusNotice text={scanStatusText(view)} />
      <div className="mt-6">
        <ScanMessage code={query.melding} />
      </div>
      {canChange && openCount === 0 ? (
        <p className="text-slate-800" data-testid="review-summary">
          Alle {view.totalCount} stellingen zijn beantwoord. Kijk uw antwoorden hieronder nog eens na; na het versturen kunt u ze niet meer
          wijzigen.
        </p>
      ) : null}
      {canChange && openCount > 0 ? (
        <div data-testid="review-summary">
          <p className="text-slate-800">
            U heeft {view.answeredCount} van de {view.totalCount} stellingen beantwoord.{" "}
            {openCount === 1 ? "Er staat nog 1 stelling open" : `Er staan nog ${openCount} stellingen open`}: kies ook daar een antwoord;
            &lsquo;Weet ik niet&rsquo; mag ook. Daarna kunt u de scan versturen.
          </p>
          <ul className="mt-4 space-y-3" data-testid="open-statements">
            {themes
              .filter((t) => t.open > 0)
              .map((t) => (
                <li key={t.key} className="rounded-lg border border-brand-100 bg-white p-4">
                  <span className="font-semibold text-slate-900">{t.title}</span>
                  <span className="text-slate-700"> · {t.open} open</span>
                  <ul className="mt-2 list-disc space-y-1 pl-5">
                    {t.items
                      .filter((i) => i.answer === null)
                      .map((i) => (
                        <li key={i.key}>
                          <a href={themeHref(token, t.index, i.key)} className="text-brand-800 underline underline-offset-4">
                            {i.text}
                          </a>
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
          </ul>
        </div>
      ) : null}

      {themes.map((t) => (
        <section key={t.key} aria-labelledby={`thema-${t.key}`} className="mt-8" data-testid={`review-theme-${t.key}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 id={`thema-${t.key}`} className="text-lg font-semibold text-brand-800">
              <span className="block text-sm font-normal text-slate-700">Thema {t.index + 1}</span>
              {t.title}
            </h2>
            {canChange ? (
              <a href={themeHref(token, t.index)} className={LINK}>
                Wijzigen
                <span className="sr-only">
                  {" "}
                  (thema {t.index + 1}: {t.title})
                </span>
              </a>
            ) : null}
          </div>
          <dl className="mt-2 rounded-xl border border-brand-100 bg-white px-4">
            {t.items.map((i) => (
              <Row key={i.key} term={i.text}>
                {i.answer ?? (
                  <>
                    <span className="font-normal text-slate-700 italic">{NOT_YET}</span>
                    {canChange ? (
                      <>
                        {" · "}
                        <a href={themeHref(token, t.index, i.key)} className={LINK}>
                          Nu beantwoorden<span className="sr-only">: {i.text}</span>
                        </a>
                      </>
                    ) : null}
                  </>
                )}
              </Row>
            ))}
            {t.note ? (
              <Row term={questionnaire.themeQuestion}>
                <span className="font-normal whitespace-pre-line">{t.note}</span>
              </Row>
            ) : null}
          </dl>
        </section>
      ))}

      <section aria-labelledby="tot-slot" className="mt-8" data-testid="review-closing">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="tot-slot" className="text-lg font-semibold text-brand-800">
            Tot slot
          </h2>
          {canChange ? (
            <Link href={`/scan/${token}/afronden`} className={LINK}>
              Wijzigen<span className="sr-only"> (tot slot)</span>
            </Link>
          ) : null}
        </div>
        <dl className="mt-2 rounded-xl border border-brand-100 bg-white px-4">
          <Row term={questionnaire.selfGrade.text}>{view.response.selfGrade ?? <span className="font-normal">{NOT_GIVEN}</span>}</Row>
          {openAnswers.map((q) => (
            <Row key={q.key} term={q.label}>
              <span className="font-normal whitespace-pre-line">{q.text ?? NOT_GIVEN}</span>
            </Row>
          ))}
          {hasTexts ? (
            <Row term="Wie leest uw toelichtingen?">
              <span className="font-normal">
                {view.response.shareTextWithEmployer
                  ? `De trainer en de ervaringsdeskundige, zonder uw naam. U heeft aangegeven dat ook de werkgever ze zonder naam mag lezen, als de scan gesloten is en minstens ${privacyMinimum()} mensen hem hebben ingevuld.`
                  : "De trainer en de ervaringsdeskundige, zonder uw naam. De werkgever ziet ze niet."}
              </span>
            </Row>
          ) : null}
        </dl>
      </section>

      {canChange ? (
        <form action={submitScanAction.bind(null, token)} className="mt-8 flex flex-wrap gap-3">
          <Button type="submit" size="lg" disabled={openCount > 0}>
            Scan versturen
          </Button>
          {/* after the health-data check's question: send as it is (after the main button: Enter never picks it) */}
          {query.melding === "gezondheid" && openCount === 0 ? (
            <Button type="submit" size="lg" variant="secondary" name={HEALTH_CONFIRM_FIELD} value={HEALTH_CONFIRM_VALUE}>
              Toch versturen
            </Button>
          ) : null}
        </form>
      ) : null}
    </main>
  );
}
