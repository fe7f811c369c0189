import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listGuidelinesForAdmin } from "@/lib/guidance/guidelines";
import { GUIDELINE_KIND_LABEL, GUIDELINE_KINDS } from "@/lib/guidance/schema";
import { createGuidelineAction, updateGuidelineAction } from "./actions";

export const metadata: Metadata = { title: "Werkwijze · Beheer" };

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

function KindChoice({ value }: { value?: (typeof GUIDELINE_KINDS)[number] }) {
  return (
    <label className="block text-sm font-semibold text-slate-800">
      Soort
      <select name="kind" defaultValue={value ?? "DO"} className={input}>
        {GUIDELINE_KINDS.map((k) => (
          <option key={k} value={k}>
            {GUIDELINE_KIND_LABEL[k]}
          </option>
        ))}
      </select>
    </label>
  );
}

export default async function GuidancePage() {
  const actor = await requireActorPage("guidance:edit");
  const rows = await listGuidelinesForAdmin(actor);
  return (
    <>
      <PageHeader
        title="Werkwijze: wel en niet doen, en uitgangspunten"
        intro="De afspraken van de methode die op elke voorbereidingskaart van de tandem staan, en de standaard-uitgangspunten die elke nieuwe gedragscode voorstelt. Pas ze aan, voeg er een toe, of zet er een uit."
      />
      <p className="mb-6 max-w-3xl rounded-xl border border-brand-100 bg-white p-4 text-slate-800">
        Bij elke tekst die de werkgever, een bestand of een ander kan bereiken, vraagt de app of er gezondheidsinformatie over iemand in
        staat.{" "}
        <Link href="/beheer/werkwijze/gezondheidscheck" className="font-semibold text-brand-800 underline underline-offset-4">
          De woordenlijst van de gezondheidscheck
        </Link>{" "}
        past u hier aan.
      </p>
      <ul className="space-y-3" data-testid="guidelines">
        {rows.map((g) => (
          <li key={g.id} className="rounded-xl border border-brand-100 bg-white p-4">
            <ActionForm action={updateGuidelineAction} submitLabel="Bewaren" className="space-y-3">
              <input type="hidden" name="id" value={g.id} />
              <input type="hidden" name="version" value={g.version} />
              <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
                <KindChoice value={g.kind} />
                <label className="block text-sm font-semibold text-slate-800">
                  Afspraak
                  <textarea name="text" rows={2} defaultValue={g.text} maxLength={400} className={input} />
                </label>
              </div>
              <label className="block text-sm font-semibold text-slate-800">
                Titel (alleen voor een uitgangspunt)
                <input name="title" defaultValue={g.title ?? ""} maxLength={160} className={input} />
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="active" value="on" defaultChecked={g.active} className="size-4 accent-brand-700" />
                In gebruik (op de voorbereidingskaart of als voorstel voor de code)
              </label>
            </ActionForm>
          </li>
        ))}
      </ul>
      <section aria-labelledby="nieuw" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="nieuw" className="mb-3 text-lg font-semibold text-brand-800">
          Afspraak toevoegen
        </h2>
        <ActionForm action={createGuidelineAction} submitLabel="Toevoegen" className="space-y-3">
          <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
            <KindChoice />
            <label className="block text-sm font-semibold text-slate-800">
              Afspraak
              <textarea name="text" rows={2} maxLength={400} className={input} />
            </label>
          </div>
          <label className="block text-sm font-semibold text-slate-800">
            Titel (alleen voor een uitgangspunt)
            <input name="title" maxLength={160} className={input} />
          </label>
        </ActionForm>
      </section>
    </>
  );
}
