"use client";

import { useEffect, useRef, useState } from "react";
import { HEALTH_CONFIRM_FIELD, HEALTH_CONFIRM_VALUE, HEALTH_QUESTION } from "@/lib/health-check/texts";
import { Button } from "./button";
import { SubmitButton } from "./submit-button";

/**
 * The health-data check's question (issue 25), inside the form that was refused with HEALTH_CHECK.
 * "Toch bewaren" submits the same form once more with the one field the check reads; "Aanpassen"
 * puts the cursor back in the text. Placed after the form's own submit button: Enter in a field
 * clicks the first submit button, and that must never be "Toch bewaren".
 */
export function HealthCheckPrompt({ fields, busy, onAdjust }: { fields: string[]; busy: boolean; onAdjust: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const adjust = () => {
    const form = ref.current?.closest("form");
    const field = fields.map((name) => form?.elements.namedItem(name)).find((el) => el instanceof HTMLElement);
    onAdjust();
    if (field instanceof HTMLElement) field.focus();
  };
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby="health-check-question"
      data-testid="health-check"
      className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <p id="health-check-question" className="font-semibold text-slate-900">
        {HEALTH_QUESTION}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        Schrijf over afspraken en over wat helpt, zonder te noemen wat iemand heeft. Gaat de tekst niet over de gezondheid van iemand, dan
        kunt u hem gewoon bewaren.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button size="sm" onClick={adjust}>
          Aanpassen
        </Button>
        <SubmitButton size="sm" variant="secondary" busy={busy} name={HEALTH_CONFIRM_FIELD} value={HEALTH_CONFIRM_VALUE}>
          Toch bewaren
        </SubmitButton>
      </div>
    </div>
  );
}

type State = { ok: boolean; code?: string; fieldErrors?: Record<string, string[]> } | null;

/**
 * Whether a form's last answer is the check's question, and a way to put it away ("Aanpassen"): the
 * fields it names, or null. The next answer from the server asks again if the text still needs it.
 */
export function useHealthCheck<S extends State>(state: S) {
  const [adjusted, setAdjusted] = useState<S | null>(null);
  const asking = state && state !== adjusted && !state.ok && state.code === "HEALTH_CHECK" ? Object.keys(state.fieldErrors ?? {}) : null;
  return { asking, dismiss: () => setAdjusted(state) };
}
