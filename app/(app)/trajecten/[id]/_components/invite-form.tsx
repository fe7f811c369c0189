"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useServerSubmit } from "@/components/ui/use-server-submit";
import type { ActionResult } from "@/lib/actions/result";
import { RESPONDENT_FUNCTIONS, invitationSchema, type InvitationInput } from "@/lib/scan/invitations/schema";
import { RESPONDENT_FUNCTION_LABEL } from "@/lib/scan/respondent-functions";
import { SubmitButton } from "@/components/ui/submit-button";

export function InviteForm({
  trajectId,
  defaultDeadline,
  action,
}: {
  trajectId: string;
  defaultDeadline: string;
  action: (input: InvitationInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const form = useForm<InvitationInput>({
    resolver: zodResolver(invitationSchema),
    defaultValues: { trajectId, name: "", email: "", function: "HR", deadline: defaultDeadline },
  });
  const { register, reset, formState } = form;
  const { onSubmit, message } = useServerSubmit(form, action, (_data, values) => {
    reset({ trajectId, name: "", email: "", function: values.function, deadline: values.deadline });
    return `De uitnodiging voor ${values.name} is verstuurd.`;
  });
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" aria-labelledby="uitnodigen-titel">
      <input type="hidden" {...register("trajectId")} />
      <Field label="Naam" error={e.name?.message}>
        {(p) => <input {...p} autoComplete="off" className={inputClass} {...register("name")} />}
      </Field>
      <Field label="E-mailadres" error={e.email?.message}>
        {(p) => <input {...p} type="email" autoComplete="off" className={inputClass} {...register("email")} />}
      </Field>
      <Field label="Functie" error={e.function?.message}>
        {(p) => (
          <select {...p} className={inputClass} {...register("function")}>
            {RESPONDENT_FUNCTIONS.map((f) => (
              <option key={f} value={f}>
                {RESPONDENT_FUNCTION_LABEL[f]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Invullen vóór" error={e.deadline?.message}>
        {(p) => <input {...p} type="date" className={inputClass} {...register("deadline")} />}
      </Field>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
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
