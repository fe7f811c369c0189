import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { HealthReminder } from "@/components/ui/health-reminder";
import { ClaimSummary } from "@/components/compensation/claim-summary";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { claimsOverviewForExpert } from "@/lib/compensation/claims";
import { centsToDecimal, formatEuro, minutesToHours, tenthsToKm } from "@/lib/compensation/amounts";
import { TRAVEL_MODE_LABEL } from "@/lib/compensation/labels";
import { TRAVEL_MODES } from "@/lib/compensation/schema";
import { formatDate } from "@/lib/dates";
import { trainingClaimsForExpert } from "@/lib/compensation/training-claims";
import { TOPIC_LABEL } from "@/lib/training/topics";
import { submitClaimAction, submitTrainingClaimAction } from "./actions";

export const metadata: Metadata = { title: "Mijn vergoedingen" };

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
type Overview = Awaited<ReturnType<typeof claimsOverviewForExpert>>;
type Claimable = Overview["sessions"][number];

export default async function CompensationPage() {
  const actor = await requireActorPage("compensation:claim");
  const [overview, training] = await Promise.all([claimsOverviewForExpert(actor), trainingClaimsForExpert(actor)]);
  const { rates } = overview;
  return (
    <>
      <PageHeader
        title="Mijn vergoedingen"
        intro="Na elke bijeenkomst vraagt u hier een vergoeding voor uw tijd en reis. De trainer keurt haar goed, daarna betaalt de administratie. Uw bankgegevens staan niet in deze app: die heeft de administratie."
      />
      <section aria-labelledby="tarieven" className="mb-6 rounded-xl border border-brand-100 bg-white p-5 text-sm">
        <h2 id="tarieven" className="text-lg font-semibold text-brand-800">
          Tarieven
        </h2>
        {rates.set ? (
          <p className="mt-1">
            {formatEuro(rates.hourlyCents)} per uur (voorbereiding, bijeenkomst en reistijd) en {formatEuro(rates.perKmCents)} per kilometer
            met de auto; openbaar vervoer naar de werkelijke kosten. Tot de goedkeuring gelden de tarieven van dat moment.
          </p>
        ) : (
          <p className="mt-1">De tarieven zijn nog niet vastgesteld. U kunt al indienen; het bedrag volgt zodra de tarieven er zijn.</p>
        )}
        {overview.years.map((y) => (
          <p key={y.year} className="mt-1" data-testid="year-total">
            {y.year}: {formatEuro(y.totalCents)}
            {overview.capCents !== null ? ` van het jaarmaximum van ${formatEuro(overview.capCents)}` : ""}
            {overview.capCents !== null && y.totalCents > overview.capCents
              ? ". Dat is boven uw jaarmaximum: de administratie neemt contact met u op."
              : ""}
          </p>
        ))}
      </section>
      {overview.sessions.length === 0 ? (
        <p className="rounded-xl border border-brand-100 bg-white p-5">
          Nog geen gehouden bijeenkomsten. Na een bijeenkomst waar u bij was, vraagt u hier uw vergoeding.
        </p>
      ) : (
        <ul className="space-y-4">
          {overview.sessions.map((s) => (
            <li key={`${s.trajectId}-${s.number}`} className="rounded-xl border border-brand-100 bg-white p-5">
              <h2 className="font-semibold text-slate-900">
                {s.employerName}, bijeenkomst {s.number} ({formatDate(s.scheduledAt)})
              </h2>
              {s.claim ? <ClaimSummary claim={s.claim} /> : null}
              {!s.claim || s.claim.status === "SUBMITTED" ? (
                <ClaimForm
                  claim={s.claim}
                  hidden={{ trajectId: s.trajectId, number: s.number }}
                  action={submitClaimAction}
                  idKey={`${s.trajectId}-${s.number}`}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {training.length > 0 ? (
        <section aria-labelledby="training" className="mt-6">
          <h2 id="training" className="mb-3 text-xl font-semibold text-brand-800">
            Training
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            De trainingsbijeenkomsten waar u bij was. U vraagt er een vergoeding voor zoals voor een bijeenkomst bij een werkgever; ze
            tellen mee voor hetzelfde jaarmaximum. De beheerder keurt ze goed.
          </p>
          <ul className="space-y-4">
            {training.map((s) => (
              <li key={s.id} className="rounded-xl border border-brand-100 bg-white p-5">
                <h3 className="font-semibold text-slate-900">
                  {s.cohort.name}: {TOPIC_LABEL[s.topic]} ({formatDate(s.startsAt)})
                </h3>
                {s.claim ? <ClaimSummary claim={s.claim} /> : null}
                {!s.claim || s.claim.status === "SUBMITTED" ? (
                  <ClaimForm claim={s.claim} hidden={{ trainingSessionId: s.id }} action={submitTrainingClaimAction} idKey={s.id} />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {overview.detached.length > 0 ? (
        <section aria-labelledby="eerder" className="mt-6 rounded-xl border border-brand-100 bg-white p-5">
          <h2 id="eerder" className="font-semibold text-slate-900">
            Eerdere declaraties
          </h2>
          {overview.detached.map((c) => (
            <div key={c.id} className="mt-2">
              <p className="text-sm font-semibold">
                {c.employerName}, bijeenkomst {c.sessionNumber} ({formatDate(c.sessionDate)})
              </p>
              <ClaimSummary claim={c} />
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}

/** The claim form for a traject session or (hidden: trainingSessionId) an attended training session. */
function ClaimForm({
  claim: c,
  hidden,
  action,
  idKey,
}: {
  claim: Claimable["claim"];
  hidden: Record<string, string | number>;
  action: typeof submitClaimAction;
  idKey: string;
}) {
  const hours = (m: number | undefined) => (m ? minutesToHours(m) : "");
  return (
    <div className="mt-3 border-t border-slate-100 pt-3">
      <h3 className="text-sm font-semibold text-brand-800">
        {c ? "Nog iets aanpassen? Dat kan tot de goedkeuring." : "Vergoeding vragen"}
      </h3>
      <ActionForm action={action} submitLabel={c ? "Wijziging indienen" : "Indienen"} className="mt-3 space-y-3">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {c ? <input type="hidden" name="version" value={c.version} /> : null}
        <div className="grid gap-3 sm:grid-cols-3">
          {(
            [
              ["preparationHours", "Voorbereiding (uren)", c?.preparationMinutes],
              ["sessionHours", "Bijeenkomst (uren)", c?.sessionMinutes],
              ["travelHours", "Reistijd (uren)", c?.travelMinutes],
            ] as const
          ).map(([name, label, minutes]) => (
            <label key={name} className="block text-sm font-semibold text-slate-800">
              {label}
              <input name={name} inputMode="decimal" defaultValue={hours(minutes)} placeholder="bijv. 1,5" className={input} />
            </label>
          ))}
        </div>
        <fieldset>
          <legend className="text-sm font-semibold text-slate-800">Hoe reisde u?</legend>
          <div className="mt-1 flex flex-wrap gap-4 text-sm">
            {TRAVEL_MODES.map((mode) => (
              <label key={mode} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="travelMode"
                  value={mode}
                  defaultChecked={(c?.travelMode ?? "NONE") === mode}
                  className="size-4 accent-brand-700"
                />
                {TRAVEL_MODE_LABEL[mode]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="block text-sm font-semibold text-slate-800">
            Kilometers (met de auto, heen en terug)
            <input
              name="kilometres"
              inputMode="decimal"
              defaultValue={c?.distanceTenthKm ? tenthsToKm(c.distanceTenthKm) : ""}
              className={input}
            />
          </label>
          <label className="block text-sm font-semibold text-slate-800">
            Kosten openbaar vervoer (€)
            <input
              name="transitCosts"
              inputMode="decimal"
              defaultValue={c?.transitCents ? centsToDecimal(c.transitCents) : ""}
              placeholder="bijv. 12,50"
              className={input}
            />
          </label>
        </div>
        <label className="block text-sm font-semibold text-slate-800">
          Toelichting (niet verplicht)
          <textarea
            name="note"
            rows={2}
            maxLength={500}
            defaultValue={c?.note ?? ""}
            aria-describedby={`declaratie-herinnering-${idKey}`}
            className={input}
          />
        </label>
        <HealthReminder id={`declaratie-herinnering-${idKey}`} />
      </ActionForm>
    </div>
  );
}
