"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { importQuestionnaireAction, type ImportQuestionnaireState } from "../actions";
import { Field } from "@/components/ui/field";
import { questionnaireImportSchema } from "@/lib/questionnaires/import-schema";
import { SubmitButton } from "@/components/ui/submit-button";

// A long list of errors is more than anyone reads at once; the first ones show what to fix.
const MAX_LISTED = 50;

export function ImportForm() {
  const [state, formAction, isPending] = useActionState<ImportQuestionnaireState, FormData>(importQuestionnaireAction, null);
  const [clientError, setClientError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // After a refused import, move focus to the summary so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
  }, [state]);

  // Same schema as the server; a file that is missing or too large is never sent.
  function checkBeforeSending(event: React.FormEvent<HTMLFormElement>) {
    const parsed = questionnaireImportSchema.safeParse({ file: new FormData(event.currentTarget).get("file") });
    if (parsed.success) {
      setClientError(null);
      return;
    }
    event.preventDefault();
    setClientError(parsed.error.issues[0]?.message ?? "Kies een JSON-bestand met de vragenlijst.");
    inputRef.current?.focus();
  }

  const errors = state && !state.ok ? Object.values(state.fieldErrors ?? {}).flat() : [];
  const showServer = !clientError && !isPending;

  return (
    <form
      action={formAction}
      onSubmit={checkBeforeSending}
      noValidate
      className="max-w-2xl space-y-5"
      data-testid="questionnaire-import-form"
    >
      <Field
        label="Bestand met de vragenlijst (JSON)"
        hint="Hetzelfde formaat als mhb-2025.json. De sleutel (id) in het bestand bepaalt van welke vragenlijst dit een nieuwe versie wordt."
        error={clientError ?? undefined}
      >
        {(p) => (
          <input
            {...p}
            ref={inputRef}
            name="file"
            type="file"
            accept="application/json,.json"
            required
            className="block w-full text-base text-slate-900 file:mr-4 file:rounded-md file:border file:border-brand-600 file:bg-white file:px-4 file:py-2 file:font-semibold file:text-brand-800 hover:file:bg-brand-50"
          />
        )}
      </Field>

      <SubmitButton busy={isPending} busyLabel="Bezig met controleren…">
        Controleren en importeren
      </SubmitButton>

      <div aria-live="polite" aria-atomic="true" data-testid="import-result">
        {showServer && state?.ok ? (
          <p className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 font-medium text-brand-800">
            Versie {state.data.version} van {state.data.title} is geïmporteerd ({state.data.itemCount} stellingen).
          </p>
        ) : null}
        {showServer && state && !state.ok ? (
          <div
            ref={summaryRef}
            tabIndex={-1}
            className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-amber-950 focus:outline-2 focus:outline-offset-2 focus:outline-amber-700"
          >
            <p className="font-semibold">{state.message}</p>
            {errors.length > 0 ? (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {errors.slice(0, MAX_LISTED).map((error, i) => (
                  <li key={i} className="break-words">
                    {error}
                  </li>
                ))}
                {errors.length > MAX_LISTED ? <li>… en nog {errors.length - MAX_LISTED} andere punten.</li> : null}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
