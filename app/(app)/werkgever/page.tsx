import type { Metadata } from "next";
import { OpenStepList } from "@/components/followup/step-list";
import { TaskList } from "@/components/tasks/task-list";
import { TrajectList } from "@/components/trajecten/traject-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { openStepsForEmployerUser } from "@/lib/followup/steps";
import { employerTasks } from "@/lib/tasks/employer";
import { listTrajectsForActor } from "@/lib/trajecten/queries";

export const metadata: Metadata = { title: "Ons traject" };

export default async function EmployerHome() {
  const actor = await requireActorPage("workspace:werkgever");
  const now = new Date();
  const [trajects, openSteps, tasks] = await Promise.all([
    listTrajectsForActor(actor),
    openStepsForEmployerUser(actor),
    employerTasks(actor, now),
  ]);
  return (
    <>
      <PageHeader
        title={`Welkom, ${actor.name}`}
        intro="Hier vindt u het traject van uw organisatie: de uitkomsten van de scan, de afspraken en het rapport om te downloaden."
      />
      <TaskList tasks={tasks} now={now} empty="Er wacht nu niets op u." />
      <h2 className="mb-3 text-lg font-semibold text-brand-800">Uw trajecten</h2>
      <TrajectList trajects={trajects} empty="Er is voor uw organisatie nog geen traject gestart." level={3} />
      {trajects.length > 0 ? (
        <section aria-labelledby="open-stappen" className="mt-8">
          <h2 id="open-stappen" className="mb-3 text-xl font-semibold text-brand-800">
            Vervolgstappen van uw organisatie
          </h2>
          <p className="mb-3 text-sm text-slate-700">De afspraken en vervolgstappen uit de gedragscode die nog lopen.</p>
          <OpenStepList items={openSteps} />
        </section>
      ) : null}
    </>
  );
}
