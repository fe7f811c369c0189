import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { isoDay } from "@/lib/dates";
import { getOwnPacing } from "@/lib/experts/pacing";
import { MAX_ACTIVE_CHOICES, pauseLabel, type PauseState } from "@/lib/experts/pacing-rules";
import { endOwnPauseAction, setOwnLimitAction, setOwnPauseAction } from "./actions";

export const metadata: Metadata = { title: "Mijn tempo" };

const box = "mt-6 max-w-2xl rounded-xl border border-brand-100 bg-white p-5";
const h2 = "text-lg font-semibold text-brand-800";
const label = "block text-sm font-semibold text-slate-800";

const PAUSE_NOW: Record<Exclude<PauseState, "none" | "over">, string> = {
  active: "U heeft nu pauze",
  planned: "Uw pauze staat gepland",
};

/** The expert's own pace (ADR 037): a pause and how many trajects at once, theirs to set, never to explain. */
export default async function PacingPage() {
  const actor = await requireActorPage("pacing:own");
  const { pacing, version, active, state, today } = await getOwnPacing(actor);
  const current = state === "active" || state === "planned" ? state : null;
  return (
    <>
      <PageHeader
        title="Mijn tempo"
        intro="Hoeveel u doet en wanneer u even niets doet, bepaalt u zelf. U hoeft niets uit te leggen: de app vraagt nergens naar een reden, en niemand anders ziet die."
      />

      <section aria-labelledby="pauze" className={box}>
        <h2 id="pauze" className={h2}>
          Even pauzeren
        </h2>
        <p className="mt-1 text-slate-700">
          Tijdens een pauze vragen trainers u niet voor een nieuw traject, en krijgt u geen taken of herinneringen die u iets nieuws laten
          oppakken. Wat u al heeft afgesproken, zoals een bijeenkomst waarvoor u ja zei, blijft gewoon staan. Een trainer ziet alleen dat u
          nu geen nieuw traject wilt: niet waarom, en niet tot wanneer.
        </p>
        <p className="mt-3 font-semibold text-slate-900" data-testid="pause-state">
          {current ? `${PAUSE_NOW[current]}: ${pauseLabel(pacing)}.` : "U heeft nu geen pauze."}
        </p>
        {current ? (
          <ActionForm
            action={endOwnPauseAction}
            submitLabel={current === "active" ? "Pauze beëindigen" : "Pauze intrekken"}
            className="mt-3"
          >
            <input type="hidden" name="version" value={version} />
          </ActionForm>
        ) : null}
        <h3 className="mt-5 font-semibold text-slate-900">{current ? "Pauze aanpassen" : "Pauze instellen"}</h3>
        <ActionForm action={setOwnPauseAction} submitLabel={current ? "Pauze aanpassen" : "Pauze instellen"} className="mt-2 space-y-4">
          <input type="hidden" name="version" value={version} />
          <div className="space-y-1">
            <label htmlFor="pauze-vanaf" className={label}>
              Vanaf
            </label>
            <input
              id="pauze-vanaf"
              type="date"
              name="from"
              required
              defaultValue={current ? isoDay(pacing.selfPausedFrom) : today}
              className={`${inputClass} max-w-48`}
            />
          </div>
          <fieldset className="space-y-2">
            <legend className={label}>Tot wanneer</legend>
            <label className="flex items-center gap-2 text-slate-800">
              <input type="radio" name="end" value="open" defaultChecked={!pacing.selfPausedUntil} className="size-4 accent-brand-700" />
              Tot ik het zelf weer aanzet
            </label>
            <label className="flex items-center gap-2 text-slate-800">
              <input type="radio" name="end" value="date" defaultChecked={!!pacing.selfPausedUntil} className="size-4 accent-brand-700" />
              Tot en met een dag die ik kies
            </label>
            <div className="space-y-1 pl-6">
              <label htmlFor="pauze-tot" className="block text-sm text-slate-800">
                Laatste dag van de pauze
              </label>
              <input
                id="pauze-tot"
                type="date"
                name="until"
                min={today}
                defaultValue={current && pacing.selfPausedUntil ? isoDay(pacing.selfPausedUntil) : ""}
                className={`${inputClass} max-w-48`}
              />
            </div>
          </fieldset>
        </ActionForm>
      </section>

      <section aria-labelledby="tegelijk" className={box}>
        <h2 id="tegelijk" className={h2}>
          Hoeveel trajecten tegelijk
        </h2>
        <p className="mt-1 text-slate-700">
          Doet u mee aan zoveel trajecten als u hier kiest, dan vragen trainers u niet voor een volgend traject. Is er een afgerond, dan
          kunnen ze u weer vragen. U doet nu mee aan {active === 1 ? "1 traject" : `${active} trajecten`}.
        </p>
        <ActionForm action={setOwnLimitAction} submitLabel="Opslaan" className="mt-3 space-y-3">
          <input type="hidden" name="version" value={version} />
          <div className="space-y-1">
            <label htmlFor="tegelijk-aantal" className={label}>
              Ten hoogste
            </label>
            <select
              id="tegelijk-aantal"
              name="maxActiveTrajects"
              defaultValue={pacing.maxActiveTrajects === null ? "geen" : String(pacing.maxActiveTrajects)}
              className={`${inputClass} max-w-64`}
            >
              <option value="geen">Geen grens: vraag het mij gewoon</option>
              {MAX_ACTIVE_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n === 1 ? "1 traject tegelijk" : `${n} trajecten tegelijk`}
                </option>
              ))}
            </select>
          </div>
        </ActionForm>
      </section>
    </>
  );
}
