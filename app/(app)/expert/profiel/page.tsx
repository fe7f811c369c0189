import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/experts/profile";
import { ownCertificates } from "@/lib/certificates/queries";
import { cohortText } from "@/lib/certificates/labels";
import { formatDate } from "@/lib/dates";
import { DAY_PARTS, WEEKDAYS } from "@/lib/experts/slots";
import { ownTrainingForExpert } from "@/lib/training/queries";
import { saveOwnProfileAction } from "./actions";
import { OwnTraining } from "./_components/own-training";

export const metadata: Metadata = { title: "Mijn profiel" };

const label = "block text-sm font-semibold text-slate-800";

export default async function OwnProfilePage() {
  const actor = await requireActorPage("profile:own");
  const [{ profile, themes }, certificates, training] = await Promise.all([
    getOwnProfile(actor),
    ownCertificates(actor),
    ownTrainingForExpert(actor),
  ]);
  return (
    <>
      <PageHeader
        title="Mijn profiel"
        intro="Hiermee zoekt de trainer een ervaringsdeskundige die past bij wat een werkgever uit de scan haalt. U bepaalt wat hier staat."
      />
      <ActionForm
        action={saveOwnProfileAction}
        submitLabel="Profiel opslaan"
        className="max-w-2xl space-y-6 rounded-xl border border-brand-100 bg-white p-4"
      >
        <input type="hidden" name="version" value={profile.version} />
        <fieldset className="space-y-2">
          <legend className={label}>Thema&rsquo;s waar u ervaring mee heeft</legend>
          <p className="text-sm text-slate-600">
            Uit de bedrijfsscan. De trainer ziet welke passen bij de aandachtspunten van een werkgever.
          </p>
          <div className="grid gap-1 sm:grid-cols-2">
            {themes.map((t) => (
              <label key={t.key} className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="experienceThemes"
                  value={t.key}
                  defaultChecked={profile.experienceThemes.includes(t.key)}
                  className="mt-1 size-4 shrink-0 accent-brand-700"
                />
                <span>{t.title}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="profiel-regio" className={label}>
            Regio
          </label>
          <input
            id="profiel-regio"
            name="region"
            defaultValue={profile.region}
            placeholder="Bijvoorbeeld: Gelderland"
            className={inputClass}
          />
        </div>
        <fieldset className="space-y-2">
          <legend className={label}>Wanneer kunt u meestal?</legend>
          <div className="overflow-x-auto">
            <table className="text-sm">
              <caption className="sr-only">Beschikbaarheid per dag en dagdeel</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-3 text-left font-normal text-slate-600">
                    Dag
                  </th>
                  {DAY_PARTS.map(([key, name]) => (
                    <th key={key} scope="col" className="px-2 font-normal text-slate-600">
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {WEEKDAYS.map(([day, dayName]) => (
                  <tr key={day}>
                    <th scope="row" className="pr-3 text-left font-normal text-slate-800">
                      {dayName}
                    </th>
                    {DAY_PARTS.map(([part, partName]) => (
                      <td key={part} className="px-2 text-center">
                        <input
                          type="checkbox"
                          name="slots"
                          value={`${day}-${part}`}
                          defaultChecked={profile.slots.includes(`${day}-${part}`)}
                          aria-label={`${dayName}${partName}`}
                          className="size-5 accent-brand-700"
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <label htmlFor="profiel-beschikbaar" className="block text-sm text-slate-800">
            Toelichting (optioneel)
          </label>
          <input
            id="profiel-beschikbaar"
            name="availability"
            defaultValue={profile.availability}
            placeholder="Bijvoorbeeld: niet in schoolvakanties"
            className={inputClass}
          />
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="profiel-intro" className={label}>
            Korte introductie voor de werkgever
          </label>
          <p id="profiel-intro-hint" className="text-sm text-slate-600">
            Wat u doet en wat u meeneemt, in een paar zinnen. De werkgever kan dit lezen. Schrijf hier geen diagnose of andere gegevens over
            uw gezondheid: wat u over uzelf vertelt, kiest u in het gesprek zelf.
          </p>
          <textarea
            id="profiel-intro"
            name="bio"
            rows={4}
            defaultValue={profile.bio ?? ""}
            aria-describedby="profiel-intro-hint"
            className={inputClass}
          />
        </div>
        {profile.paused ? (
          <p className="text-sm text-slate-600">Uw profiel staat op pauze: trainers krijgen u nu niet voorgesteld.</p>
        ) : null}
      </ActionForm>
      <p className="mt-4 max-w-2xl text-sm text-slate-700">
        Even pauzeren, of kiezen hoeveel trajecten u tegelijk doet? Dat regelt u zelf bij{" "}
        <Link href="/expert/tempo" className="font-semibold text-brand-800 underline underline-offset-2">
          Mijn tempo
        </Link>
        .
      </p>
      <section aria-labelledby="certificaat" className="mt-10 max-w-2xl">
        <h2 id="certificaat" className="mb-3 text-xl font-semibold text-brand-800">
          Uw certificaat
        </h2>
        {certificates.length === 0 ? (
          <p className="text-slate-700" data-testid="own-certificate">
            U heeft nog geen certificaat. Dat krijgt u als u de training heeft afgerond; pas dan kunnen trainers u vragen voor een traject.
          </p>
        ) : (
          <ul className="space-y-3" data-testid="own-certificate">
            {certificates.map((c) => (
              <li key={c.id} className="rounded-xl border border-brand-100 bg-white p-4 text-slate-800">
                <p>
                  Gecertificeerd op {formatDate(c.issuedAt)} ({c.cohortName ? `cohort ${c.cohortName}` : cohortText(c)}), uitgegeven door{" "}
                  {c.issuedByName}.
                </p>
                <p className="mt-1 text-sm text-slate-600">
                  Controlecode <span className="font-mono">{c.formattedCode}</span>: een werkgever kan hiermee op /certificaat zien dat uw
                  certificaat geldig is. Die pagina toont alleen uw naam, het cohort en de datum.
                </p>
                <p className="mt-2">
                  <a href={`/api/certificaten/${c.id}`} download className="font-semibold text-brand-800 underline underline-offset-2">
                    Certificaat downloaden (PDF)
                  </a>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <OwnTraining cohorts={training} />
    </>
  );
}
