import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { HealthReminder } from "@/components/ui/health-reminder";
import type { FormState } from "@/lib/actions/result";
import { formatDate, formatDateTime } from "@/lib/dates";
import { FOLLOW_UP_KIND_LABEL, PAST_DUE_LABEL, STEP_STATUSES, STEP_STATUS_LABEL } from "@/lib/followup/labels";
import type { FollowUpItem, OpenStep } from "@/lib/followup/steps";
import { worksheetLinks } from "@/lib/worksheets/links";
import { WorksheetLinks } from "@/components/worksheets/worksheet-links";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
const pill = "inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold";

/** The status as words in a pill (never colour alone); "Streefdatum voorbij" calm, beside it. */
export function StepStatusBadges({ item }: { item: Pick<FollowUpItem, "status" | "overdue"> }) {
  return (
    <span className="flex flex-wrap gap-2">
      <span className={`${pill} border-brand-200 bg-brand-50 text-brand-800`}>Stand: {STEP_STATUS_LABEL[item.status]}</span>
      {item.overdue ? <span className={`${pill} border-amber-300 bg-amber-50 text-amber-900`}>{PAST_DUE_LABEL}</span> : null}
    </span>
  );
}

/** Who picks it up and when it is due, on one line ("" when neither is known). */
export const ownerAndDue = (item: Pick<FollowUpItem, "owner" | "dueDate">): string =>
  [item.owner ? `Wie: ${item.owner}` : null, item.dueDate ? `Streefdatum: ${formatDate(item.dueDate)}` : null].filter(Boolean).join(" · ");

/**
 * The follow-up list of one traject: every next step and every afspraak with an owner, with how it is
 * going. With `action` (the actor holds steps:follow) each item has a small form for its status and
 * note; it names the version shown, so a crossing update is refused rather than overwritten.
 */
export function StepList({
  trajectId,
  items,
  action,
  worksheets = false,
}: {
  trajectId: string;
  items: FollowUpItem[];
  action?: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Show each item's worksheets (the actor holds worksheets:read) */
  worksheets?: boolean;
}) {
  if (items.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">
        Er zijn nog geen vervolgstappen of afspraken met iemand die ze oppakt.
      </p>
    );
  return (
    <>
      {action ? <HealthReminder id="toelichting-herinnering" className="mb-3" /> : null}
      <ul className="space-y-4" data-testid="followup-list">
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className="rounded-xl border border-brand-100 bg-white p-5 shadow-sm">
            <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{FOLLOW_UP_KIND_LABEL[item.kind]}</p>
            <p className="mt-1 font-semibold text-slate-900">{item.text}</p>
            {item.body ? <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{item.body}</p> : null}
            {worksheets ? <WorksheetLinks links={worksheetLinks(item.worksheets)} className="mt-2" /> : null}
            <div className="mt-2 space-y-1 text-sm text-slate-700">
              <StepStatusBadges item={item} />
              {ownerAndDue(item) ? <p>{ownerAndDue(item)}</p> : null}
              {item.statusNote ? <p className="whitespace-pre-line">Toelichting: {item.statusNote}</p> : null}
              {item.statusChangedAt ? (
                <p className="text-slate-600">
                  Bijgewerkt{item.statusChangedByName ? ` door ${item.statusChangedByName}` : ""} op {formatDateTime(item.statusChangedAt)}
                </p>
              ) : null}
            </div>
            {action ? (
              <ActionForm action={action} submitLabel="Stand bewaren" className="mt-3 space-y-3 border-t border-slate-100 pt-3">
                <input type="hidden" name="trajectId" value={trajectId} />
                <input type="hidden" name="kind" value={item.kind} />
                <input type="hidden" name="id" value={item.id} />
                {/* keyed by version: a saved change brings fresh defaults (a form reset returns to these). Every
                  item has the same controls, so the legend tells a screen reader which item these are. */}
                <fieldset key={item.version} className="grid gap-3 sm:grid-cols-[12rem_1fr]">
                  <legend className="sr-only">De stand van: {item.text}</legend>
                  <input type="hidden" name="version" value={item.version} />
                  <label className="block text-sm font-semibold text-slate-800">
                    Hoe staat het ervoor?
                    <select name="status" defaultValue={item.status} className={input}>
                      {STEP_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {STEP_STATUS_LABEL[s]}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="block text-sm font-semibold text-slate-800">
                    Toelichting (niet verplicht)
                    <textarea
                      name="note"
                      rows={2}
                      maxLength={1000}
                      defaultValue={item.statusNote ?? ""}
                      aria-describedby="toelichting-herinnering"
                      className={input}
                    />
                  </label>
                </fieldset>
              </ActionForm>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The employer's open items across their trajects, by due date, each linking to its follow-up page. */
export function OpenStepList({ items }: { items: OpenStep[] }) {
  if (items.length === 0) return <p className="text-slate-700">Er lopen nu geen vervolgstappen.</p>;
  return (
    <ul className="space-y-3" data-testid="open-steps">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`} className="rounded-lg border border-brand-100 bg-white p-4">
          <Link href={`/trajecten/${item.trajectId}/opvolging`} className="font-semibold text-brand-800 underline underline-offset-4">
            {item.text}
          </Link>
          <p className="text-sm text-slate-600">
            {[FOLLOW_UP_KIND_LABEL[item.kind], item.trajectLabel, ownerAndDue(item)].filter(Boolean).join(" · ")}
          </p>
          <div className="mt-1">
            <StepStatusBadges item={item} />
          </div>
        </li>
      ))}
    </ul>
  );
}
