import { planSessionAction, recordPresenceAction, undoHeldAction } from "../planning-actions";
import { RowAction } from "@/components/ui/row-action";
import { ActionForm } from "@/components/ui/action-form";
import { HealthReminder } from "@/components/ui/health-reminder";
import { formatDateTime, formatTime, isoDay } from "@/lib/dates";
import { agendaOf } from "@/lib/sessions/agenda";
import { EMPLOYER_FUNCTION_LABEL, keyPersonWithFunction } from "@/lib/employers/labels";
import { SESSION_STATUS_LABEL } from "@/lib/sessions/labels";
import type { SessionAnswer } from "@/lib/sessions/rsvp";
import type { TrajectDetail } from "@/lib/trajecten/queries";
import { SessionAnswers } from "./session-answers";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
type Session = TrajectDetail["sessions"][number];
type KeyPersonChoice = { id: string; name: string; function: keyof typeof EMPLOYER_FUNCTION_LABEL };

/** One session as a meeting: when, where, the agenda and the attendees; once held, who was there. */
export function SessionForm({
  trajectId,
  session: s,
  keyPersons,
  answers,
}: {
  trajectId: string;
  session: Session;
  keyPersons: KeyPersonChoice[];
  /** the invitees' answers to this session's invitation */
  answers: readonly SessionAnswer[];
}) {
  const invited = new Set(s.attendees.map((a) => a.keyPersonId));
  const ics = s.scheduledAt ? `/api/trajecten/${trajectId}/bijeenkomsten/${s.number}/agenda.ics` : null;
  if (s.status === "HELD") {
    // a mistake can be taken back until something was built on it (lib/sessions/held.ts)
    const undoable = s.attendees.every((a) => a.present === null) && s._count.debriefs === 0 && s._count.claims === 0;
    return (
      <div className="space-y-3 rounded-lg bg-sand-100 p-4">
        <p className="font-semibold">Bijeenkomst {s.number} · gehouden</p>
        <p className="text-sm text-slate-700">{formatDateTime(s.scheduledAt)}</p>
        {undoable ? (
          <div className="text-sm text-slate-700">
            <p>Per vergissing op gehouden gezet? Zolang er geen aanwezigheid of terugblik is vastgelegd, zet u hem terug op gepland.</p>
            <RowAction
              action={undoHeldAction}
              fields={{ trajectId, number: String(s.number), version: String(s.version) }}
              label="Toch niet gehouden"
              confirm={`Bijeenkomst ${s.number} terugzetten op gepland? Niemand krijgt hierover een e-mail.`}
            />
          </div>
        ) : null}
        {s.attendees.length === 0 ? (
          <p className="text-sm text-slate-700">Er waren geen sleutelpersonen uitgenodigd.</p>
        ) : (
          <ActionForm action={recordPresenceAction} submitLabel="Aanwezigheid bewaren" className="space-y-3">
            <input type="hidden" name="trajectId" value={trajectId} />
            <input type="hidden" name="number" value={s.number} />
            <fieldset>
              <legend className="text-sm font-semibold text-slate-800">Wie was er?</legend>
              {s.attendees.map((a) => (
                <label key={a.id} className="mt-1 flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="present"
                    value={a.keyPersonId}
                    defaultChecked={a.present === true}
                    className="size-4 accent-brand-700"
                  />
                  {keyPersonWithFunction(a.keyPerson)}
                </label>
              ))}
            </fieldset>
          </ActionForm>
        )}
      </div>
    );
  }
  return (
    <ActionForm action={planSessionAction} submitLabel={`Bijeenkomst ${s.number} bewaren`} className="space-y-3 rounded-lg bg-sand-100 p-4">
      <p className="font-semibold">
        Bijeenkomst {s.number} · {SESSION_STATUS_LABEL[s.status]}
      </p>
      <input type="hidden" name="trajectId" value={trajectId} />
      <input type="hidden" name="number" value={s.number} />
      <input type="hidden" name="version" value={s.version} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <label className="text-sm font-semibold text-slate-800">
          Datum
          <input type="date" name="date" defaultValue={isoDay(s.scheduledAt)} className={input} />
        </label>
        <label className="text-sm font-semibold text-slate-800">
          Begin
          <input type="time" name="time" defaultValue={formatTime(s.scheduledAt)} className={input} />
        </label>
        <label className="text-sm font-semibold text-slate-800">
          Einde
          <input type="time" name="endTime" defaultValue={formatTime(s.endsAt)} className={input} />
        </label>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Waar</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="IN_PERSON" defaultChecked={s.mode === "IN_PERSON"} className="size-4 accent-brand-700" />
            Op locatie
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="ONLINE" defaultChecked={s.mode === "ONLINE"} className="size-4 accent-brand-700" />
            Online
          </label>
        </div>
      </fieldset>
      <label className="block text-sm font-semibold text-slate-800">
        Adres (op locatie)
        <input name="location" defaultValue={s.location ?? ""} maxLength={160} className={input} />
      </label>
      <label className="block text-sm font-semibold text-slate-800">
        Link (online)
        <input name="onlineUrl" type="url" defaultValue={s.onlineUrl ?? ""} maxLength={500} placeholder="https://" className={input} />
      </label>
      <label className="block text-sm font-semibold text-slate-800">
        Agenda
        <textarea
          name="agenda"
          rows={5}
          maxLength={3000}
          defaultValue={agendaOf(s)}
          aria-describedby={`agenda-herinnering-${s.number}`}
          className={input}
        />
      </label>
      <HealthReminder id={`agenda-herinnering-${s.number}`} />
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Deelnemers van de werkgever</legend>
        {keyPersons.length === 0 ? (
          <p className="text-sm text-slate-700">Voeg eerst sleutelpersonen toe bij de werkgever.</p>
        ) : (
          keyPersons.map((k) => (
            <label key={k.id} className="mt-1 flex items-center gap-2 text-sm">
              <input type="checkbox" name="attendees" value={k.id} defaultChecked={invited.has(k.id)} className="size-4 accent-brand-700" />
              {keyPersonWithFunction(k)}
            </label>
          ))
        )}
        <p className="mt-1 text-xs text-slate-600">
          De ervaringsdeskundige van de tandem krijgt de uitnodiging vanzelf; u bent de organisator.
        </p>
      </fieldset>
      <label className="block text-sm font-semibold text-slate-800">
        Stand
        <select name="status" defaultValue={s.status} aria-describedby={`stand-${s.number}-uitleg`} className={input}>
          {(["PLANNED", "HELD", "CANCELLED"] as const).map((st) => (
            <option key={st} value={st}>
              {SESSION_STATUS_LABEL[st]}
            </option>
          ))}
        </select>
      </label>
      <p id={`stand-${s.number}-uitleg`} className="text-xs text-slate-600">
        Gehouden kiest u zodra de bijeenkomst begonnen is; de agenda&apos;s van de deelnemers blijven dan zoals ze zijn. Vervallen stuurt
        iedereen een afmelding.
      </p>
      {s.calendarInvites.length > 0 ? (
        <p className="text-xs text-slate-700">In de agenda van: {s.calendarInvites.map((i) => i.name).join(", ")}</p>
      ) : null}
      {s.status === "PLANNED" && s.calendarInvites.length > 0 ? <SessionAnswers answers={answers} number={s.number} /> : null}
      {ics ? (
        <p className="text-sm">
          <a href={ics} className="font-semibold text-brand-800 underline underline-offset-2" download>
            Agenda-bestand (.ics)
          </a>
        </p>
      ) : null}
    </ActionForm>
  );
}
