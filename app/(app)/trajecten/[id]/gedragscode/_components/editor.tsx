import { gedragscodeAction } from "../actions";
import { useId } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { HealthReminder } from "@/components/ui/health-reminder";
import { ClauseCard, type ClauseView } from "@/components/gedragscode/clause-card";
import { ClauseList } from "@/components/gedragscode/clause-list";
import { CLAUSE_SECTIONS } from "@/lib/gedragscode/sections";
import type { QuestionnaireTheme } from "@/lib/scan/scoring/types";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

/** The fields of a new afspraak (shared by the sections, the board and the proposals). */
export function NewClauseFields({
  themes,
  section,
  defaults = {},
  proposalKey,
}: {
  themes: readonly QuestionnaireTheme[];
  section?: string;
  defaults?: { title?: string; body?: string; themeKey?: string | null; solutionKey?: string | null };
  /** A proposal of the scan, edited before it is adopted (it stays hidden afterwards, also under a new title) */
  proposalKey?: string;
}) {
  const reminder = useId();
  return (
    <>
      {proposalKey ? (
        <>
          <input type="hidden" name="op" value="adoptProposal" />
          <input type="hidden" name="proposalKey" value={proposalKey} />
        </>
      ) : (
        <input type="hidden" name="op" value="addClause" />
      )}
      {section ? <input type="hidden" name="section" value={section} /> : null}
      {defaults.solutionKey ? <input type="hidden" name="solutionKey" value={defaults.solutionKey} /> : null}
      <label className="block text-sm font-semibold text-slate-800">
        Titel
        <input name="title" required maxLength={160} defaultValue={defaults.title} className={input} />
      </label>
      <label className="block text-sm font-semibold text-slate-800">
        Afspraak
        <textarea
          name="body"
          required
          rows={3}
          maxLength={4000}
          defaultValue={defaults.body}
          aria-describedby={reminder}
          className={input}
        />
      </label>
      <HealthReminder id={reminder} />
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="block text-sm font-semibold text-slate-800">
          Hoort bij thema
          <select name="themeKey" defaultValue={defaults.themeKey ?? ""} className={input}>
            <option value="">Geen specifiek thema</option>
            {themes.map((t) => (
              <option key={t.key} value={t.key}>
                {t.title}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold text-slate-800">
          Eigenaar (rol, geen naam nodig)
          <input name="owner" maxLength={120} className={input} />
        </label>
        <label className="block text-sm font-semibold text-slate-800">
          Start
          <input type="date" name="startDate" className={input} />
        </label>
      </div>
    </>
  );
}

/** The code by section: every afspraak can be edited, moved and removed; plain forms without JavaScript. */
export function GedragscodeEditor({
  trajectId,
  editable,
  clauses,
  themes,
}: {
  trajectId: string;
  editable: boolean;
  clauses: ClauseView[];
  themes: QuestionnaireTheme[];
}) {
  return (
    <div className="space-y-6">
      {CLAUSE_SECTIONS.map((section) => {
        const own = clauses.filter((c) => c.section === section.key);
        return (
          <section key={section.key} aria-labelledby={`sectie-${section.key}`} className="rounded-xl border border-brand-100 bg-white p-5">
            <h2 id={`sectie-${section.key}`} className="text-lg font-semibold text-brand-800">
              {section.title}
            </h2>
            {own.length === 0 ? <p className="mt-2 text-sm text-slate-600">Nog geen afspraken.</p> : null}
            <ClauseList ids={own.map((c) => c.id)} className="mt-3 space-y-3">
              {own.map((c, i) => (
                <ClauseCard
                  key={c.id}
                  trajectId={trajectId}
                  clause={c}
                  index={i}
                  count={own.length}
                  editable={editable}
                  action={gedragscodeAction}
                  historyHref={`/trajecten/${trajectId}/gedragscode/geschiedenis?afspraak=${c.id}`}
                  presenceUrl={`/api/trajecten/${trajectId}/bord/aanwezig`}
                />
              ))}
            </ClauseList>
            {editable ? (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-semibold text-brand-800">
                  Afspraak toevoegen aan {section.title.toLowerCase()}
                </summary>
                <ActionForm action={gedragscodeAction} submitLabel="Afspraak toevoegen" className="mt-3 space-y-3">
                  <input type="hidden" name="trajectId" value={trajectId} />
                  <NewClauseFields themes={themes} section={section.key} />
                </ActionForm>
              </details>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
