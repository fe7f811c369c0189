"use client";

import { useActionState, useId } from "react";
import { inputClass } from "@/components/ui/field";
import { eraseEmployerAction } from "../actions";
import { SubmitButton } from "@/components/ui/submit-button";

export interface EmployerRow {
  id: string;
  name: string;
  details: string;
}

/**
 * The employers with their export link and erase form. One result line above the list: after an
 * erasure the employer's row is gone, and the admin still reads what was erased.
 */
export function EmployerList({ employers }: { employers: EmployerRow[] }) {
  const [state, formAction, pending] = useActionState(eraseEmployerAction, null);
  return (
    <>
      <p role="status" aria-live="polite" className={`mb-3 text-sm ${state?.ok === false ? "text-amber-900" : "text-brand-800"}`}>
        {state?.message}
      </p>
      {employers.length === 0 ? (
        <p className="text-slate-700">Er zijn (nog) geen werkgevers.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-brand-100 bg-white" data-testid="privacy-employers">
          {employers.map((e) => (
            <EmployerItem key={e.id} employer={e} formAction={formAction} pending={pending} />
          ))}
        </ul>
      )}
    </>
  );
}

// Erasing needs the name typed again: one wrong click on a list must not wipe an employer.
function EmployerItem({ employer, formAction, pending }: { employer: EmployerRow; formAction: (fd: FormData) => void; pending: boolean }) {
  const id = useId();
  return (
    <li className="p-4">
      <p className="font-semibold text-slate-900">{employer.name}</p>
      <p className="text-sm text-slate-600">{employer.details}</p>
      <p className="mt-2">
        <a
          href={`/api/beheer/privacy/werkgevers/${employer.id}/export`}
          className="text-sm font-semibold text-brand-800 underline underline-offset-2"
          download
        >
          Exporteren (zip)
        </a>
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-semibold text-brand-800 underline underline-offset-2">Alles wissen…</summary>
        <form action={formAction} className="mt-3 max-w-md space-y-3">
          <input type="hidden" name="employerId" value={employer.id} />
          <p className="text-sm text-slate-700">
            Dit wist de werkgever met alle trajecten, uitnodigingen, antwoorden, sleutelpersonen, accounts en e-mails. Dat kan niet ongedaan
            worden gemaakt. Maak eerst een export als die nog nodig is.
          </p>
          <div className="space-y-1">
            <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
              Typ ter bevestiging de naam: {employer.name}
            </label>
            <input id={id} name="confirmName" required autoComplete="off" className={inputClass} />
          </div>
          <SubmitButton variant="danger" size="sm" busy={pending}>
            Alles van deze werkgever wissen
          </SubmitButton>
        </form>
      </details>
    </li>
  );
}
