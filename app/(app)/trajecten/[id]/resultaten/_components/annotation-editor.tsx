"use client";

import { useActionState, useId } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { HealthCheckPrompt, useHealthCheck } from "@/components/ui/health-check-prompt";
import { HealthReminder } from "@/components/ui/health-reminder";
import { deleteAnnotationAction, updateAnnotationAction, type AnnotationFormState } from "../actions";
import { VisibilityChoice } from "./visibility-choice";
import { SubmitButton } from "@/components/ui/submit-button";

/** The author changes the text or how far a note is shared, or removes it. */
export function AnnotationEditor({ annotation }: { annotation: { id: string; body: string; visibility: string; version: number } }) {
  const { state, pending: saving, formProps } = useActionForm<AnnotationFormState>(updateAnnotationAction, null);
  const [removed, remove, removing] = useActionState<AnnotationFormState, FormData>(deleteAnnotationAction, null);
  const id = useId();
  const { asking, dismiss } = useHealthCheck(state);
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">Wijzigen of verwijderen</summary>
      <form {...formProps} className="mt-2 space-y-3">
        <input type="hidden" name="annotationId" value={annotation.id} />
        <input type="hidden" name="version" value={annotation.version} />
        <label htmlFor={`${id}-body`} className="block text-sm font-semibold text-slate-800">
          Tekst
        </label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={4}
          defaultValue={annotation.body}
          maxLength={4000}
          aria-describedby={`${id}-hint`}
          className="block w-full rounded-md border border-slate-400 px-3 py-2"
        />
        <HealthReminder id={`${id}-hint`} />
        <VisibilityChoice name="visibility" defaultValue={annotation.visibility} idPrefix={`${id}-vis`} />
        <SubmitButton size="sm" busy={saving}>
          Wijziging bewaren
        </SubmitButton>
        <p role="status" aria-live="polite" className={state?.ok === false ? "text-sm text-amber-900" : "text-sm text-brand-800"}>
          {asking ? null : state?.message}
        </p>
        {asking ? <HealthCheckPrompt fields={asking} busy={saving} onAdjust={dismiss} /> : null}
      </form>
      <form action={remove} className="mt-2">
        <input type="hidden" name="annotationId" value={annotation.id} />
        <SubmitButton variant="secondary" size="sm" busy={removing}>
          Notitie verwijderen
        </SubmitButton>
        <span role="status" aria-live="polite" className="ml-2 text-sm">
          {removed?.message}
        </span>
      </form>
    </details>
  );
}
