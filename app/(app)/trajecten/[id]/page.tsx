import { trajectMetadata } from "./title";
import Link from "next/link";
import { DownloadReportButton } from "@/components/report/download-report-button";
import { employerReportReadyAt } from "@/lib/report/readiness";
import { PlanningSection } from "./_components/planning-section";
import { ScanInvitations } from "./_components/scan-invitations";
import { TrajectOverview } from "./_components/traject-overview";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { listExpertsForTraject } from "@/lib/trajecten/expert-matching";
import { getTrajectForActor } from "@/lib/trajecten/queries";
import { employerChoicesForTraject, listTrainerChoices, mayViewEmployer } from "@/lib/employers/queries";
import { TrainerHandover } from "@/components/users/trainer-handover";
import { reassignTrajectAction } from "./planning-actions";
import { StepBackSection } from "./_components/step-back-section";
import { DebriefSection } from "./_components/debrief-section";
import { debriefsForActor } from "@/lib/debriefs/debriefs";
import { CompensationSection } from "./_components/compensation-section";
import { PreparationLinks } from "./_components/preparation-links";
import { claimsForTraject } from "@/lib/compensation/claims";
import { OutcomeSection } from "./_components/outcome-section";
import { trajectOutcomeForActor } from "@/lib/trajecten/outcome";
import { scanCloseOverview } from "@/lib/trajecten/close-scan";
import { LinkButton } from "@/components/ui/button";

export const generateMetadata = trajectMetadata("Traject");

export default async function TrajectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorPage();
  const { traject, access } = await orNotFound(getTrajectForActor({ actor, trajectId: id }));
  const can = access.capabilities.has;
  return (
    <>
      <PageHeader title={traject.employer.name} intro={<StatusBadge status={traject.status} />}>
        <div className="flex flex-wrap gap-2">
          {can("results:read") ? <LinkButton href={`/trajecten/${traject.id}/resultaten`}>Resultaten van de scan</LinkButton> : null}
          {can("gedragscode:read") ? (
            <LinkButton href={`/trajecten/${traject.id}/gedragscode`} variant="secondary">
              EPA-gedragscode
            </LinkButton>
          ) : null}
          {can("gedragscode:read") ? (
            <LinkButton href={`/trajecten/${traject.id}/opvolging`} variant="secondary">
              Opvolging
            </LinkButton>
          ) : null}
          {can("report:download") && (can("results:readPerRespondent") || (await employerReportReadyAt(traject.id))) ? (
            <DownloadReportButton trajectId={traject.id} />
          ) : null}
        </div>
      </PageHeader>
      {can("request:respond") ? (
        <p className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          U bent gevraagd voor dit traject.{" "}
          <Link href={`/expert/verzoeken/${traject.id}`} className="font-semibold underline underline-offset-2">
            Naar het verzoek
          </Link>
        </p>
      ) : null}
      <TrajectOverview
        traject={traject}
        employerHref={(await mayViewEmployer({ actor, employerId: traject.employerId })) ? `/werkgevers/${traject.employerId}` : undefined}
      />
      {traject.status === "CLOSED" ? (
        <OutcomeSection
          trajectId={traject.id}
          outcome={await trajectOutcomeForActor({ actor, trajectId: traject.id })}
          editable={can("traject:plan")}
        />
      ) : null}
      {can("preparation:read") ? <PreparationLinks trajectId={traject.id} sessions={traject.sessions} /> : null}
      {can("traject:plan") ? (
        <PlanningSection
          traject={traject}
          experts={await listExpertsForTraject({ actor, trajectId: traject.id })}
          choices={await employerChoicesForTraject({ actor, employerId: traject.employerId })}
          scanClose={traject.status === "SCAN_OPEN" ? await scanCloseOverview({ actor, trajectId: traject.id }) : null}
        />
      ) : null}
      {can("debrief:write") ? (
        <DebriefSection trajectId={traject.id} debriefs={await debriefsForActor({ actor, trajectId: traject.id })} />
      ) : null}
      {can("compensation:approve") ? (
        <CompensationSection claims={(await claimsForTraject({ actor, trajectId: traject.id })).claims} />
      ) : null}
      {can("tandem:stepBack") ? <StepBackSection trajectId={traject.id} /> : null}
      {can("traject:reassign") ? (
        <TrainerHandover
          title="Trainer van dit traject"
          intro="Draag het traject over als de trainer vertrekt of uitvalt. De nieuwe trainer ziet het direct; de vorige niet meer."
          action={reassignTrajectAction}
          record={{ name: "trajectId", value: traject.id }}
          trainerId={traject.trainerId}
          trainers={await listTrainerChoices(actor)}
        />
      ) : null}
      {can("invitation:manage") ? <ScanInvitations traject={traject} actor={actor} /> : null}
    </>
  );
}
