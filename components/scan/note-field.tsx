import { MAX_NOTE_LENGTH } from "@/lib/scan/respondent/answer-schema";
import { noteField, revisionField } from "@/lib/scan/respondent/field-names";

export function NoteField({
  noteKey,
  label,
  current,
  disabled,
  hint = "Noem geen namen of gezondheidsgegevens van medewerkers.",
}: {
  noteKey: string;
  label: string;
  current: { text: string; revision: number } | undefined;
  disabled: boolean;
  hint?: string;
}) {
  const id = `note-${noteKey.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return (
    <div className="rounded-xl border border-brand-100 bg-white p-4 sm:p-5">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label} <span className="font-normal text-slate-600">(niet verplicht)</span>
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {hint}
      </p>
      <input type="hidden" name={revisionField(noteKey)} value={current?.revision ?? 0} data-rev-for={noteKey} />
      <textarea
        id={id}
        name={noteField(noteKey)}
        defaultValue={current?.text ?? ""}
        disabled={disabled}
        maxLength={MAX_NOTE_LENGTH}
        rows={4}
        aria-describedby={`${id}-hint status-${noteKey}`}
        data-note-key={noteKey}
        className="mt-2 block w-full rounded-md border border-slate-400 px-3 py-2 text-base"
      />
      <p id={`status-${noteKey}`} className="mt-1 min-h-5 text-sm text-slate-700" data-status-for={noteKey} />
    </div>
  );
}
