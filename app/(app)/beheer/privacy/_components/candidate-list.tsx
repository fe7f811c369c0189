"use client";

import { useActionState } from "react";
import { eraseCandidateAction } from "../actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonStyle } from "@/components/ui/button";

export interface CandidateRow {
  id: string;
  title: string;
  details: string;
}

/** The candidates found for one address, each with its export and erase; the result stays readable after the row is gone. */
export function CandidateList({ candidates }: { candidates: CandidateRow[] }) {
  const [state, formAction, pending] = useActionState(eraseCandidateAction, null);
  return (
    <div className="mt-4">
      <h3 className="mb-2 font-semibold text-slate-900">Kandidaten met dit e-mailadres</h3>
      <p role="status" aria-live="polite" className={`mb-3 text-sm ${state?.ok === false ? "text-amber-900" : "text-brand-800"}`}>
        {state?.message}
      </p>
      {candidates.length === 0 ? (
        <p className="text-slate-700">Geen kandidaten gevonden voor dit adres.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-brand-100 bg-white" data-testid="privacy-candidates">
          {candidates.map((c) => (
            <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
              <div>
                <p className="font-semibold text-slate-900">{c.title}</p>
                <p className="text-sm text-slate-600">{c.details}</p>
              </div>
              <div className="flex flex-wrap items-start gap-2">
                <a
                  href={`/api/beheer/privacy/kandidaten/${c.id}/export`}
                  download
                  className={buttonStyle({ variant: "secondary", size: "sm" })}
                  aria-label={`Gegevens downloaden: ${c.title}`}
                >
                  Gegevens downloaden
                </a>
                <form
                  action={formAction}
                  onSubmit={(e) => {
                    if (!window.confirm(`Kandidaat ${c.title} wissen? Dat kan niet ongedaan worden gemaakt.`)) e.preventDefault();
                  }}
                >
                  <input type="hidden" name="candidateId" value={c.id} />
                  <SubmitButton variant="danger" size="sm" busy={pending} aria-label={`Deze kandidaat wissen: ${c.title}`}>
                    Deze kandidaat wissen
                  </SubmitButton>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
