import type { Metadata } from "next";
import { RowAction } from "@/components/ui/row-action";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listSolutionsForAdmin } from "@/lib/library/solutions";
import { SolutionFields } from "./_components/solution-fields";
import { createSolutionAction, setSolutionActiveAction, updateSolutionAction } from "./actions";

export const metadata: Metadata = { title: "Oplossingsrichtingen · Beheer" };

export default async function SolutionLibraryPage() {
  const actor = await requireActorPage("library:edit");
  const { solutions, themes } = await listSolutionsForAdmin(actor);
  const themeTitle = new Map(themes.map((t) => [t.key, t.title]));
  return (
    <>
      <PageHeader
        title="Oplossingsrichtingen"
        intro="De bibliotheek waaruit de scan oplossingsrichtingen bij de aandachtspunten voorstelt. Een wijziging geldt voor nieuwe uitkomsten; een gesloten scan houdt de teksten waarmee hij is gemaakt. Wat uit staat, wordt niet meer aangeboden."
      />
      <section aria-labelledby="nieuw" className="mb-10">
        <h2 id="nieuw" className="mb-3 text-xl font-semibold text-brand-800">
          Nieuwe oplossingsrichting
        </h2>
        <ActionForm
          action={createSolutionAction}
          submitLabel="Toevoegen"
          className="max-w-2xl space-y-4 rounded-xl border border-brand-100 bg-white p-4"
        >
          <SolutionFields idPrefix="nieuw" values={{ title: "", description: "", themes: [], forAllThemes: false }} themes={themes} />
        </ActionForm>
      </section>
      <section aria-labelledby="alle">
        <h2 id="alle" className="mb-3 text-xl font-semibold text-brand-800">
          Alle oplossingsrichtingen ({solutions.length})
        </h2>
        <ul className="divide-y divide-slate-100 rounded-xl border border-brand-100 bg-white" data-testid="solutions">
          {solutions.map((s) => (
            <li key={s.key} className="p-4" data-testid={`solution-${s.key}`}>
              <p className="font-semibold text-slate-900">
                {s.title} <span className="font-normal text-slate-600">({s.key})</span>
                {s.active ? null : (
                  <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">staat uit</span>
                )}
              </p>
              <p className="mt-1 text-sm text-slate-700">{s.description}</p>
              <p className="mt-1 text-sm text-slate-600">
                {s.forAllThemes ? "Elk thema" : s.themes.map((k) => themeTitle.get(k) ?? k).join(", ") || "Nog geen thema"}
              </p>
              <div className="mt-2 flex flex-col items-start gap-3 sm:flex-row sm:gap-4">
                <details className="w-full min-w-0 sm:flex-1">
                  <summary className="cursor-pointer text-sm font-semibold text-brand-800 underline underline-offset-2">Wijzigen</summary>
                  <ActionForm action={updateSolutionAction} submitLabel="Opslaan" className="mt-3 max-w-2xl space-y-4">
                    <input type="hidden" name="key" value={s.key} />
                    <input type="hidden" name="version" value={s.version} />
                    <SolutionFields idPrefix={s.key} values={s} themes={themes} />
                  </ActionForm>
                </details>
                <RowAction
                  action={setSolutionActiveAction}
                  fields={{ key: s.key, version: String(s.version), active: s.active ? "false" : "true" }}
                  label={s.active ? "Uitzetten" : "Weer aanzetten"}
                />
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
