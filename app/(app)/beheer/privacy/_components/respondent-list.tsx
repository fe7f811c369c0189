"use client";

import { useActionState } from "react";
import { eraseRespondentAction } from "../actions";
import { SubmitButton } from "@/components/ui/submit-button";

export interface RespondentRow {
  invitationId: string;
  title: string;
  details: string;
  confirm: string;
}

/** The invitations found for one address, each with its erase button; the result stays readable after the row is gone. */
export function RespondentList({ respondents }: { respondents: RespondentRow[] }) {
  const [state, formAction, pending] = useActionState(eraseRespondentAction, null);
  return (
    <div className="mt-4">
      <p role="status" aria-live="polite" className={`mb-3 text-sm ${state?.ok === false ? "text-amber-900" : "text-brand-800"}`}>
        {state?.message}
      </p>
      {respondents.length === 0 ? (
        <p className="text-slate-700">Geen uitnodigingen gevonden voor dit adres.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-brand-100 bg-white" data-testid="privacy-respondents">
          {respondents.map((r) => (
            <li key={r.invitationId} className="flex flex-wrap items-start justify-between gap-3 p-4">
              <div>
                <p className="font-semibold text-slate-900">{r.title}</p>
                <p className="text-sm text-slate-600">{r.details}</p>
              </div>
              <form
                action={formAction}
                onSubmit={(e) => {
                  if (!window.confirm(r.confirm)) e.preventDefault();
                }}
              >
                <input type="hidden" name="invitationId" value={r.invitationId} />
                <SubmitButton variant="danger" size="sm" busy={pending}>
                  Deze respondent wissen
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
