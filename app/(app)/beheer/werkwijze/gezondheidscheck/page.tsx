import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { termListForAdmin } from "@/lib/health-check/term-list";
import { HEALTH_QUESTION } from "@/lib/health-check/texts";
import { NEAR_WINDOW, STRONG_WINDOW } from "@/lib/health-check/matcher";
import { saveTermListAction } from "./actions";

export const metadata: Metadata = { title: "Gezondheidscheck · Beheer" };

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm";

export default async function HealthCheckPage() {
  const actor = await requireActorPage("guidance:edit");
  const list = await termListForAdmin(actor);
  return (
    <>
      <PageHeader
        title="Gezondheidscheck: de woordenlijst"
        intro="Bij het bewaren van een tekst die de werkgever, een bestand of een ander kan bereiken, kijkt de app of er een woord uit deze lijst vlak bij de naam van iemand staat. Dan vraagt hij de schrijver eerst iets. Niets wordt tegengehouden, en de tekst wordt nergens voor de check bewaard."
      />
      <section aria-labelledby="zo-werkt-het" className="mb-6 max-w-3xl rounded-xl border border-brand-100 bg-white p-5 text-slate-800">
        <h2 id="zo-werkt-het" className="text-lg font-semibold text-brand-800">
          Zo werkt de check
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            De vraag is: “{HEALTH_QUESTION}” De schrijver kiest “Aanpassen” of “Toch bewaren”. Het logboek houdt alleen bij dat er toch
            bewaard is, en in welk veld; nooit de tekst of het woord.
          </li>
          <li>
            Een woord alleen telt nooit: een gedragscode noemt aandoeningen in het algemeen, en dat hoort zo. Het gaat om een woord vlak bij
            een naam: van een sleutelpersoon, deelnemer, respondent of iemand van de tandem, of een veelvoorkomende voornaam.
          </li>
          <li>
            Eén term per regel. Een * aan het eind staat voor elk einde (depressi* vindt depressie en depressief), aan het begin voor elk
            begin (*stoornis vindt angststoornis). Hoofdletters en accenten maken niet uit. Een regel met # ervoor is een kopje.
          </li>
        </ul>
        {list.edited ? null : <p className="mt-2 text-sm text-slate-600">U ziet nu de lijst die met de app meekomt.</p>}
      </section>
      <ActionForm action={saveTermListAction} submitLabel="Woordenlijst bewaren" className="max-w-3xl space-y-4">
        <input type="hidden" name="version" value={list.version} />
        <div className="grid gap-4 md:grid-cols-2">
          <label className="block text-sm font-semibold text-slate-800">
            Diagnoses, medicijnen en behandeling
            <span className="block font-normal text-slate-600">Tellen tot {STRONG_WINDOW} woorden van een naam.</span>
            <textarea name="strong" rows={20} defaultValue={list.strong.join("\n")} className={input} spellCheck={false} />
          </label>
          <label className="block text-sm font-semibold text-slate-800">
            Woorden die ook in beleid vaak staan
            <span className="block font-normal text-slate-600">
              Zoals “ziekte” en “verzuim”: tellen alleen vlak naast een naam ({NEAR_WINDOW} woorden).
            </span>
            <textarea name="near" rows={20} defaultValue={list.near.join("\n")} className={input} spellCheck={false} />
          </label>
        </div>
      </ActionForm>
    </>
  );
}
