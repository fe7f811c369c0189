import { trajectMetadata } from "../title";
import { setStepStatusAction } from "./actions";
import { AddStepForm } from "./_components/add-step-form";
import { StepList } from "@/components/followup/step-list";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { followUpItems } from "@/lib/followup/steps";
import { getTrajectForActor } from "@/lib/trajecten/queries";
import { isoDay } from "@/lib/dates";
import { ownTrajectDebrief } from "@/lib/debriefs/traject-debrief";
import { scanRoundsForActor } from "@/lib/followup/rounds";
import { FollowUpMoment } from "./_components/follow-up-moment";
import { ScanRounds } from "./_components/scan-rounds";
import { TrajectDebriefForm } from "./_components/traject-debrief";
import { BackToTraject } from "../_components/back-to-traject";
import { PhaseNav } from "../_components/phase-nav";
import { readOrganisation } from "@/lib/organisation/settings";

export const generateMetadata = trajectMetadata("Opvolging");

const section = "rounded-xl border border-brand-100 bg-white p-5";

// Not a <main> of its own: the app's layout already is the page's one main landmark (a second would
// fail the accessibility check on every page). One h1, then a section per part.
export default async function OpvolgingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorPage();
  const { traject, access } = await orNotFound(getTrajectForActor({ actor, trajectId: id }));
  // the list holds the code's afspraken: whoever reads the code (an invited expert gets the 403 page)
  const items = await orNotFound(followUpItems({ actor, trajectId: id }));
  const can = access.capabilities.has;
  const canFollow = can("steps:follow");
  const closed = traject.status === "CLOSED";
  return (
    <div className="space-y-6">
      <BackToTraject trajectId={id} />
      <PhaseNav trajectId={id} current="opvolging" can={can} />
      <PageHeader
        title="Opvolging"
        intro={`${traject.employer.name}: hoe het gaat met de vervolgstappen en met de afspraken uit de gedragscode waar iemand eigenaar van is. Ook na de bijeenkomsten houden de werkgever en de trainer hier samen de stand bij.`}
      />
      <section aria-labelledby="stappen" className="space-y-4">
        <h2 id="stappen" className="text-lg font-semibold text-brand-800">
          Stappen en afspraken
        </h2>
        <StepList trajectId={id} items={items} action={canFollow ? setStepStatusAction : undefined} worksheets={can("worksheets:read")} />
      </section>
      {canFollow ? (
        <section aria-labelledby="stap-toevoegen" className={section}>
          <h2 id="stap-toevoegen" className="text-lg font-semibold text-brand-800">
            Een stap toevoegen
          </h2>
          <p className="mt-1 mb-3 text-sm text-slate-600">
            Komt er na de bijeenkomsten iets bij? Zet het hier neer, dan raakt het niet uit beeld.
          </p>
          <AddStepForm trajectId={id} />
        </section>
      ) : null}
      <FollowUpMoment
        trajectId={id}
        closed={closed}
        followUpAt={traject.followUpAt}
        editable={can("followUp:plan")}
        today={isoDay(new Date())}
      />
      <ScanRounds
        trajectId={id}
        view={await scanRoundsForActor({ actor, trajectId: id })}
        closed={closed}
        canPlan={can("followUp:plan")}
        canInvite={can("invitation:manage")}
      />
      {closed && can("trajectDebrief:write") ? (
        <TrajectDebriefForm
          trajectId={id}
          own={await ownTrajectDebrief({ actor, trajectId: id })}
          ownerName={(await readOrganisation()).ownerName}
        />
      ) : null}
    </div>
  );
}
