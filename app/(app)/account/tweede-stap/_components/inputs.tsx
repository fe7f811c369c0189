"use client";

import { Field, inputClass } from "@/components/ui/field";

export function CodeInput({ name, label }: { name: string; label: string }) {
  return (
    <Field label={label}>
      {(p) => (
        <input {...p} name={name} inputMode="text" autoComplete="one-time-code" spellCheck={false} maxLength={40} className={inputClass} />
      )}
    </Field>
  );
}

export function PasswordInput() {
  return (
    <Field label="Huidig wachtwoord">
      {(p) => <input {...p} name="password" type="password" autoComplete="current-password" className={inputClass} />}
    </Field>
  );
}
