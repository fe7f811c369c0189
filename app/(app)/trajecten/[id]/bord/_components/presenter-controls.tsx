import { StepTimer } from "@/components/board/step-timer";
import { ActionForm } from "@/components/ui/action-form";
import { RowAction } from "@/components/ui/row-action";
import type { Actor } from "@/lib/auth/roles";
import { presenterForActor } from "@/lib/room/presenter";
import { PRESENTER_VIEW_LABELS } from "@/lib/room/presenter-schema";
import { presenceSentence } from "@/lib/room/presence-groups";
import { timerRemaining } from "@/lib/room/timer";
import { presenterStepAction, presenterViewAction, startTimerAction, timerAction } from "../presenter-actions";
import { PresenceBeacon } from "@/components/board/presence-beacon";

// The presenter's part of the board page: who is on the board now and the agenda step with its timer,
// for everyone who watches the board; for the tandem, while the session's room is open, the controls
// that steer the projector (plain forms: they work without JavaScript, and with the keyboard).

const selectClass = "mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-base";
const labelClass = "text-sm font-semibold text-slate-800";

/** The choice of the select as the schema reads it (lib/room/presenter-schema.ts). */
const choiceOf = (view: string, themeKey: string | null) => (view === "PUNT" ? `PUNT:${themeKey ?? "overig"}` : view);

export async function PresenterControls({ actor, trajectId, number }: { actor: Actor; trajectId: string; number: number | undefined }) {
  if (number === undefined) return null;
  const { presence, presenter, stepCount, facilitator, serverNow } = await presenterForActor({ actor, trajectId, number });
  const room = facilitator && !facilitator.closedAt && facilitator.phase !== null ? facilitator : null;
  return (
    <div className="mb-6 space-y-3">
      <PresenceBeacon url={`/api/trajecten/${trajectId}/bord/aanwezig`} />
      <p className="text-sm text-slate-700" data-testid="board-presence">
        {presenceSentence(presence)}
      </p>
      {presenter ? (
        <StepTimer
          stepName={presenter.stepName}
          stepIndex={presenter.stepIndex}
          stepCount={stepCount}
          timerEndsAt={presenter.timerEndsAt}
          timerLeftSeconds={presenter.timerLeftSeconds}
          serverNow={serverNow}
        />
      ) : null}
      {room ? <Steer room={room} trajectId={trajectId} /> : null}
    </div>
  );
}

type Room = NonNullable<Awaited<ReturnType<typeof presenterForActor>>["facilitator"]>;

function Steer({ room, trajectId }: { room: Room; trajectId: string }) {
  const fields = { trajectId, roomId: room.id, version: String(room.version) };
  const hidden = Object.entries(fields).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />);
  const { presenter, steps } = room;
  const timer = timerRemaining(presenter, new Date()).state;
  const current =
    presenter.view === "PUNT"
      ? `${room.sections.find((s) => s.themeKey === presenter.themeKey)?.title ?? "Overig"} (aandachtspunt)`
      : PRESENTER_VIEW_LABELS[presenter.view as keyof typeof PRESENTER_VIEW_LABELS];
  return (
    <section aria-labelledby="presenter" className="rounded-xl border border-brand-100 bg-white p-5" data-testid="presenter-controls">
      <h2 id="presenter" className="text-lg font-semibold text-brand-800">
        De beamer bijsturen
      </h2>
      <p className="text-sm text-slate-700">
        Nu op de beamer: <strong>{current}</strong>.
      </p>
      <ActionForm action={presenterViewAction} submitLabel="Op de beamer zetten" className="mt-3 flex flex-wrap items-end gap-3">
        {hidden}
        <label className={labelClass}>
          Op de beamer
          <select name="choice" defaultValue={choiceOf(presenter.view, presenter.themeKey)} className={selectClass}>
            <option value="JOIN">{PRESENTER_VIEW_LABELS.JOIN}</option>
            <option value="AGENDA">{PRESENTER_VIEW_LABELS.AGENDA}</option>
            <optgroup label="Eén aandachtspunt">
              {room.sections.map((s) => (
                <option key={s.themeKey ?? "overig"} value={choiceOf("PUNT", s.themeKey)}>
                  {s.title}
                </option>
              ))}
            </optgroup>
            <option value="VOTES">{PRESENTER_VIEW_LABELS.VOTES}</option>
            <option value="CODE">{PRESENTER_VIEW_LABELS.CODE}</option>
            <option value="SUMMARY">{PRESENTER_VIEW_LABELS.SUMMARY}</option>
          </select>
        </label>
      </ActionForm>

      {steps.length > 0 ? (
        <div className="mt-5">
          <h3 className="font-semibold text-brand-800">Agenda</h3>
          <ol className="mt-1 list-decimal space-y-1 pl-6 text-sm">
            {steps.map((s, i) => (
              <li
                key={i}
                aria-current={i === presenter.stepIndex ? "step" : undefined}
                className={i === presenter.stepIndex ? "font-semibold" : ""}
              >
                {s}
                {i === presenter.stepIndex ? <span className="font-normal text-slate-700"> (nu)</span> : null}
              </li>
            ))}
          </ol>
          <div className="mt-2 flex flex-wrap gap-3">
            {presenter.stepIndex > 0 ? (
              <RowAction action={presenterStepAction} fields={{ ...fields, step: String(presenter.stepIndex - 1) }} label="Vorige stap" />
            ) : null}
            {presenter.stepIndex < steps.length - 1 ? (
              <RowAction action={presenterStepAction} fields={{ ...fields, step: String(presenter.stepIndex + 1) }} label="Volgende stap" />
            ) : null}
          </div>
        </div>
      ) : null}

      <div className="mt-5">
        <h3 className="font-semibold text-brand-800">Klok voor deze stap</h3>
        <ActionForm
          action={startTimerAction}
          submitLabel={timer === "off" ? "Klok starten" : "Opnieuw starten"}
          className="mt-1 flex flex-wrap items-end gap-3"
        >
          {hidden}
          <label className={labelClass}>
            Minuten
            <input
              name="minutes"
              type="number"
              inputMode="numeric"
              min={1}
              max={240}
              defaultValue={10}
              required
              className={`${selectClass} w-24`}
            />
          </label>
        </ActionForm>
        {timer === "off" ? null : (
          <div className="mt-2 flex flex-wrap gap-3">
            {timer === "running" ? <RowAction action={timerAction} fields={{ ...fields, op: "pause" }} label="Pauzeren" /> : null}
            {timer === "paused" ? <RowAction action={timerAction} fields={{ ...fields, op: "resume" }} label="Verder" /> : null}
            <RowAction action={timerAction} fields={{ ...fields, op: "reset" }} label="Stoppen" />
          </div>
        )}
      </div>
    </section>
  );
}
