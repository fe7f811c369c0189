import { AutosaveEnhancer } from "@/components/scan/autosave-enhancer";
import { NoteField } from "@/components/scan/note-field";
import { ShareChoice } from "@/components/scan/share-choice";
import { privacyMinimum } from "@/lib/scan/results/snapshot-store";
import { ScanMessage } from "@/components/scan/scan-message";
import { ScanStatusNotice } from "@/components/scan/scan-status";
import { scanStatusText } from "@/lib/scan/respondent/status";
import { SELF_GRADE_FIELD, openNoteKey, revisionField } from "@/lib/scan/respondent/field-names";
import { saveClosingAction, saveShareChoiceAction } from "../actions";
import { requireScanView } from "../load";
import { Button } from "@/components/ui/button";

export default async function ClosingPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ melding?: string; gewijzigd?: string }>;
}) {
  const [query, view] = await Promise.all([searchParams, requireScanView(params)]);
  const { questionnaire, state, token } = view;
  const grades = Array.from(
    { length: questionnaire.selfGrade.max - questionnaire.selfGrade.min + 1 },
    (_, i) => questionnaire.selfGrade.min + i,
  );
  const formId = "scan-afronden";
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-6">
      <p className="text-sm font-semibold text-slate-700">
        Bijna klaar · {view.answeredCount} van {view.totalCount} stellingen beantwoord
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">Tot slot</h1>
      <ScanStatusNotice text={scanStatusText(view, { reopened: false })} />
      <p className="mt-2 text-slate-700">
        Nog een paar vragen. Ze zijn niet verplicht, maar helpen de trainer en de ervaringsdeskundige bij de voorbereiding.
      </p>
      <div className="mt-6">
        <ScanMessage code={query.melding} changed={query.gewijzigd} />
      </div>
      <form id={formId} action={saveClosingAction.bind(null, token)} className="space-y-4">
        <fieldset className="rounded-xl border border-brand-100 bg-white p-4 sm:p-5" aria-describedby="status-selfGrade">
          <legend className="float-left mb-3 w-full font-semibold text-slate-900">
            {questionnaire.selfGrade.text} <span className="font-normal text-slate-600">(niet verplicht)</span>
          </legend>
          <input
            type="hidden"
            name={revisionField(SELF_GRADE_FIELD)}
            value={view.response.selfGradeRevision}
            data-rev-for={SELF_GRADE_FIELD}
          />
          <div className="clear-both grid grid-cols-5 gap-2 sm:grid-cols-10">
            {grades.map((g) => (
              <label
                key={g}
                htmlFor={`grade-${g}`}
                className="flex min-h-11 cursor-pointer items-center justify-center gap-1 rounded-lg border border-slate-300 text-base has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input
                  id={`grade-${g}`}
                  type="radio"
                  name={SELF_GRADE_FIELD}
                  value={g}
                  defaultChecked={view.response.selfGrade === g}
                  disabled={view.isLocked}
                  className="size-4 accent-brand-700"
                />
                {g}
              </label>
            ))}
          </div>
          <p id="status-selfGrade" className="mt-2 min-h-5 text-sm text-slate-700" data-status-for={SELF_GRADE_FIELD} />
        </fieldset>
        {questionnaire.openQuestions.length > 0 ? (
          <ShareChoice checked={view.response.shareTextWithEmployer} disabled={view.isLocked} minimum={privacyMinimum()} />
        ) : null}
        {questionnaire.openQuestions.map((q) => (
          <NoteField
            key={q.key}
            noteKey={openNoteKey(q.key)}
            label={q.text}
            current={state.notes[openNoteKey(q.key)]}
            disabled={view.isLocked}
          />
        ))}
        <div className="flex flex-wrap items-center justify-between gap-3 pt-2">
          <Button type="submit" name="intent" value="review" size="lg" className="order-2" disabled={view.isLocked}>
            Opslaan en controleren
          </Button>
          <Button type="submit" name="intent" value="prev" variant="secondary" size="lg" className="order-1" disabled={view.isLocked}>
            Vorige
          </Button>
        </div>
        {view.isLocked ? null : <AutosaveEnhancer formId={formId} token={token} onShareChoice={saveShareChoiceAction.bind(null, token)} />}
      </form>
    </main>
  );
}
