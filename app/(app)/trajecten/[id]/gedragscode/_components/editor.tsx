import { gedragscodeAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { ChangeFields } from "./change-fields";
import { CLAUSE_SECTIONS } from "@/lib/gedragscode/sections";
import type { QuestionnaireTheme } from "@/lib/scan/scoring/types";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

type Clause = { id: string; section: string; title: string; body: string; themeKey: string | null; owner: string | null };

/** The code by section, with forms to add and remove afspraken; all plain forms (no JS needed). */
export function GedragscodeEditor({
  trajectId,
  version,
  editable,
  clauses,
  themes,
}: {
  trajectId: string;
  version: number;
  editable: boolean;
  clauses: Clause[];
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
            <ul className="mt-3 space-y-3">
              {own.map((c) => (
                <li key={c.id} className="rounded-lg bg-sand-100 p-3">
                  <p className="font-semibold">{c.title}</p>
                  <p className="whitespace-pre-line text-slate-800">{c.body}</p>
                  <p className="mt-1 text-sm text-slate-600">
                    {[
                      c.themeKey ? `Bij thema: ${themes.find((t) => t.key === c.themeKey)?.title ?? c.themeKey}` : null,
                      c.owner ? `Eigenaar: ${c.owner}` : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  {editable ? (
                    <ActionForm action={gedragscodeAction} submitLabel="Verwijderen" className="mt-2">
                      <ChangeFields op="removeClause" trajectId={trajectId} version={version} />
                      <input type="hidden" name="clauseId" value={c.id} />
                    </ActionForm>
                  ) : null}
                </li>
              ))}
            </ul>
            {editable ? (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-semibold text-brand-800">
                  Afspraak toevoegen aan {section.title.toLowerCase()}
                </summary>
                <ActionForm action={gedragscodeAction} submitLabel="Afspraak toevoegen" className="mt-3 space-y-3">
                  <ChangeFields op="addClause" trajectId={trajectId} version={version} />
                  <input type="hidden" name="section" value={section.key} />
                  <label className="block text-sm font-semibold text-slate-800">
                    Titel
                    <input name="title" required maxLength={160} className={input} />
                  </label>
                  <label className="block text-sm font-semibold text-slate-800">
                    Afspraak
                    <textarea name="body" required rows={3} maxLength={4000} className={input} />
                  </label>
                  <div className="grid gap-3 sm:grid-cols-2">
                    <label className="block text-sm font-semibold text-slate-800">
                      Hoort bij thema
                      <select name="themeKey" defaultValue="" className={input}>
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
                  </div>
                </ActionForm>
              </details>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
