// One theme: grade and band in words, key figures and signals, the statements, the expert's
// reflections, the anonymous "one point higher" comments and (trainer/expert only) answers per respondent.
import { BAND_DESCRIPTIONS } from "@/lib/scan/scoring/bands";
import type { ItemStatistics, QuestionnaireTheme, ThemeResult } from "@/lib/scan/scoring/types";
import { AnnotationList, type AnnotationView } from "./annotation-list";
import { GradeBadge } from "./bands";
import { PerRespondentTable, type RespondentAnswers } from "./per-respondent-table";
import { StatementsTable } from "./statements-table";
import { ThemeFigures } from "./theme-figures";

interface Props {
  theme: QuestionnaireTheme;
  number: number;
  result: ThemeResult | undefined;
  stats: Map<string, ItemStatistics>;
  scaleLabels: string[];
  themeQuestion: string;
  annotations: AnnotationView[];
  /** the expert's own tools (write and edit reflections), rendered below the reflections */
  annotationTools?: React.ReactNode;
  /** edit controls for one reflection (the signed-in expert's own notes) */
  renderAnnotationEditor?: (annotation: AnnotationView) => React.ReactNode;
  comments: string[];
  /** who the comments come from, in the reader's terms */
  commentsNote?: string;
  perRespondent: RespondentAnswers[] | null;
  /** shown instead of the statements table when statement figures are withheld (few respondents) */
  statementsNote?: string | null;
}

export function ThemeSection({
  theme,
  number,
  result,
  stats,
  scaleLabels,
  themeQuestion,
  annotations,
  comments,
  commentsNote = "Antwoorden van respondenten, zonder naam.",
  perRespondent,
  statementsNote,
  annotationTools,
  renderAnnotationEditor,
}: Props) {
  const headingId = `thema-${theme.key}`;
  return (
    <section aria-labelledby={headingId} className="space-y-5 rounded-xl border border-brand-100 bg-white p-4 sm:p-6">
      <header className="space-y-2">
        <h3 id={headingId} className="scroll-mt-4 text-xl font-semibold text-brand-800">
          {number}. {theme.title}
        </h3>
        <div className="flex flex-wrap items-center gap-3">
          <GradeBadge value={result?.grade ?? null} band={result?.band ?? null} size="lg" />
          {result?.band ? <p className="text-slate-700">{BAND_DESCRIPTIONS[result.band]}</p> : null}
        </div>
      </header>

      <ThemeFigures result={result} />

      <div className="space-y-2">
        <h4 className="font-semibold text-slate-800">Stellingen</h4>
        {statementsNote ? (
          <p className="text-slate-700">{statementsNote}</p>
        ) : (
          <StatementsTable theme={theme} stats={stats} scaleLabels={scaleLabels} />
        )}
      </div>

      {annotations.length > 0 ? (
        <div className="space-y-2">
          <h4 className="font-semibold text-slate-800">Reflectie van de ervaringsdeskundige</h4>
          <AnnotationList annotations={annotations} theme={theme} renderEditor={renderAnnotationEditor} />
        </div>
      ) : null}
      {annotationTools}

      {comments.length > 0 ? (
        <div className="space-y-2">
          <h4 className="font-semibold text-slate-800">{themeQuestion}</h4>
          <p className="text-sm text-slate-600">{commentsNote}</p>
          <ul className="space-y-2">
            {comments.map((text, i) => (
              <li key={i} className="whitespace-pre-line rounded-lg bg-sand-100 p-3 text-slate-800">
                {text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {perRespondent && perRespondent.length > 0 ? <PerRespondentTable theme={theme} respondents={perRespondent} /> : null}
    </section>
  );
}
