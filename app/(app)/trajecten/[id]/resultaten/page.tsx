import { trajectMetadata } from "../title";
import { DownloadReportButton } from "@/components/report/download-report-button";
import { employerReportReadyAt } from "@/lib/report/readiness";
import { Aandachtspunten } from "./_components/aandachtspunten";
import { AnnotationList, type AnnotationView } from "./_components/annotation-list";
import { OpenAnswers } from "./_components/open-answers";
import { Overview } from "./_components/overview";
import { FunctionBreakdown } from "./_components/function-breakdown";
import { ThemeChart, chartRows } from "./_components/theme-chart";
import { ThemeSection } from "./_components/theme-section";
import { PageHeader } from "@/components/ui/page-header";
import { WorkingVersionNotice } from "@/components/questionnaires/working-version-notice";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { NO_SNAPSHOT_YET, RESULTS_AFTER_CLOSE, fewRespondentsNote, snapshotLabel } from "@/lib/scan/results/privacy-texts";
import { getResultsWithProgressForActor } from "@/lib/followup/progress";
import { roundLabel } from "@/lib/scan/rounds/rounds";
import { PROGRESS_TITLE, SINCE_PREVIOUS_TITLE } from "@/lib/followup/compare-texts";
import { ProgressSection } from "./_components/progress-section";
import { RoundNav, roundParam } from "./_components/round-nav";
import { SnapshotPanel } from "./_components/snapshot-panel";
import { FewRespondentsView } from "./_components/few-respondents-view";
import { AnnotationComposer } from "./_components/annotation-composer";
import { AnnotationEditor } from "./_components/annotation-editor";
import { BackToTraject } from "../_components/back-to-traject";

export const generateMetadata = trajectMetadata("Resultaten van de scan");

function Block({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-12 space-y-4">
      <h2 id={id} className="scroll-mt-4 text-2xl font-semibold text-brand-800">
        {title}
      </h2>
      {intro ? <p className="max-w-3xl text-slate-700">{intro}</p> : null}
      {children}
    </section>
  );
}

