import { updateTrajectDetailsAction } from "../planning-actions";
import { ActionForm } from "@/components/ui/action-form";
import { HealthReminder } from "@/components/ui/health-reminder";
import { EMPLOYER_FUNCTION_LABEL, keyPersonWithFunction } from "@/lib/employers/labels";
import type { TrajectDetail } from "@/lib/trajecten/queries";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

type Choices = {
  werkvloeren: { id: string; name: string }[];
  keyPersons: { id: string; name: string; function: keyof typeof EMPLOYER_FUNCTION_LABEL }[];
};

/** Motivation, werkvloer, number of sessions and contact person (the rules: lib/planning/details.ts). */
export function TrajectDetailsForm({ traject, choices }: { traject: TrajectDetail; choices: Choices }) {
  const firstHeld = traject.sessions.some((s) => s.number === 1 && s.status === "HELD");
  const heldMax = Math.max(0, ...traject.sessions.filter((s) => s.status === "HELD").map((s) => s.number));
  // the current werkvloer stays choosable even when it has been archived since
  const werkvloeren =
    traject.werkvloer && !choices.werkvloeren.some((w) => w.id === traject.werkvloerId)
      ? [{ id: traject.werkvloer.id, name: `${traject.werkvloer.name} (gearchiveerd)` }, ...choices.werkvloeren]
      : choices.werkvloeren;
  return (
    <ActionForm action={updateTrajectDetailsAction} submitLabel="Gegevens bewaren" className="mt-2 max-w-2xl space-y-4">
      <input type="hidden" name="trajectId" value={traject.id} />
      <input type="hidden" name="version" value={traject.version} />
      {firstHeld ? (
        <>
          <input type="hidden" name="werkvloerId" value={traject.werkvloerId ?? ""} />
          <input type="hidden" name="motivation" value={traject.motivation ?? ""} />
          <p className="text-sm text-slate-700">De eerste bijeenkomst is gehouden: de werkvloer en de aanleiding liggen nu vast.</p>
        </>
      ) : (
        <>
          <label className="block text-sm font-semibold text-slate-800">
            Werkvloer of locatie
            <select name="werkvloerId" defaultValue={traject.werkvloerId ?? ""} className={input}>
              {werkvloeren.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-semibold text-slate-800">
            Waarom doet de organisatie mee?
            <textarea
              name="motivation"
              rows={3}
              maxLength={2000}
              defaultValue={traject.motivation ?? ""}
              aria-describedby="gegevens-herinnering"
              className={input}
            />
          </label>
        </>
      )}
      <label className="block text-sm font-semibold text-slate-800">
        Vragen van de werkgever aan de ervaringsdeskundige
        <span className="block font-normal text-slate-600">Uit de intake; één vraag per regel. Ze staan op de voorbereidingskaart.</span>
        <textarea
          name="expertQuestions"
          rows={3}
          maxLength={2000}
          defaultValue={traject.expertQuestions ?? ""}
          aria-describedby="gegevens-herinnering"
          className={input}
        />
      </label>
      <HealthReminder id="gegevens-herinnering" />
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Aantal bijeenkomsten</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {[1, 2, 3].map((n) => (
            <label key={n} className="flex items-center gap-2">
              <input
                type="radio"
                name="plannedSessionCount"
                value={n}
                defaultChecked={n === traject.plannedSessionCount}
                disabled={n < heldMax}
                className="size-4 accent-brand-700"
              />
              {n}
            </label>
          ))}
        </div>
        {heldMax > 0 ? <p className="mt-1 text-sm text-slate-600">Een gehouden bijeenkomst blijft staan.</p> : null}
      </fieldset>
      <label className="block text-sm font-semibold text-slate-800">
        Contactpersoon bij de werkgever
        <select name="contactKeyPersonId" defaultValue={traject.contactKeyPersonId ?? ""} className={input}>
          <option value="">Nog niet gekozen</option>
          {choices.keyPersons.map((k) => (
            <option key={k.id} value={k.id}>
              {keyPersonWithFunction(k)}
            </option>
          ))}
        </select>
      </label>
    </ActionForm>
  );
}
