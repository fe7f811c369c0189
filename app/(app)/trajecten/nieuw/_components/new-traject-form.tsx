"use client";

import Link from "next/link";
import { useId } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { HealthCheckPrompt, useHealthCheck } from "@/components/ui/health-check-prompt";
import { HEALTH_REMINDER } from "@/lib/health-check/texts";
import { createTrajectAction, type CreateTrajectState } from "../actions";
import { EMPLOYER_FUNCTION_LABEL, keyPersonWithFunction } from "@/lib/employers/labels";
import { SubmitButton } from "@/components/ui/submit-button";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="mt-1 text-sm font-medium text-amber-900">
      {errors[0]}
    </p>
  ) : null;
}

type Chosen = {
  id: string;
  werkvloeren: { id: string; name: string }[];
  keyPersons: { id: string; name: string; function: keyof typeof EMPLOYER_FUNCTION_LABEL }[];
};

/** `chosen`: the employer picked on its own page, whose werkvloeren and key persons are offered. */
export function NewTrajectForm({ employers, chosen }: { employers: { id: string; name: string; sector: string }[]; chosen?: Chosen }) {
  const { state, pending, formProps } = useActionForm<CreateTrajectState>(createTrajectAction, null);
  const id = useId();
  const err = state?.fieldErrors ?? {};
  const { asking, dismiss } = useHealthCheck(state);
  return (
    <form {...formProps} className="max-w-2xl space-y-5 rounded-xl border border-brand-100 bg-white p-5">
      <div role="status" aria-live="polite">
        {state?.message && !asking ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">{state.message}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-employer`} className="font-semibold text-slate-800">
          Werkgever
        </label>
        <select
          id={`${id}-employer`}
          name="employerId"
          defaultValue={chosen?.id ?? ""}
          className={input}
          aria-describedby={`${id}-employer-hint`}
        >
          {chosen ? null : <option value="">Nieuwe werkgever (vul hieronder in)</option>}
          {(chosen ? employers.filter((e) => e.id === chosen.id) : employers).map((e) => (
            <option key={e.id} value={e.id}>
              {e.name} ({e.sector})
            </option>
          ))}
        </select>
        <p id={`${id}-employer-hint`} className="mt-1 text-sm text-slate-600">
          {chosen ? (
            <>
              Gekozen vanaf de pagina van de werkgever.{" "}
              <Link href="/trajecten/nieuw" className="font-semibold text-brand-800 underline underline-offset-2">
                Een andere werkgever kiezen
              </Link>
            </>
          ) : (
            <>
              Staat de werkgever er nog niet bij? Kies &lsquo;Nieuwe werkgever&rsquo; en vul naam en sector in, of voeg hem toe onder
              Werkgevers.
            </>
          )}
        </p>
      </div>
      {chosen ? null : (
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-name`} className="font-semibold text-slate-800">
              Naam nieuwe werkgever
            </label>
            <input
              id={`${id}-name`}
              name="employerName"
              className={input}
              aria-describedby={`${id}-name-err`}
              aria-invalid={err.employerName ? true : undefined}
            />
            <FieldError id={`${id}-name-err`} errors={err.employerName} />
          </div>
          <div>
            <label htmlFor={`${id}-sector`} className="font-semibold text-slate-800">
              Sector
            </label>
            <input
              id={`${id}-sector`}
              name="employerSector"
              className={input}
              aria-describedby={`${id}-sector-err`}
              aria-invalid={err.employerSector ? true : undefined}
            />
            <FieldError id={`${id}-sector-err`} errors={err.employerSector} />
          </div>
        </div>
      )}
      <div>
        <label htmlFor={`${id}-werkvloer`} className="font-semibold text-slate-800">
          Werkvloer of locatie
        </label>
        <input
          id={`${id}-werkvloer`}
          name="werkvloerName"
          required
          list={chosen ? `${id}-werkvloeren` : undefined}
          defaultValue={chosen?.werkvloeren.length === 1 ? chosen.werkvloeren[0]!.name : undefined}
          className={input}
          aria-describedby={`${id}-werkvloer-err`}
          aria-invalid={err.werkvloerName ? true : undefined}
        />
        {chosen ? (
          <datalist id={`${id}-werkvloeren`}>
            {chosen.werkvloeren.map((w) => (
              <option key={w.id} value={w.name} />
            ))}
          </datalist>
        ) : null}
        <FieldError id={`${id}-werkvloer-err`} errors={err.werkvloerName} />
      </div>
      {chosen ? (
        <div>
          <label htmlFor={`${id}-contact`} className="font-semibold text-slate-800">
            Contactpersoon bij de werkgever
          </label>
          <select id={`${id}-contact`} name="contactKeyPersonId" defaultValue="" className={input} aria-describedby={`${id}-contact-err`}>
            <option value="">Later kiezen</option>
            {chosen.keyPersons.map((k) => (
              <option key={k.id} value={k.id}>
                {keyPersonWithFunction(k)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-contact-err`} errors={err.contactKeyPersonId} />
        </div>
      ) : null}
      <div>
        <label htmlFor={`${id}-motivation`} className="font-semibold text-slate-800">
          Waarom doet de organisatie mee?
        </label>
        <p id={`${id}-motivation-hint`} className="text-sm text-slate-600">
          Een eigen, innerlijke reden voorspelt een goed traject. {HEALTH_REMINDER}
        </p>
        <textarea
          id={`${id}-motivation`}
          name="motivation"
          rows={3}
          maxLength={2000}
          className={input}
          aria-describedby={`${id}-motivation-hint`}
        />
      </div>
      <fieldset>
        <legend className="font-semibold text-slate-800">Aantal bijeenkomsten</legend>
        <div className="mt-2 flex gap-4">
          {[1, 2, 3].map((n) => (
            <label key={n} className="flex items-center gap-2">
              <input type="radio" name="plannedSessionCount" value={n} defaultChecked={n === 2} className="size-4 accent-brand-700" />
              {n}
              {n === 2 ? " (aanbevolen)" : ""}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton busy={pending}>Traject starten</SubmitButton>
      {asking ? <HealthCheckPrompt fields={asking} busy={pending} onAdjust={dismiss} /> : null}
    </form>
  );
}
