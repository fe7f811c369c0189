"use client";

import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { joinAction } from "../actions";

/** A name (chosen, or picked from the session's list) and whether the room may see it in "who is here". */
export function JoinForm({ code, attendees }: { code: string; attendees: { id: string; name: string }[] }) {
  return (
    <ActionForm action={joinAction} submitLabel="Meedoen" className="mt-6 space-y-4">
      <input type="hidden" name="code" value={code} />
      {attendees.length > 0 ? (
        <div className="space-y-1">
          <label htmlFor="attendeeId" className="block text-sm font-semibold text-slate-800">
            Staat u op de lijst? Kies uzelf (mag ook niet)
          </label>
          <select
            id="attendeeId"
            name="attendeeId"
            defaultValue=""
            className={inputClass}
            aria-describedby="attendee-hint"
            onChange={(e) => {
              // picking oneself fills the name field; it stays editable
              const picked = attendees.find((a) => a.id === e.currentTarget.value);
              const field = e.currentTarget.form?.elements.namedItem("name");
              if (picked && field instanceof HTMLInputElement && field.value === "") field.value = picked.name;
            }}
          >
            <option value="">Ik kies zelf een naam</option>
            {attendees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <p id="attendee-hint" className="text-sm text-slate-600">
            Dan krijgt u de samenvatting na afloop ook per mail.
          </p>
        </div>
      ) : null}
      <div className="space-y-1">
        <label htmlFor="name" className="block text-sm font-semibold text-slate-800">
          Uw naam in deze sessie
        </label>
        <input id="name" name="name" required maxLength={60} autoComplete="nickname" className={inputClass} aria-describedby="name-hint" />
        <p id="name-hint" className="text-sm text-slate-600">
          Een voornaam of bijnaam is genoeg. Uw kaarten blijven anoniem, tenzij u er zelf uw naam bij zet.
        </p>
      </div>
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name="named" className="mt-1 size-4 accent-brand-700" />
        <span>Toon mijn naam bij &ldquo;wie er is&rdquo; (anders telt u mee als deelnemer zonder naam)</span>
      </label>
    </ActionForm>
  );
}
