import { addFollowUpStepAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { HealthReminder } from "@/components/ui/health-reminder";
import { FOLLOW_UP_OWNER_LABEL, type FollowUpOwnerKey } from "@/lib/followup/labels";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
const owners = Object.entries(FOLLOW_UP_OWNER_LABEL) as [FollowUpOwnerKey, string][];

/** A step added after the sessions: what, who (a role, not a name) and by when. */
export function AddStepForm({ trajectId }: { trajectId: string }) {
  return (
    <ActionForm action={addFollowUpStepAction} submitLabel="Stap toevoegen" className="space-y-3">
      <input type="hidden" name="trajectId" value={trajectId} />
      <label className="block text-sm font-semibold text-slate-800">
        Wat is de stap?
        <textarea name="text" required minLength={3} maxLength={500} rows={2} aria-describedby="stap-herinnering" className={input} />
      </label>
      <HealthReminder id="stap-herinnering" />
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block text-sm font-semibold text-slate-800">
          Wie pakt het op?
          <select name="owner" defaultValue="" className={input}>
            <option value="">Nog niet gekozen</option>
            {owners.map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold text-slate-800">
          Streefdatum (niet verplicht)
          <input type="date" name="dueDate" min="2000-01-01" max="2100-12-31" className={input} />
        </label>
      </div>
    </ActionForm>
  );
}
