"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/actions/result";
import { closeFollowUpRoundAction, startFollowUpRoundAction } from "../follow-up-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { WorkingVersionNotice } from "@/components/questionnaires/working-version-notice";
import { shortVersionLabel } from "@/lib/questionnaires/short";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
const link = "font-medium text-brand-700 underline underline-offset-4";

/**
 * The trainer's controls for the follow-up scan: start one, or close the one that runs. One component
 * that stays on the page through both, so what the last action said stays readable (and announced)
 * after the page shows the new state: starting removes the start form, closing the close button.
 */
export function RoundControls({
  trajectId,
  canStart,
  openFollowUp,
  canInvite,
  questionnaires,
  defaultDeadline,
}: {
  trajectId: string;
  canStart: boolean;
  /** the number of the follow-up round that runs, or null */
  openFollowUp: number | null;
  canInvite: boolean;
  questionnaires: { id: string; title: string; version: number; bundled: boolean; coreCount: number; shortUnavailable: string | null }[];
  defaultDeadline: string;
}) {
  const start = useActionForm<FormState>(startFollowUpRoundAction, null);
  const [closed, closeAction, closing] = useActionState<FormState, FormData>(closeFollowUpRoundAction, null);
  // what the last action said, start or close (both may have run on this page)
  const [lastAction, setLastAction] = useState<"start" | "close" | null>(null);
  const last = lastAction === "start" ? start.state : lastAction === "close" ? closed : null;
  // the short version depends on the chosen questionnaire: its core statements, or why it cannot be short
  const [chosenId, setChosenId] = useState(questionnaires[0]?.id);
  const chosen = questionnaires.find((q) => q.id === chosenId) ?? questionnaires[0];
  return (
    <div className="mt-4 space-y-4">
      {openFollowUp !== null ? (
        <div className="flex flex-wrap items-center gap-3">
          {canInvite ? (
            <Link href={`/trajecten/${trajectId}/scan#scan-titel`} className={link}>
              Uitnodigingen van de vervolgscan beheren
            </Link>
          ) : null}
          <form
            action={closeAction}
            onSubmit={(e) => {
              if (!window.confirm("Na het afsluiten slaan de links geen antwoorden meer op en ziet de werkgever de voortgang. Doorgaan?"))
                e.preventDefault();
              else setLastAction("close");
            }}
          >
            <input type="hidden" name="trajectId" value={trajectId} />
            <input type="hidden" name="round" value={openFollowUp} />
            <SubmitButton variant="secondary" size="sm" busy={closing}>
              Vervolgscan afsluiten
            </SubmitButton>
          </form>
        </div>
      ) : null}
      {canStart ? (
        <div>
          <h3 className="font-semibold text-brand-800">Een vervolgscan starten</h3>
          <form
            {...start.formProps}
            onSubmit={(e) => {
              setLastAction("start");
              start.formProps.onSubmit(e);
            }}
            className="mt-2 space-y-3"
          >
            <input type="hidden" name="trajectId" value={trajectId} />
            <div className="grid gap-3 sm:grid-cols-2">
              <label className="block text-sm font-semibold text-slate-800">
                Vragenlijst
                <select name="questionnaireId" value={chosen?.id} onChange={(e) => setChosenId(e.target.value)} className={input}>
                  {questionnaires.map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.title} (versie {q.version}
                      {q.bundled ? ", werkversie" : ""})
                    </option>
                  ))}
                </select>
              </label>
              <label className="block text-sm font-semibold text-slate-800">
                Graag ingevuld vóór
                <input
                  type="date"
                  name="deadline"
                  required
                  defaultValue={defaultDeadline}
                  min="2000-01-01"
                  max="2100-12-31"
                  className={input}
                />
              </label>
            </div>
            {chosen?.bundled ? <WorkingVersionNotice /> : null}
            <fieldset className="space-y-1 text-sm text-slate-800">
              <legend className="font-semibold">Omvang</legend>
              <label className="flex items-start gap-2">
                <input type="radio" name="version" value="full" defaultChecked className="mt-1 h-4 w-4" />
                <span>Volledige scan (alle stellingen)</span>
              </label>
              <label className="flex items-start gap-2">
                <input type="radio" name="version" value="short" disabled={!!chosen?.shortUnavailable} className="mt-1 h-4 w-4" />
                <span>{shortVersionLabel(chosen?.coreCount ?? 0)}</span>
              </label>
              {chosen?.shortUnavailable ? <p className="text-slate-600">{chosen.shortUnavailable}</p> : null}
            </fieldset>
            <label className="flex items-start gap-2 text-sm text-slate-800">
              <input type="checkbox" name="reinvite" value="on" defaultChecked className="mt-1 h-4 w-4" />
              <span>Dezelfde mensen opnieuw uitnodigen (iedereen die de vorige scan kreeg en van wie de gegevens nog bewaard zijn)</span>
            </label>
            <p className="text-sm text-slate-600">
              Een nieuwere versie van de vragenlijst kan ook: thema’s met dezelfde sleutel worden vergeleken, nieuwe thema’s staan apart.
            </p>
            <SubmitButton size="sm" busy={start.pending}>
              Vervolgscan starten
            </SubmitButton>
          </form>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className={`text-sm ${last?.ok === false ? "text-amber-900" : "text-brand-800"}`}>
        {last?.message}
      </p>
    </div>
  );
}
