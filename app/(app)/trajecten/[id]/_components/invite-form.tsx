"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useServerSubmit } from "@/components/ui/use-server-submit";
import type { ActionResult } from "@/lib/actions/result";
import { RESPONDENT_FUNCTIONS, inviteRespondentsSchema, type InviteRespondentsInput } from "@/lib/scan/invitations/schema";
import { RESPONDENT_FUNCTION_LABEL } from "@/lib/scan/respondent-functions";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";
import { inviteOutcomeText } from "@/lib/scan/invitations/labels";
import { SubmitButton } from "@/components/ui/submit-button";

export type InviteKeyPerson = { id: string; name: string; email: string; function: keyof typeof EMPLOYER_FUNCTION_LABEL; invited: boolean };

/**
 * The employer's key persons, ticked unless already invited in this round, and "someone else" who can
 * be saved as a key person in the same step (issue 24). One submit; the status line says per person
 * what happened.
 */
export function InviteForm({
  trajectId,
  defaultDeadline,
  employerName,
  keyPersons,
  mayAddKeyPerson,
  action,
}: {
  trajectId: string;
  defaultDeadline: string;
  employerName: string;
  keyPersons: InviteKeyPerson[];
  /** keyPerson:manage on the employer: "someone else" may be saved as a key person */
  mayAddKeyPerson: boolean;
  action: (input: InviteRespondentsInput) => Promise<ActionResult<Parameters<typeof inviteOutcomeText>[0]>>;
}) {
  const empty = { trajectId, otherName: "", otherEmail: "", saveAsKeyPerson: false };
  const form = useForm<InviteRespondentsInput>({
    resolver: zodResolver(inviteRespondentsSchema),
    defaultValues: {
      ...empty,
      keyPersonIds: keyPersons.filter((k) => !k.invited).map((k) => k.id),
      otherFunction: "MEDEWERKER",
      deadline: defaultDeadline,
    },
  });
  const { register, reset, formState } = form;
  const { onSubmit, message } = useServerSubmit(form, action, (data, values) => {
    // who was ticked is invited now, and listed as such once the page is fresh
    reset({ ...empty, keyPersonIds: [], otherFunction: values.otherFunction, deadline: values.deadline });
    return inviteOutcomeText(data);
  });
  const e = formState.errors;
  const open = keyPersons.filter((k) => !k.invited);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-labelledby="uitnodigen-titel">
      <input type="hidden" {...register("trajectId")} />
      <fieldset aria-describedby={e.keyPersonIds ? "sleutelpersonen-fout" : undefined}>
        <legend className="text-sm font-semibold text-slate-800">Sleutelpersonen van {employerName}</legend>
        {keyPersons.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700">Er staan nog geen sleutelpersonen bij deze werkgever. Nodig hieronder iemand uit.</p>
        ) : (
          <ul className="mt-1 space-y-1" data-testid="invite-key-persons">
            {keyPersons.map((k) => (
              <li key={k.id} className="text-sm">
                {k.invited ? (
                  <p className="flex flex-wrap gap-x-2 py-1 text-slate-700">
                    <span className="font-medium text-slate-800">{k.name}</span>
                    <span className="break-all">{k.email}</span>
                    <span>· {EMPLOYER_FUNCTION_LABEL[k.function]} · al uitgenodigd</span>
                  </p>
                ) : (
                  <label className="flex min-h-6 items-start gap-2 py-1">
                    <input type="checkbox" value={k.id} className="mt-0.5 size-4 shrink-0 accent-brand-700" {...register("keyPersonIds")} />
                    <span>
                      <span className="font-medium text-slate-800">{k.name}</span>{" "}
                      <span className="break-all text-slate-700">{k.email}</span>{" "}
                      <span className="text-slate-700">· {EMPLOYER_FUNCTION_LABEL[k.function]}</span>
                    </span>
                  </label>
                )}
              </li>
            ))}
          </ul>
        )}
        {keyPersons.length > 0 && open.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700">Alle sleutelpersonen zijn uitgenodigd voor deze scan.</p>
        ) : null}
        {e.keyPersonIds ? (
          <p id="sleutelpersonen-fout" className="mt-1 text-sm font-medium text-amber-800">
            {e.keyPersonIds.message}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-800">Iemand anders</legend>
        <Field label="Naam" error={e.otherName?.message}>
          {(p) => <input {...p} autoComplete="off" className={inputClass} {...register("otherName")} />}
        </Field>
        <Field label="E-mailadres" error={e.otherEmail?.message}>
          {(p) => <input {...p} type="email" autoComplete="off" className={inputClass} {...register("otherEmail")} />}
        </Field>
        <Field label="Functie" error={e.otherFunction?.message}>
          {(p) => (
            <select {...p} className={inputClass} {...register("otherFunction")}>
              {RESPONDENT_FUNCTIONS.map((f) => (
                <option key={f} value={f}>
                  {RESPONDENT_FUNCTION_LABEL[f]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {mayAddKeyPerson ? (
          <label className="flex min-h-6 items-start gap-2 self-end py-2 text-sm sm:col-span-2">
            <input type="checkbox" className="mt-0.5 size-4 shrink-0 accent-brand-700" {...register("saveAsKeyPerson")} />
            <span>Ook bewaren als sleutelpersoon van {employerName}</span>
          </label>
        ) : null}
      </fieldset>
      <div className="max-w-xs">
        <Field label="Invullen vóór" error={e.deadline?.message}>
          {(p) => <input {...p} type="date" className={inputClass} {...register("deadline")} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton busy={formState.isSubmitting} busyLabel="Bezig met versturen…">
          Uitnodiging versturen
        </SubmitButton>
        <p role="status" aria-live="polite" className={message?.ok ? "text-brand-800" : "text-amber-900"} data-testid="invite-message">
          {message?.text}
        </p>
      </div>
    </form>
  );
}
