import { inputClass } from "@/components/ui/field";
import { CANDIDATE_CHANNELS, CANDIDATE_CHANNEL_LABEL, type CandidateChannelKey } from "@/lib/training/labels";

const label = "block text-sm font-semibold text-slate-800";

export interface CandidateValues {
  name: string;
  email: string;
  phone: string;
  channel: CandidateChannelKey | "";
  channelOther: string;
}

/**
 * The candidate's fields, for the new-candidate form and the candidate's own page. It says first what
 * does not belong here: anything about health. `idPrefix` keeps the ids unique on the page.
 */
export function CandidateFields({ idPrefix, values, emailHint }: { idPrefix: string; values: CandidateValues; emailHint?: string }) {
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <p id={id("let-op")} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950 sm:col-span-2">
        Leg hier alleen vast wat nodig is om contact te houden. Niets over iemands gezondheid of diagnose: dat hoort hier niet, ook niet in
        een toelichting. Wat iemand over zichzelf vertelt, blijft in het gesprek.
      </p>
      <div className="space-y-1">
        <label htmlFor={id("naam")} className={label}>
          Naam
        </label>
        <input id={id("naam")} name="name" defaultValue={values.name} autoComplete="off" required className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor={id("email")} className={label}>
          E-mailadres
        </label>
        {emailHint ? (
          <p id={id("email-hint")} className="text-sm text-slate-600">
            {emailHint}
          </p>
        ) : null}
        <input
          id={id("email")}
          name="email"
          type="email"
          defaultValue={values.email}
          autoComplete="off"
          required
          aria-describedby={emailHint ? id("email-hint") : undefined}
          className={inputClass}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={id("telefoon")} className={label}>
          Telefoon (optioneel)
        </label>
        <input id={id("telefoon")} name="phone" type="tel" defaultValue={values.phone} autoComplete="off" className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor={id("kanaal")} className={label}>
          Hoe hoorde de kandidaat van het programma?
        </label>
        <select id={id("kanaal")} name="channel" defaultValue={values.channel} required className={inputClass}>
          <option value="" disabled>
            Kies een kanaal
          </option>
          {CANDIDATE_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CANDIDATE_CHANNEL_LABEL[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor={id("anders")} className={label}>
          Bij ‘Anders’: hoe dan, in een paar woorden
        </label>
        <input
          id={id("anders")}
          name="channelOther"
          defaultValue={values.channelOther}
          maxLength={80}
          autoComplete="off"
          aria-describedby={id("let-op")}
          placeholder="Bijvoorbeeld: een lezing in de bibliotheek"
          className={inputClass}
        />
      </div>
    </>
  );
}
