// The trainer's view of what the employer sees, and the one control to record a new snapshot
// (docs/privacy.md#snapshots). The server checks results:snapshot again; this only shows the button.
import { RowAction } from "@/components/ui/row-action";
import { formatDateTime } from "@/lib/dates";
import { takeResultsSnapshotAction } from "../actions";

export function SnapshotPanel({
  trajectId,
  round,
  snapshot,
  liveRespondents,
  scanClosed,
  minimum,
}: {
  trajectId: string;
  round: number;
  snapshot: { takenAt: Date; takenByName: string; respondents: number } | null;
  liveRespondents: number;
  scanClosed: boolean;
  /** the privacy minimum: also the least number of people that must differ for a new stand */
  minimum: number;
}) {
  const added = snapshot ? liveRespondents - snapshot.respondents : liveRespondents;
  return (
    <section aria-labelledby="stand-werkgever" className="mb-8 max-w-3xl rounded-xl border border-brand-100 bg-white p-4 text-slate-700">
      <h2 id="stand-werkgever" className="font-semibold text-brand-800">
        Wat de werkgever ziet
      </h2>
      <p className="mt-1">
        {snapshot
          ? `De werkgever ziet de stand van ${formatDateTime(snapshot.takenAt)} (${snapshot.respondents} ingevulde ${snapshot.respondents === 1 ? "scan" : "scans"}, vastgelegd door ${snapshot.takenByName}).`
          : scanClosed
            ? "De werkgever ziet nog geen uitkomsten: er is nog geen stand vastgelegd."
            : "De werkgever ziet nog geen uitkomsten. De stand wordt vastgelegd zodra u de scan sluit."}{" "}
        U ziet hieronder de actuele uitkomsten.
      </p>
      {/* a new stand only of a closed scan: a running one's is never frozen for the employer */}
      {scanClosed ? (
        <div className="mt-3 space-y-2">
          {snapshot ? (
            <p className="text-sm">
              Een nieuwe stand bereikt de werkgever alleen als er minstens {minimum} mensen bijgekomen of afgevallen zijn ten opzichte van
              elke eerdere stand die de werkgever zag (sinds de huidige nu {added >= 0 ? `${added} erbij` : `${-added} minder`} in aantal).
              Anders kan wie twee standen naast elkaar legt, zien wat één persoon antwoordde; dan blijft de huidige stand staan.
            </p>
          ) : null}
          <RowAction
            action={takeResultsSnapshotAction}
            fields={{ trajectId, round: String(round) }}
            label="Nieuwe stand vastleggen voor de werkgever"
            confirm="De werkgever ziet daarna de uitkomsten zoals ze nu zijn. Doorgaan?"
          />
        </div>
      ) : null}
    </section>
  );
}
