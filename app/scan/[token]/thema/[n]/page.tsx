import { notFound } from "next/navigation";
import { AutosaveEnhancer } from "@/components/scan/autosave-enhancer";
import { NoteField } from "@/components/scan/note-field";
import { ShareChoice } from "@/components/scan/share-choice";
import { privacyMinimum } from "@/lib/scan/results/snapshot-store";
import { ScanProgress } from "./_components/progress";
import { ScanMessage } from "@/components/scan/scan-message";
import { StatementFieldset } from "./_components/statement-fieldset";
import { themeNoteKey } from "@/lib/scan/respondent/field-names";
import { saveShareChoiceAction, saveThemeAction } from "../../actions";
import { ScanStatusNotice } from "@/components/scan/scan-status";
import { scanStatusText } from "@/lib/scan/respondent/status";
import { FocusStatement } from "./_components/focus-statement";
import { requireScanView } from "../../load";
import { Button, LinkButton } from "@/components/ui/button";

export default async function ThemePage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string; n: string }>;
  searchParams: Promise<{ melding?: string; gewijzigd?: string }>;
}) {
  const [{ n }, query, view] = await Promise.all([params, searchParams, requireScanView(params)]);
  const { questionnaire, state, token } = view;
  const count = questionnaire.themes.length;
  const index = n === "last" ? count - 1 : Number(n) - 1;
  const theme = Number.isInteger(index) ? questionnaire.themes[index] : undefined;
  if (!theme) notFound();
  const options = [...questionnaire.scale.options, { value: "dontKnow" as const, label: questionnaire.scale.dontKnow.label }];
  // A repeated ?gewijzigd= arrives as an array: String() joins it instead of failing on .split.
  const changed = new Set(String(query.gewijzigd ?? "").split(","));
  const firstNumber = questionnaire.themes.slice(0, index).reduce((acc, t) => acc + t.items.length, 1);
  const formId = "scan-thema";
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-6">
      <ScanProgress current={index + 1} total={count} answered={view.answeredCount} totalItems={view.totalCount} />
      <h1 className="text-2xl font-bold text-brand-800">{theme.title}</h1>
      <ScanStatusNotice text={scanStatusText(view, { reopened: false })} />
      <p className="mt-2 text-slate-700">
        Geef bij elke stelling aan in hoeverre die klopt voor uw organisatie, zoals het nu in de praktijk gaat.
      </p>
      <div className="mt-6">
        <ScanMessage code={query.melding} changed={query.gewijzigd} />
      </div>
      <form id={formId} action={saveThemeAction.bind(null, token, index)} className="space-y-4">
        {theme.items.map((item, i) => (
          <StatementFieldset
            key={item.key}
            item={item}
            number={firstNumber + i}
            options={options}
            current={state.answers[item.key]}
            disabled={view.isLocked}
            highlight={changed.has(item.key) ? "Dit antwoord was intussen elders gewijzigd; dit is het bewaarde antwoord." : undefined}
          />
        ))}
        <ShareChoice checked={view.response.shareTextWithEmployer} disabled={view.isLocked} minimum={privacyMinimum()} />
        <NoteField
          noteKey={themeNoteKey(theme.key)}
          label={questionnaire.themeQuestion}
          current={state.notes[themeNoteKey(theme.key)]}
          disabled={view.isLocked}
        />
        <div className="flex flex-wrap items-center justify-between gap-3 pt-2">
          {view.isLocked ? (
            <>
              <LinkButton href={index === 0 ? `/scan/${token}` : `/scan/${token}/thema/${index}`} variant="secondary" size="lg">
                Vorige
              </LinkButton>
              {index + 1 < count ? (
                <LinkButton href={`/scan/${token}/thema/${index + 2}`} size="lg">
                  Volgende
                </LinkButton>
              ) : null}
            </>
          ) : (
            <>
              {/* "verder" first in the DOM: Enter in the form must never mean "back" */}
              <Button type="submit" name="intent" value="next" size="lg" className="order-2">
                Opslaan en verder
              </Button>
              <Button type="submit" name="intent" value="prev" variant="secondary" size="lg" className="order-1">
                Vorige
              </Button>
            </>
          )}
        </div>
        {view.isLocked ? null : <AutosaveEnhancer formId={formId} token={token} onShareChoice={saveShareChoiceAction.bind(null, token)} />}
      </form>
      <FocusStatement />
    </main>
  );
}
