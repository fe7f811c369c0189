import { SHARE_CHOICE_LABEL, shareChoiceHint } from "@/lib/scan/results/privacy-texts";
import { SHARE_FIELD, SHARE_SHOWN_FIELD, SHARE_VALUE } from "@/lib/scan/respondent/field-names";

/**
 * The respondent's choice whether the employer may read their texts, shown above the text fields so
 * it is made before they write (docs/privacy.md#consent). A plain checkbox: the form post saves it,
 * the autosave enhancer saves it on change.
 */
export function ShareChoice({ checked, disabled, minimum }: { checked: boolean; disabled: boolean; minimum: number }) {
  return (
    <div className="rounded-xl border border-brand-100 bg-sand-100 p-4 sm:p-5">
      <input type="hidden" name={SHARE_SHOWN_FIELD} value="1" />
      <div className="flex items-start gap-3">
        <input
          id="share-text"
          type="checkbox"
          name={SHARE_FIELD}
          value={SHARE_VALUE}
          defaultChecked={checked}
          disabled={disabled}
          aria-describedby="share-text-hint status-shareText"
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor="share-text" className="font-semibold text-slate-900">
          {SHARE_CHOICE_LABEL}
        </label>
      </div>
      <p id="share-text-hint" className="mt-2 text-sm text-slate-700">
        {shareChoiceHint(minimum)}
      </p>
      <p id="status-shareText" className="mt-1 min-h-5 text-sm text-slate-700" data-status-for={SHARE_FIELD} />
    </div>
  );
}
