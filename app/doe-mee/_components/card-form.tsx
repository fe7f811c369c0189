"use client";

import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { HealthReminder } from "@/components/ui/health-reminder";
import { CARD_MAX } from "@/lib/room/schema";
import { addCardAction } from "../actions";

/** A short card under an aandachtspunt or "Overig"; the health-data reminder comes before the first one. */
export function CardForm({ themes, first }: { themes: { key: string | null; title: string }[]; first: boolean }) {
  return (
    <ActionForm action={addCardAction} submitLabel="Kaart toevoegen" className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="themeKey" className="block text-sm font-semibold text-slate-800">
          Bij welk aandachtspunt?
        </label>
        <select id="themeKey" name="themeKey" className={inputClass} defaultValue={themes[0]?.key ?? "overig"}>
          {themes.map((t) => (
            <option key={t.key ?? "overig"} value={t.key ?? "overig"}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="text" className="block text-sm font-semibold text-slate-800">
          Uw idee of ervaring
        </label>
        {/* before the first card the reminder stands out; after it, it stays as the field's description */}
        <HealthReminder id="card-reminder" className={first ? "rounded-md bg-sand-100 p-2 font-medium text-slate-800" : ""} />
        <textarea id="text" name="text" required rows={3} maxLength={CARD_MAX} aria-describedby="card-reminder" className={inputClass} />
      </div>
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name="signed" className="mt-1 size-4 accent-brand-700" />
        <span>Zet mijn naam bij deze kaart (anders is hij anoniem, ook voor de begeleiders)</span>
      </label>
    </ActionForm>
  );
}
