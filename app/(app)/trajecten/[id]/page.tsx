import { trajectMetadata } from "./title";
import Link from "next/link";
import { DownloadReportButton } from "@/components/report/download-report-button";
import { employerReportReadyAt } from "@/lib/report/readiness";
import { TrajectOverview } from "./_components/traject-overview";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { getTrajectForActor } from "@/lib/trajecten/queries";
import { mayViewEmployer } from "@/lib/employers/queries";
import { OutcomeSection } from "./_components/outcome-section";
import { trajectOutcomeForActor } from "@/lib/trajecten/outcome";
import { trajectPhasesForActor } from "@/lib/trajecten/phase-facts";
import { LinkButton } from "@/components/ui/button";
import { PhaseNav } from "./_components/phase-nav";
import { PhaseChecklist } from "./_components/phase-checklist";
import { FourSteps } from "./_components/four-steps";
import { currentFourStep } from "@/lib/trajecten/four-steps";
import { CloseTrajectSection, PhaseExceptions, closesNormally } from "./_components/phase-section";

export const generateMetadata = trajectMetadata("Traject");

// The overview (docs/decisions/023): the method's phases as a checklist with the facts behind each,
// each leading to its own page; the details and the sessions at a glance; the exceptions last.
export default async function TrajectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorPage();
  const { traject, access } = await orNotFound(getTrajectForActor({ actor, trajectId: id }));
  const can = access.capabilities.has;
  const phases = await trajectPhasesForActor({ actor, trajectId: traject.id });
  const codeAdopted = phases.some((p) => p.key === "gedragscode" && p.state === "done");
  return (
    <>
      <PageHeader title={traject.employer.name} intro={<StatusBadge status={traject.status} />}>
        <div className="flex flex-wrap gap-2">
          {can("results:read") ? <LinkButton href={`/trajecten/${traject.id}/resultaten`}>Resultaten van de scan</LinkButton> : null}
          {can("report:download") && (can("results:readPerRespondent") || (await employerReportReadyAt(traject.id))) ? (
            <DownloadReportButton trajectId={traject.id} />
          ) : null}
        </div>
      </PageHeader>
      <PhaseNav trajectId={traject.id} current="overzicht" can={can} />
      {can("request:respond") ? (
        <p className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          U bent gevraagd voor dit traject.{" "}
          <Link href={`/expert/verzoeken/${traject.id}`} className="font-semibold underline underline-offset-2">
            Naar het verzoek
          </Link>
        </p>
      ) : null}
      {traject.status === "CLOSED" ? (
        <OutcomeSection
          trajectId={traject.id}
          outcome={await trajectOutcomeForActor({ actor, trajectId: traject.id })}
          editable={can("traject:plan")}
        />
      ) : null}
      <PhaseChecklist trajectId={traject.id} phases={phases} can={can} />
      {/* the frame below the next step: on a phone the checklist comes first */}
      <FourSteps current={currentFourStep(traject.status, codeAdopted)} />
      {can("traject:plan") && closesNormally(traject) ? <CloseTrajectSection traject={traject} /> : null}
      <TrajectOverview
        traject={traject}
        employerHref={(await mayViewEmployer({ actor, employerId: traject.employerId })) ? `/werkgevers/${traject.employerId}` : undefined}
      />
      {can("traject:plan") ? <PhaseExceptions traject={traject} /> : null}
    </>
  );
}
