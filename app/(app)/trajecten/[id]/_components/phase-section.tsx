import { setStatusAction } from "../planning-actions";
import { CloseScanPanel } from "./close-scan-panel";
import { ActionForm } from "@/components/ui/action-form";
import type { ScanCloseOverview } from "@/lib/trajecten/close-scan";
import { TRAJECT_STATUS_LABEL } from "@/lib/trajecten/labels";
import type { TrajectDetail } from "@/lib/trajecten/queries";
import { PHASE_CHOICE, allowedNextStatuses, isBeforeScanClose } from "@/lib/trajecten/status";
import { formatDateTime } from "@/lib/dates";
import Link from "next/link";

/**
 * The phase: set by facts (the first invitation, "Scan sluiten", a session saved as held); by hand
 * only the exceptions, each with what it does.
 */
export function PhaseSection({ traject, scanClose }: { traject: TrajectDetail; scanClose: ScanCloseOverview | null }) {
  const choices = allowedNextStatuses(traject.status).filter((s) => PHASE_CHOICE[s]);
  return (
    <>
      <h3 className="mt-4 font-semibold text-slate-800">Fase</h3>
      <p className="text-sm text-slate-700">
        Nu: {TRAJECT_STATUS_LABEL[traject.status]}. De fase volgt uit wat er gebeurt: de eerste uitnodiging opent de scan, &lsquo;Scan
        sluiten&rsquo; sluit hem, en een bijeenkomst die u als gehouden bewaart, zet de fase door.
      </p>
      {!isBeforeScanClose(traject.status) && traject.scanClosedAt ? (
        // stays after the close panel (and its message) is gone: what closing did, and where to see it
        <p className="mt-2 text-sm text-slate-700" data-testid="scan-closed-at">
          De scan is gesloten op {formatDateTime(traject.scanClosedAt)}. Wat de werkgever nu ziet, staat bij{" "}
          <Link href={`/trajecten/${traject.id}/resultaten`} className="font-semibold text-brand-800 underline underline-offset-2">
            Resultaten
          </Link>
          .
        </p>
      ) : null}
      {traject.status === "SCAN_OPEN" && scanClose ? (
        <CloseScanPanel trajectId={traject.id} version={traject.version} overview={scanClose} />
      ) : null}
      {choices.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold text-brand-800 underline underline-offset-2">
            Uitzondering: de fase met de hand wijzigen
          </summary>
          <ActionForm action={setStatusAction} submitLabel="Fase wijzigen" className="mt-2 space-y-3">
            <input type="hidden" name="trajectId" value={traject.id} />
            <input type="hidden" name="version" value={traject.version} />
            <fieldset>
              <legend className="text-sm font-semibold text-slate-800">Wat wilt u doen?</legend>
              {choices.map((s) => (
                <div key={s} className="mt-2 flex items-start gap-2 text-sm">
                  <input
                    type="radio"
                    id={`fase-${s}`}
                    name="status"
                    value={s}
                    required
                    aria-describedby={`fase-${s}-gevolg`}
                    className="mt-1 size-4 accent-brand-700"
                  />
                  <span>
                    <label htmlFor={`fase-${s}`} className="font-semibold">
                      {PHASE_CHOICE[s]!.label}
                    </label>
                    <span id={`fase-${s}-gevolg`} className="block text-slate-700">
                      {PHASE_CHOICE[s]!.consequence}
                    </span>
                  </span>
                </div>
              ))}
            </fieldset>
          </ActionForm>
        </details>
      ) : null}
    </>
  );
}
