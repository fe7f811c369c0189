import { closeScanAction } from "../planning-actions";
import { ActionForm } from "@/components/ui/action-form";
import type { ScanCloseOverview } from "@/lib/trajecten/close-scan";

type Busy = ScanCloseOverview["busy"][number];

function busyText(b: Busy): string {
  if (b.state === "in_progress") return `bezig: ${b.answered} van ${b.total ?? "?"} beantwoord`;
  if (b.state === "opened") return "heeft de scan geopend, nog niets beantwoord";
  if (b.state === "expired") return "link verlopen";
  return "nog niet geopend";
}

/**
 * "Scan sluiten" as a confirmation step: how many answered, who is still busy, what the employer will
 * see; then the trainer confirms. A disclosure (details/summary) works with the keyboard and without
 * JavaScript; the figures are those of this page load, and the server refuses if they changed since.
 */
export function CloseScanPanel({ trajectId, version, overview: o }: { trajectId: string; version: number; overview: ScanCloseOverview }) {
  return (
    <details className="mt-3 rounded-lg border border-brand-200 bg-brand-50 p-4" data-testid="close-scan">
      <summary className="cursor-pointer font-semibold text-brand-800 underline underline-offset-2">Scan sluiten</summary>
      <div className="mt-3 space-y-3 text-sm text-slate-800">
        <p className="text-base font-semibold" data-testid="close-scan-count">
          {o.submitted} van {o.invited} ingevuld
        </p>
        {o.busy.length > 0 ? (
          <div>
            <p className="font-semibold">Nog niet ingevuld ({o.busy.length}):</p>
            <ul className="mt-1 list-disc pl-5" aria-label="Wie nog niet heeft ingevuld">
              {o.busy.map((b) => (
                <li key={b.id}>
                  {b.name} ({b.email}): {busyText(b)}
                </li>
              ))}
            </ul>
            <p className="mt-1">Na het sluiten kunnen zij niets meer invullen; wat ze al hadden ingevuld, telt niet mee.</p>
          </div>
        ) : null}
        {o.belowMinimum ? (
          <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950" data-testid="close-scan-warning">
            Minder dan {o.minimum} mensen hebben de scan ingevuld. De werkgever ziet dan geen cijfers: met zo weinig mensen zou iemand
            herkenbaar worden. De werkgever ziet alleen de aandachtspunten bij naam; u bespreekt de uitkomsten in de bijeenkomst.
          </p>
        ) : (
          <p>
            De werkgever ziet vanaf nu de uitkomsten van deze {o.submitted} ingevulde scans, zoals ze nu zijn: per thema, zonder te laten
            zien wie wat antwoordde. Toelichtingen alleen van wie daarvoor een vinkje zette.
          </p>
        )}
        <ActionForm action={closeScanAction} submitLabel="Ja, scan sluiten" className="space-y-2">
          <input type="hidden" name="trajectId" value={trajectId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="submitted" value={o.submitted} />
        </ActionForm>
      </div>
    </details>
  );
}
