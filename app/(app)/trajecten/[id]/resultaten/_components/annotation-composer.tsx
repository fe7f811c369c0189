"use client";

import { useId } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { HealthCheckPrompt, useHealthCheck } from "@/components/ui/health-check-prompt";
import { HEALTH_REMINDER } from "@/lib/health-check/texts";
import { createAnnotationAction, type AnnotationFormState } from "../actions";
import { VisibilityChoice } from "./visibility-choice";
import { SubmitButton } from "@/components/ui/submit-button";

/** An expert writes a reflection on a theme (or one statement). Works without JavaScript. */
export function AnnotationComposer({
  trajectId,
  themeKey,
  items,
}: {
  trajectId: string;
  themeKey: string;
  items: { key: string; text: string }[];
}) {
  const { state, pending, formProps } = useActionForm<AnnotationFormState>(createAnnotationAction, null);
  const { asking, dismiss } = useHealthCheck(state);
  const id = useId();
  return (
    <details className="rounded-lg border border-dashed border-brand-200 bg-white p-3">
      <summary className="cursor-pointer font-semibold text-brand-800">Reflectie schrijven bij dit thema</summary>
      <form {...formProps} className="mt-3 space-y-3">
        <input type="hidden" name="trajectId" value={trajectId} />
        <input type="hidden" name="themeKey" value={themeKey} />
        <div>
          <label htmlFor={`${id}-item`} className="block text-sm font-semibold text-slate-800">
            Over
          </label>
          <select
            id={`${id}-item`}
            name="itemKey"
            defaultValue=""
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
          >
            <option value="">Het hele thema</option>
            {items.map((i) => (
              <option key={i.key} value={i.key}>
                {i.key} {i.text.length > 70 ? `${i.text.slice(0, 70)}…` : i.text}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-body`} className="block text-sm font-semibold text-slate-800">
            Uw reflectie vanuit ervaring
          </label>
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            U bepaalt zelf wat u deelt. {HEALTH_REMINDER}
          </p>
          <textarea
            id={`${id}-body`}
            name="body"
            rows={4}
            required
            maxLength={4000}
            aria-describedby={`${id}-hint`}
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <VisibilityChoice name="visibility" defaultValue="PRIVATE" idPrefix={`${id}-vis`} />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton busy={pending}>Bewaren</SubmitButton>
          <p role="status" aria-live="polite" className={state?.ok === false ? "text-sm text-amber-900" : "text-sm text-brand-800"}>
            {asking ? null : state?.message}
            {state?.ok === false && state.fieldErrors && !asking ? ` ${Object.values(state.fieldErrors).flat().join(" ")}` : ""}
          </p>
        </div>
        {asking ? <HealthCheckPrompt fields={asking} busy={pending} onAdjust={dismiss} /> : null}
      </form>
    </details>
  );
}
