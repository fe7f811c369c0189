"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useServerSubmit } from "@/components/ui/use-server-submit";
import { ROLE_LABEL, ROLES, roleBelongsToEmployer } from "@/lib/auth/roles";
import type { ActionResult } from "@/lib/actions/result";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";
import { EMPLOYER_FUNCTIONS, userCreateSchema, type UserCreateInput } from "@/lib/users/schema";
import { SubmitButton } from "@/components/ui/submit-button";

export function UserCreateForm({
  employers,
  action,
  initialRole = "EMPLOYER",
}: {
  employers: { id: string; name: string }[];
  /** the role a task asked for ("Maak een account voor een trainer"); in the page's HTML too, before the script runs */
  initialRole?: UserCreateInput["role"];
  action: (input: UserCreateInput) => Promise<ActionResult<{ id: string; name: string }>>;
}) {
  const form = useForm<UserCreateInput>({
    resolver: zodResolver(userCreateSchema),
    defaultValues: { name: "", email: "", role: initialRole, employerId: "", employerFunction: "HR" },
  });
  const { register, reset, control, formState } = form;
  const isEmployer = roleBelongsToEmployer(useWatch({ control, name: "role" }));
  const { onSubmit, message } = useServerSubmit(form, action, (created, values) => {
    reset({ name: "", email: "", role: values.role, employerId: values.employerId, employerFunction: values.employerFunction });
    return `Het account voor ${created.name} is aangemaakt. De link om een wachtwoord te kiezen staat in Uitgaande e-mail.`;
  });
  const e = formState.errors;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 rounded-xl border border-brand-100 bg-white p-5 sm:grid-cols-2"
      aria-labelledby="nieuw-account"
    >
      <Field label="Naam" error={e.name?.message}>
        {(p) => <input {...p} autoComplete="off" className={inputClass} {...register("name")} />}
      </Field>
      <Field label="E-mailadres" error={e.email?.message}>
        {(p) => <input {...p} type="email" autoComplete="off" className={inputClass} {...register("email")} />}
      </Field>
      <Field label="Rol" error={e.role?.message}>
        {(p) => (
          <select {...p} className={inputClass} defaultValue={initialRole} {...register("role")}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {isEmployer ? (
        <>
          <Field label="Werkgever" error={e.employerId?.message}>
            {(p) => (
              <select {...p} className={inputClass} {...register("employerId")}>
                <option value="">Kies een werkgever</option>
                {employers.map((emp) => (
                  <option key={emp.id} value={emp.id}>
                    {emp.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Functie bij de werkgever" error={e.employerFunction?.message}>
            {(p) => (
              <select {...p} className={inputClass} {...register("employerFunction")}>
                {EMPLOYER_FUNCTIONS.map((f) => (
                  <option key={f} value={f}>
                    {EMPLOYER_FUNCTION_LABEL[f]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : null}
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
        <SubmitButton busy={formState.isSubmitting}>Account aanmaken</SubmitButton>
        <p role="status" aria-live="polite" className={message?.ok ? "text-brand-800" : "text-amber-900"} data-testid="user-message">
          {message?.text}
        </p>
      </div>
    </form>
  );
}
