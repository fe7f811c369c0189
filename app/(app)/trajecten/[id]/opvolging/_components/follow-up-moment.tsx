import { ActionForm } from "@/components/ui/action-form";
import { formatDate, isoDay } from "@/lib/dates";
import { FOLLOW_UP_MONTHS, FOLLOW_UP_NOTICE_DAYS } from "@/lib/followup/moment-rules";
import { setFollowUpMomentAction } from "../follow-up-actions";

const input = "mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

/** The follow-up moment: planned at closing, moved by the trainer; everyone else reads the date. */
export function FollowUpMoment({
  trajectId,
  closed,
  followUpAt,
  editable,
  today,
}: {
  trajectId: string;
  closed: boolean;
  followUpAt: Date | null;
  editable: boolean;
  today: string;
}) {
  return (
    <section aria-labelledby="vervolgmoment" className="rounded-xl border border-brand-100 bg-white p-5" data-testid="follow-up-moment">
      <h2 id="vervolgmoment" className="text-lg font-semibold text-brand-800">
        Vervolgmoment
      </h2>
      {!closed ? (
        <p className="mt-1 text-slate-700">
          Bij het afronden van het traject wordt een vervolgmoment gepland, standaard {FOLLOW_UP_MONTHS} maanden later.
        </p>
      ) : (
        <>
          <p className="mt-1 text-slate-700">
            {followUpAt && isoDay(followUpAt) < today ? (
              <>
                Het vervolgmoment was op <strong>{formatDate(followUpAt)}</strong>. Plan gerust een volgend moment.
              </>
            ) : followUpAt ? (
              <>
                Gepland op <strong>{formatDate(followUpAt)}</strong>. Een week van tevoren krijgen de trainer en de contactpersoon van de
                werkgever een herinnering, met een link naar deze pagina.
              </>
            ) : (
              "Er is nog geen vervolgmoment gepland."
            )}
          </p>
          {editable ? (
            <ActionForm
              action={setFollowUpMomentAction}
              submitLabel="Vervolgmoment bewaren"
              className="mt-3 flex flex-wrap items-end gap-3"
            >
              <input type="hidden" name="trajectId" value={trajectId} />
              <input type="hidden" name="current" value={isoDay(followUpAt)} />
              <label className="text-sm font-semibold text-slate-800">
                Datum van het vervolgmoment
                <input
                  type="date"
                  name="date"
                  required
                  min={today}
                  max="2100-12-31"
                  defaultValue={followUpAt && isoDay(followUpAt) >= today ? isoDay(followUpAt) : ""}
                  className={input}
                  aria-describedby="vervolgmoment-hint"
                />
              </label>
              <p id="vervolgmoment-hint" className="w-full text-sm text-slate-600">
                De herinnering gaat {FOLLOW_UP_NOTICE_DAYS} dagen van tevoren opnieuw uit als u de datum verzet.
              </p>
            </ActionForm>
          ) : null}
        </>
      )}
    </section>
  );
}
