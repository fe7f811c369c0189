import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { RowAction } from "@/components/ui/row-action";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { SOLUTION_KEY } from "@/lib/library/schema";
import { getSolutionForAdmin } from "@/lib/library/solutions";
import { WorksheetLinks } from "@/components/worksheets/worksheet-links";
import { worksheetLinks, worksheetsForSolution } from "@/lib/worksheets/links";
import { BackToList } from "../_components/back-to-list";
import { SolutionFields } from "../_components/solution-fields";
import { setSolutionActiveAction, updateSolutionAction } from "../actions";

export const metadata: Metadata = { title: "Oplossingsrichting wijzigen · Beheer" };

// One entry: its texts and themes, and whether it is offered. The form carries the version it was
// read at, so a change someone else saved in between is refused, never overwritten.
export default async function SolutionEditPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorPage("library:edit");
  const { id } = await params;
  if (!SOLUTION_KEY.test(id)) notFound();
  const { solution: s, themes } = await orNotFound(getSolutionForAdmin({ actor, key: id }));
  return (
    <>
      <BackToList />
      <PageHeader title={`Wijzigen: ${s.title}`} intro={`${s.key}${s.active ? "" : " · staat uit: wordt niet aangeboden"}`} />
      <ActionForm
        action={updateSolutionAction}
        submitLabel="Opslaan"
        className="mb-10 max-w-2xl space-y-4 rounded-xl border border-brand-100 bg-white p-4"
      >
        <input type="hidden" name="key" value={s.key} />
        <input type="hidden" name="version" value={s.version} />
        <SolutionFields idPrefix={s.key} values={s} themes={themes} />
      </ActionForm>
      <section aria-labelledby="werkbladen" className="mb-10 max-w-2xl">
        <h2 id="werkbladen" className="mb-2 text-xl font-semibold text-brand-800">
          Werkbladen
        </h2>
        <p className="mb-2 text-slate-700">
          Welke werkbladen bij een oplossingsrichting horen, staat vast bij de meegeleverde bibliotheek: de werkbladen en hun koppelingen
          komen met de app mee en worden niet hier gewijzigd.
        </p>
        {worksheetsForSolution(s.key).length > 0 ? (
          <WorksheetLinks links={worksheetLinks(worksheetsForSolution(s.key))} />
        ) : (
          <p className="text-sm text-slate-600">Bij deze oplossingsrichting hoort geen werkblad.</p>
        )}
      </section>
      <section aria-labelledby="aanbieden" className="max-w-2xl">
        <h2 id="aanbieden" className="mb-2 text-xl font-semibold text-brand-800">
          {s.active ? "Uitzetten" : "Weer aanzetten"}
        </h2>
        <p className="mb-3 text-slate-700">
          {s.active
            ? "Wat uit staat, wordt bij nieuwe uitkomsten niet meer voorgesteld. Een gesloten scan houdt de teksten waarmee hij is gemaakt. U kunt hem later weer aanzetten."
            : "Staat uit: wordt niet voorgesteld. Weer aangezet wordt hij bij nieuwe uitkomsten weer aangeboden."}
        </p>
        <RowAction
          action={setSolutionActiveAction}
          fields={{ key: s.key, version: String(s.version), active: s.active ? "false" : "true" }}
          label={s.active ? "Uitzetten" : "Weer aanzetten"}
        />
      </section>
    </>
  );
}
