"use client";

import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { CodesState } from "../codes-state";

/** A form whose success replaces it with the ten recovery codes, shown this once. */
export function CodesForm({
  action,
  submitLabel,
  children,
  next,
}: {
  action: (prev: CodesState, formData: FormData) => Promise<CodesState>;
  submitLabel: string;
  children?: React.ReactNode;
  /** Where to go once the codes are written down. */
  next: string;
}) {
  const { state, pending, formProps } = useActionForm(action, null);
  if (state?.ok)
    return (
      <div className="max-w-xl space-y-3 rounded-xl border border-brand-200 bg-brand-50 p-5" data-testid="recovery-codes">
        <p role="status" className="font-semibold text-brand-800">
          {state.message}
        </p>
        <p className="text-slate-800">
          Bewaar deze codes op een veilige plek, bijvoorbeeld uitgeprint of in een wachtwoordkluis. Heeft u uw telefoon niet bij de hand,
          dan logt u in met één van deze codes. Elke code werkt één keer. U ziet ze alleen nu.
        </p>
        <ul className="grid grid-cols-2 gap-2 font-mono text-lg" aria-label="Herstelcodes">
          {state.codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <Link href={next} className="inline-block font-semibold text-brand-800 underline underline-offset-2">
          Ik heb de codes bewaard, verder
        </Link>
      </div>
    );
  return (
    <form {...formProps} className="max-w-md space-y-4">
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton size="sm" busy={pending}>
          {submitLabel}
        </SubmitButton>
        <span role="status" aria-live="polite" className="text-sm text-amber-900">
          {state?.ok === false ? [state.message, ...Object.values(state.fieldErrors ?? {}).flat()].join(" ") : null}
        </span>
      </div>
    </form>
  );
}
