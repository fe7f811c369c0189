import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/schema";

/**
 * A new password and its repeat, wherever one is chosen (activation, the first admin, a change): the
 * same hint and autocomplete="new-password" so password managers offer to generate one. The labels
 * stay the caller's, since they differ per screen.
 */
export function NewPasswordFields({
  label,
  confirmLabel,
  password,
  confirm,
  errors,
}: {
  label: string;
  confirmLabel: string;
  password: UseFormRegisterReturn;
  confirm: UseFormRegisterReturn;
  errors: { password?: string; confirm?: string };
}) {
  return (
    <>
      <Field
        label={label}
        hint={`Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`}
        error={errors.password}
      >
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} {...password} />}
      </Field>
      <Field label={confirmLabel} error={errors.confirm}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} {...confirm} />}
      </Field>
    </>
  );
}
