import Link from "next/link";
import { trajectMetadata } from "../title";
import { PageHeader } from "@/components/ui/page-header";
import { WorkingVersionNotice } from "@/components/questionnaires/working-version-notice";
import { formatDateTime } from "@/lib/dates";
import { scanCloseOverview } from "@/lib/trajecten/close-scan";
import { isBeforeScanClose } from "@/lib/trajecten/status";
import { CloseScanPanel } from "../_components/close-scan-panel";
import { PhaseNav } from "../_components/phase-nav";
import { loadPhasePage } from "../_components/load-phase-page";
import { mayOpenScan } from "../_components/phase-links";
import { ScanInvitations } from "../_components/scan-invitations";

export const generateMetadata = trajectMetadata("Scan");

const link = "font-semibold text-brand-800 underline underline-offset-2";

// Phase 2 (docs/decisions/023): invite the key people, follow who filled it in, close the scan; then
// the results. The first invitation opens the scan, "Scan sluiten" closes it.
export default async function ScanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id, actor, traject, can } = await loadPhasePage(params, mayOpenScan);
  const scanClose = can("traject:plan") && traject.status === "SCAN_OPEN" ? await scanCloseOverview({ actor, trajectId: id }) : null;
  return (
    <>
      <PhaseNav trajectId={id} current="scan" can={can} />
      <PageHeader
        title="Scan"
        intro={`${traject.employer.name}: directie, HR, leidinggevenden en de OR vullen de bedrijfsscan in. Het gesprek in bijeenkomst 1 begint bij de uitkomsten.`}
      />
      <section aria-labelledby="scan-stand" className="rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="scan-stand" className="text-lg font-semibold text-brand-800">
          Stand van de scan
        </h2>
        {traject.status === "INTAKE" ? (
          <p className="mt-1 text-sm text-slate-700">De scan gaat open zodra u de eerste uitnodiging verstuurt (hieronder).</p>
        ) : null}
        {traject.status === "SCAN_OPEN" ? (
          <p className="mt-1 text-sm text-slate-700">
            De scan loopt. Is iedereen klaar of is de datum voorbij, sluit de scan dan: daarna ziet de werkgever de uitkomsten.
          </p>
        ) : null}
        {!isBeforeScanClose(traject.status) && traject.scanClosedAt ? (
          // stays after the close panel (and its message) is gone: what closing did, and where to see it
          <p className="mt-1 text-sm text-slate-700" data-testid="scan-closed-at">
            De scan is gesloten op {formatDateTime(traject.scanClosedAt)}. Wat de werkgever nu ziet, staat bij{" "}
            <Link href={`/trajecten/${id}/resultaten`} className={link}>
              Resultaten
            </Link>
            .
          </p>
        ) : can("results:read") ? (
          <p className="mt-2 text-sm">
            <Link href={`/trajecten/${id}/resultaten`} className={link}>
              Resultaten van de scan
            </Link>
          </p>
        ) : null}
        {traject.questionnaire?.bundled ? <WorkingVersionNotice className="mt-3" /> : null}
        {scanClose ? <CloseScanPanel trajectId={id} version={traject.version} overview={scanClose} /> : null}
      </section>
      {can("invitation:manage") ? <ScanInvitations traject={traject} actor={actor} /> : null}
    </>
  );
}
