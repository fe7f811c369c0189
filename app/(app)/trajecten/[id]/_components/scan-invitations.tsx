import { InvitationsSection } from "./invitations-section";
import type { Actor } from "@/lib/auth/roles";
import { isoDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { defaultScanDeadline, scanWarnings, type ScanWarning } from "@/lib/scan/invitations/deadline";
import { currentRoundForActor, invitableKeyPersons, listInvitationsWithProgress } from "@/lib/scan/invitations/queries";
import { privacyMinimum } from "@/lib/scan/results/snapshot-store";
import type { TrajectDetail } from "@/lib/trajecten/queries";

const WARNING_TEXT: Record<ScanWarning, string> = {
  session1BeforeDeadline:
    "Bijeenkomst 1 is op of vóór de uiterste datum van de scan. Dan zijn niet alle antwoorden er op tijd: vervroeg de datum van de scan of verplaats de bijeenkomst.",
  fewResponses:
    "Over drie dagen is bijeenkomst 1, en nog geen twee mensen hebben de scan ingevuld. Een herinnering of een telefoontje helpt vaak.",
};

/** The invitations, with what the trainer should know in time about the scan before session 1. */
export async function ScanInvitations({ traject, actor }: { traject: TrajectDetail; actor: Actor }) {
  const [rows, round, invitable] = await Promise.all([
    listInvitationsWithProgress({ actor, trajectId: traject.id }),
    currentRoundForActor({ actor, trajectId: traject.id }),
    invitableKeyPersons({ actor, trajectId: traject.id }),
  ]);
  const session1 = traject.sessions.find((s) => s.number === 1 && s.status === "PLANNED")?.scheduledAt ?? null;
  const warnings = scanWarnings({
    scanDeadline: traject.scanDeadline,
    session1Start: session1,
    submitted: rows.filter((r) => r.state === "submitted").length,
  });
  return (
    <>
      {warnings.length > 0 ? (
        <div
          role="note"
          aria-label="Let op bij de scan"
          className="mt-8 space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950"
          data-testid="scan-warnings"
        >
          {warnings.map((w) => (
            <p key={w}>{WARNING_TEXT[w]}</p>
          ))}
        </div>
      ) : null}
      <InvitationsSection
        trajectId={traject.id}
        round={round}
        rows={rows}
        invitable={invitable}
        minimum={privacyMinimum()}
        defaultDeadline={
          round.number === 1
            ? defaultScanDeadline(traject.scanDeadline, env().INVITATION_DAYS, new Date(), session1)
            : isoDay(round.deadline)
        }
      />
    </>
  );
}
