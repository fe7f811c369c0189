import type { Metadata } from "next";
import { OpenStepList } from "@/components/followup/step-list";
import { TrajectList } from "@/components/trajecten/traject-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { openStepsForEmployerUser } from "@/lib/followup/steps";
import { listTrajectsForActor } from "@/lib/trajecten/queries";

export const metadata: Metadata = { title: "Ons traject" };

export default async function EmployerHome() {
  const actor = await requireActorPage("workspace:werkgever");
  const [trajects, openSteps] = await Promise.all([listTrajectsForActor(actor), openStepsForEmployerUser(actor)]);
  return (
    <>
      <PageHeader
        title={`Welkom, ${actor.name}`}
        intro="Hier vindt u het traject van uw organisatie: de uitkomsten van de scan, de afspraken en het rapport om te downloaden."
      />
      <TrajectList trajects={trajects} empty="Er is voor uw organisatie nog geen traject gestart." />
      {trajects.length > 0 ? (
        <section aria-labelledby="open-stappen" className="mt-8">
          <h2 id="open-stappen" className="mb-3 text-xl font-semibold text-brand-800">
            Uw open stappen
          </h2>
          <OpenStepList items={openSteps} />
        </section>
      ) : null}
    </>
  );
}