// The tandem sees the live results (computed on this request); employer users and the admin see the
// newest snapshot, privacy-filtered when it was taken (docs/privacy.md).
export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ ronde?: string | string[] }>;
}) {
  const { id } = await params;
  const actor = await requireActorPage();
  const data = await orNotFound(getResultsWithProgressForActor({ actor, trajectId: id, round: roundParam((await searchParams).ronde) }));
  const version = data.result === null ? null : data.questionnaireVersion;
  const fromSnapshot = data.source === "snapshot";
  // the employer's edition only once it has figures (lib/report/readiness.ts); the tandem's own always
  const tandem = data.access.capabilities.has("results:readPerRespondent");

  const header = (
    <>
      <BackToTraject trajectId={id} className="mb-4" />
      <PageHeader
        title={data.rounds.length > 1 ? `Resultaten: ${roundLabel(data.round.number).toLowerCase()}` : "Resultaten van de scan"}
        intro={
          <p>
            {data.traject.employer.name}
            {version ? ` · ${version.title} (versie ${version.version})` : ""}
            {version && data.round.short ? " · korte versie (alleen de kernstellingen)" : ""}
            {fromSnapshot && data.snapshot ? <span className="block font-semibold">{snapshotLabel(data.snapshot.takenAt)}</span> : null}
          </p>
        }
      >
        {data.access.capabilities.has("report:download") && (tandem || (await employerReportReadyAt(id))) ? (
          <DownloadReportButton trajectId={id} tandemEdition={tandem} />
        ) : null}
      </PageHeader>
      {version?.bundled ? <WorkingVersionNotice className="mb-4 max-w-3xl" /> : null}
      {data.rounds.length > 1 ? <RoundNav trajectId={id} rounds={data.rounds} current={data.round.number} /> : null}
      {data.access.capabilities.has("results:snapshot") ? (
        <SnapshotPanel
          trajectId={id}
          round={data.round.number}
          snapshot={data.snapshot}
          liveRespondents={data.result?.respondents ?? 0}
          scanClosed={!data.round.open}
          minimum={data.minimum}
        />
      ) : null}
    </>
  );

  if (fromSnapshot && data.snapshot === null) {
    return (
      <>
        {header}
        <section aria-labelledby="geen-resultaten" className="max-w-2xl rounded-xl border border-brand-100 bg-white p-6">
          <h2 id="geen-resultaten" className="text-xl font-semibold text-brand-800">
            Nog geen uitkomsten
          </h2>
          <p className="mt-2 text-slate-700">{data.round.open ? RESULTS_AFTER_CLOSE : NO_SNAPSHOT_YET}</p>
        </section>
      </>
    );
  }

  if (data.result === null || data.result.respondents === 0) {
    const invited = data.invitedCount ?? 0;
    return (
      <>
        {header}
        <section aria-labelledby="geen-resultaten" className="max-w-2xl rounded-xl border border-brand-100 bg-white p-6">
          <h2 id="geen-resultaten" className="text-xl font-semibold text-brand-800">
            Nog geen uitkomsten
          </h2>
          <p className="mt-2 text-slate-700">
            {fromSnapshot
              ? "Toen de uitkomsten werden vastgelegd, had nog niemand de scan ingevuld."
              : "Nog geen ingevulde scans. Zodra iemand de scan verstuurt, ziet u hier de uitkomsten."}
          </p>
          {invited > 0 ? (
            <p className="mt-2 text-slate-700">
              {invited === 1 ? "Er is 1 persoon" : `Er zijn ${invited} mensen`} uitgenodigd om de scan in te vullen.
            </p>
          ) : null}
        </section>
      </>
    );
  }

  const { questionnaire, result } = data;
  if (fromSnapshot && data.fewRespondents) {
    const titleOf = (key: string) => questionnaire.themes.find((t) => t.key === key)?.title ?? key;
    return (
      <>
        {header}
        <FewRespondentsView
          respondents={result.respondents}
          minimum={data.minimum}
          aandachtspunten={result.aandachtspunten.map((ap) => ({ key: ap.theme, title: titleOf(ap.theme) }))}
          annotations={data.annotations}
        />
      </>
    );
  }
  const stats = new Map(result.items.map((i) => [i.key, i]));
  const themeResults = new Map(result.themes.map((t) => [t.key, t]));
  const themeKeys = new Set(questionnaire.themes.map((t) => t.key));
  const scaleLabels = questionnaire.scale.options.map((o) => `${o.value} (${o.label.toLowerCase()})`);
  const canAnnotate = data.access.capabilities.has("annotation:write");
  // The expert edits only their own reflections.
  const renderOwnEditor = (a: AnnotationView) =>
    a.authorId === actor.id ? (
      <AnnotationEditor annotation={{ id: a.id, body: a.body, visibility: a.visibility, version: a.version ?? 1 }} />
    ) : null;
  const otherNotes = data.annotations.filter((a) => !themeKeys.has(a.themeKey));
  const showOpen = data.perRespondent !== null || data.openAnswers.length > 0;
  const fewNote = data.fewRespondents ? fewRespondentsNote(data.minimum) : null;
  const toc = [
    ["totaalbeeld", "Totaalbeeld"],
    ...(data.progress ? [["voortgang", "Voortgang"]] : []),
    ...(data.progress?.sincePrevious ? [["voortgang-vorige", "Sinds de vorige vervolgscan"]] : []),
    ["cijfers", "Cijfers per thema"],
    ["aandachtspunten", "Aandachtspunten"],
    ["per-thema", "Per thema"],
    ["per-functie", "Per functie"],
    ...(showOpen ? [["open-vragen", "Open vragen"]] : []),
    ...(otherNotes.length > 0 ? [["notities", "Overige notities"]] : []),
  ] as [string, string][];

  return (
    <>
      {header}
      <nav aria-label="Op deze pagina" className="rounded-xl bg-sand-100 p-4">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {toc.map(([anchor, label]) => (
            <li key={anchor}>
              <a href={`#${anchor}`} className="text-brand-800 underline underline-offset-4">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Block
        id="totaalbeeld"
        title="Totaalbeeld"
        intro="Deze uitkomsten zijn geen oordeel, maar een startpunt voor het gesprek. Verschillen tussen respondenten zijn juist interessant: daar begint het goede gesprek."
      >
        {fewNote ? <p className="max-w-3xl rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-slate-800">{fewNote}</p> : null}
        <Overview result={result} invitedCount={data.invitedCount} selfGrades={data.perRespondent} hideSelfGrade={data.fewRespondents} />
      </Block>

      {data.progress ? (
        <Block id="voortgang" title={PROGRESS_TITLE}>
          <ProgressSection
            comparison={data.progress.comparison}
            stepsDone={data.progress.stepsDone}
            roundLabels={data.progress.roundLabels}
          />
        </Block>
      ) : null}

      {data.progress?.sincePrevious ? (
        <Block id="voortgang-vorige" title={SINCE_PREVIOUS_TITLE}>
          <ProgressSection
            comparison={data.progress.sincePrevious.comparison}
            stepsDone={null}
            roundLabels={data.progress.sincePrevious.roundLabels}
          />
        </Block>
      ) : null}

      <Block
        id="cijfers"
        title="Cijfers per thema"
        intro="Het rapportcijfer per thema, op een schaal van 1 tot 10. De vlakken op de achtergrond laten zien waar een thema staat."
      >
        <div className="rounded-xl border border-brand-100 bg-white p-4 sm:p-6">
          <ThemeChart rows={chartRows(questionnaire.themes, result.themes)} />
        </div>
      </Block>

      <Block
        id="aandachtspunten"
        title="Aandachtspunten en oplossingsrichtingen"
        intro="Hier valt de meeste winst te behalen. Bij elk aandachtspunt staan oplossingsrichtingen uit de bibliotheek van de methode: een begin voor het gesprek, geen voorschrift."
      >
        <Aandachtspunten
          aandachtspunten={result.aandachtspunten}
          themes={questionnaire.themes}
          results={result.themes}
          items={result.items}
          solutions={data.solutions}
          worksheets={data.access.capabilities.has("worksheets:read")}
        />
      </Block>

      <Block
        id="per-thema"
        title="Per thema"
        intro="Per thema ziet u de houding (intentie) naast de concrete praktijk, hoe vaak 'weet ik niet' is gekozen en hoe de antwoorden verdeeld zijn."
      >
        <div className="space-y-8">
          {questionnaire.themes.map((theme, i) => (
            <ThemeSection
              key={theme.key}
              theme={theme}
              number={i + 1}
              result={themeResults.get(theme.key)}
              stats={stats}
              scaleLabels={scaleLabels}
              themeQuestion={questionnaire.themeQuestion}
              annotations={data.annotations.filter((a) => a.themeKey === theme.key)}
              comments={data.themeComments.filter((c) => c.themeKey === theme.key).map((c) => c.text)}
              perRespondent={data.perRespondent}
              statementsNote={fewNote}
              commentsNote={
                fromSnapshot
                  ? "Antwoorden van respondenten die ervoor kozen dat u ze mag lezen, zonder naam."
                  : "Antwoorden van respondenten, zonder naam."
              }
              renderAnnotationEditor={canAnnotate ? renderOwnEditor : undefined}
              annotationTools={canAnnotate ? <AnnotationComposer trajectId={id} themeKey={theme.key} items={theme.items} /> : undefined}
            />
          ))}
        </div>
      </Block>

      <Block id="per-functie" title="Uitsplitsing per functie">
        <FunctionBreakdown
          byFunction={data.byFunction}
          themes={questionnaire.themes}
          results={result.themes}
          respondents={result.respondents}
          minimum={data.minimum}
        />
      </Block>

      {showOpen ? (
        <Block
          id="open-vragen"
          title="Open vragen"
          intro={
            fromSnapshot
              ? "Antwoorden van respondenten die ervoor kozen dat u ze mag lezen, zonder naam of functie."
              : "Alleen zichtbaar voor de trainer en de ervaringsdeskundige. Zonder naam of functie."
          }
        >
          <OpenAnswers questions={questionnaire.openQuestions} answers={data.openAnswers} />
        </Block>
      ) : null}

      {otherNotes.length > 0 ? (
        <Block id="notities" title="Overige notities">
          <AnnotationList annotations={otherNotes} />
        </Block>
      ) : null}
    </>
  );
}
