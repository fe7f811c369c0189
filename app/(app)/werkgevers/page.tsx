import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { inputClass } from "@/components/ui/field";
import { capabilitiesFor } from "@/lib/auth/capabilities";
import { requireActorPage } from "@/lib/auth/session";
import { listEmployersForActor } from "@/lib/employers/queries";
import { EmployerFields } from "./_components/employer-fields";
import { createEmployerAction } from "./actions";

export const metadata: Metadata = { title: "Werkgevers" };

export default async function EmployersPage() {
  const actor = await requireActorPage("employer:list");
  const employers = await listEmployersForActor(actor);
  const mayCreate = capabilitiesFor(actor).has("employer:create");
  return (
    <>
      <PageHeader
        title="Werkgevers"
        intro={
          mayCreate
            ? "De werkgevers waarvoor u verantwoordelijk bent of waar u een traject heeft, met hun werkvloeren en sleutelpersonen."
            : "Alle werkgevers, met hun verantwoordelijke trainer."
        }
      />
      <section aria-labelledby="lijst" className="mb-10">
        <h2 id="lijst" className="mb-3 text-xl font-semibold text-brand-800">
          {mayCreate ? "Uw werkgevers" : "Alle werkgevers"} ({employers.length})
        </h2>
        {employers.length === 0 ? (
          <p className="text-slate-700">Nog geen werkgevers. Voeg hieronder de eerste toe.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-brand-100 bg-white" data-testid="employers">
            {employers.map((e) => (
              <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
                <div>
                  <Link href={`/werkgevers/${e.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                    {e.name}
                  </Link>
                  <p className="text-sm text-slate-700">{[e.sector, e.city].filter(Boolean).join(" · ")}</p>
                </div>
                <p className="text-sm text-slate-600">
                  {e._count.trajecten} traject(en) · {e._count.keyPersons} sleutelperso(o)n(en) · trainer:{" "}
                  {e.responsibleTrainer?.name ?? "nog niemand"}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {mayCreate ? (
        <section aria-labelledby="nieuw">
          <h2 id="nieuw" className="mb-3 text-xl font-semibold text-brand-800">
            Nieuwe werkgever
          </h2>
          <ActionForm
            action={createEmployerAction}
            submitLabel="Werkgever toevoegen"
            className="max-w-2xl space-y-4 rounded-xl border border-brand-100 bg-white p-5"
          >
            <EmployerFields idPrefix="nieuw" values={{ name: "", sector: "", city: "", kvkNumber: "" }} />
            <div>
              <label htmlFor="nieuw-werkvloer" className="block text-sm font-semibold text-slate-800">
                Eerste werkvloer of locatie
              </label>
              <input id="nieuw-werkvloer" name="werkvloerName" required maxLength={160} className={`mt-1 ${inputClass}`} />
            </div>
            <p className="text-sm text-slate-600">U wordt de verantwoordelijke trainer. Daarna voegt u de sleutelpersonen toe.</p>
          </ActionForm>
        </section>
      ) : null}
    </>
  );
}
