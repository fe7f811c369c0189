import { trajectMetadata } from "../title";
import { PageHeader } from "@/components/ui/page-header";
import { WorkingVersionNotice } from "@/components/questionnaires/working-version-notice";
import { TrainerHandover } from "@/components/users/trainer-handover";
import { employerChoicesForTraject, listTrainerChoices } from "@/lib/employers/queries";
import { listExpertsForTraject } from "@/lib/trajecten/expert-matching";
import { reassignTrajectAction } from "../planning-actions";
import { TrajectDetailsForm } from "../_components/details-form";
import { ExpertChoice } from "../_components/expert-choice";
import { PhaseNav } from "../_components/phase-nav";
import { loadPhasePage } from "../_components/load-phase-page";
import { mayOpenPlanning } from "../_components/phase-links";
import { StepBackSection } from "../_components/step-back-section";

export const generateMetadata = trajectMetadata("Planning");

// Phase 1 (docs/decisions/023): the traject's details and the tandem. The sessions' dates are on
// Bijeenkomsten, where they are also held; the trainer's handover (admin) and the expert's own step
// back are about who does the traject, so they are here too.
export default async function PlanningPage({ params }: { params: Promise<{ id: string }> }) {
  const { id, actor, traject, can } = await loadPhasePage(params, mayOpenPlanning);
  return (
    <>
      <PhaseNav trajectId={id} current="planning" can={can} />
      <PageHeader
        title="Planning"
        intro={`${traject.employer.name}: de gegevens van het traject en wie het samen doen. De data van de bijeenkomsten plant u bij Bijeenkomsten.`}
      />
      {can("traject:plan") ? (
        <>
          <section aria-labelledby="planning-titel" className="rounded-xl border border-brand-100 bg-white p-5">
            <h2 id="planning-titel" className="text-lg font-semibold text-brand-800">
              Gegevens
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              Werkvloer, aanleiding, vragen aan de ervaringsdeskundige, aantal bijeenkomsten en contactpersoon.
            </p>
            {traject.questionnaire ? (
              <p className="mt-2 text-sm text-slate-700">
                De scan gebruikt: {traject.questionnaire.title} (versie {traject.questionnaire.version}).
              </p>
            ) : null}
            {traject.questionnaire?.bundled ? <WorkingVersionNotice className="mt-2" /> : null}
            <TrajectDetailsForm traject={traject} choices={await employerChoicesForTraject({ actor, employerId: traject.employerId })} />
          </section>
          <ExpertChoice trajectId={id} experts={await listExpertsForTraject({ actor, trajectId: id })} />
        </>
      ) : null}
      {can("tandem:stepBack") ? <StepBackSection trajectId={id} /> : null}
      {can("traject:reassign") ? (
        <TrainerHandover
          title="Trainer van dit traject"
          intro="Draag het traject over als de trainer vertrekt of uitvalt. De nieuwe trainer ziet het direct; de vorige niet meer."
          action={reassignTrajectAction}
          record={{ name: "trajectId", value: id }}
          trainerId={traject.trainerId}
          trainers={await listTrainerChoices(actor)}
        />
      ) : null}
    </>
  );
}
