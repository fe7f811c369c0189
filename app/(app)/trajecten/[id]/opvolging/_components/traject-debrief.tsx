import { ActionForm } from "@/components/ui/action-form";
import { HealthReminder } from "@/components/ui/health-reminder";
import { formatDateTime } from "@/lib/dates";
import { saveTrajectDebriefAction } from "../follow-up-actions";

/** The tandem's look back at closing: what worked for the method. Only ECIO's admins read it. */
export function TrajectDebriefForm({
  trajectId,
  own,
  ownerName,
}: {
  trajectId: string;
  /** the programme owner, as the organisation settings name them (ADR 025) */
  ownerName: string;
  own: { whatWorked: string; version: number; updatedAt: Date } | null;
}) {
  return (
    <section aria-labelledby="terugblik-traject" className="rounded-xl border border-brand-100 bg-white p-5" data-testid="traject-debrief">
      <h2 id="terugblik-traject" className="text-lg font-semibold text-brand-800">
        Terugblik op het traject
      </h2>
      <p className="mt-1 text-slate-700">
        Wat werkte in dit traject, voor de aanpak van Weerbare Werkgever? Alleen de beheerders van {ownerName} lezen dit, om de aanpak te
        verbeteren; de werkgever en uw tandempartner zien het niet.
      </p>
      {own ? <p className="mt-1 text-sm text-slate-600">Laatst bewaard op {formatDateTime(own.updatedAt)}.</p> : null}
      <ActionForm action={saveTrajectDebriefAction} submitLabel="Terugblik bewaren" className="mt-3 space-y-3">
        <input type="hidden" name="trajectId" value={trajectId} />
        <input type="hidden" name="version" value={own?.version ?? 0} />
        <label className="block text-sm font-semibold text-slate-800">
          Wat werkte er in dit traject?
          <textarea
            name="whatWorked"
            required
            maxLength={4000}
            rows={5}
            defaultValue={own?.whatWorked ?? ""}
            aria-describedby="terugblik-traject-herinnering"
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
          />
        </label>
        <HealthReminder id="terugblik-traject-herinnering" />
      </ActionForm>
    </section>
  );
}
