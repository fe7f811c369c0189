import { trajectMetadata } from "../title";
import Link from "next/link";
import { GedragscodeEditor } from "./_components/editor";
import { NextSteps } from "./_components/next-steps";
import { GedragscodeStatusPanel } from "./_components/status-panel";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { getGedragscodeForActor } from "@/lib/gedragscode/queries";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { getTrajectForActor } from "@/lib/trajecten/queries";

export const generateMetadata = trajectMetadata("EPA-gedragscode");

export default async function GedragscodePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorPage();
  const { traject, access } = await orNotFound(getTrajectForActor({ actor, trajectId: id }));
  const { code, nextSteps } = await orNotFound(getGedragscodeForActor({ actor, trajectId: id }));
  const themes = traject.questionnaire ? (await getQuestionnaireContent(traject.questionnaire.id)).themes : [];
  const canEdit = access.capabilities.has("gedragscode:edit");
  return (
    <>
      <p className="mb-4">
        <Link href={`/trajecten/${id}`} className="font-medium text-brand-700 underline underline-offset-4">
          <span aria-hidden="true">← </span>Terug naar het traject
        </Link>
      </p>
      <PageHeader
        title="EPA-gedragscode"
        intro={`${traject.employer.name}: praktische afspraken over hoe de organisatie omgaat met medewerkers met een (ernstige) psychische kwetsbaarheid, samen opgesteld met ervaringsdeskundigen. Is er (nog) geen formele code, dan legt u hieronder de vervolgstappen vast.`}
      />
      <div className="space-y-6">
        <GedragscodeStatusPanel trajectId={id} code={code} editable={canEdit} />
        <GedragscodeEditor
          trajectId={id}
          version={code?.version ?? 0}
          editable={canEdit && code?.status !== "VASTGESTELD"}
          clauses={code?.clauses ?? []}
          themes={themes}
        />
        <NextSteps trajectId={id} steps={nextSteps} editable={canEdit} />
      </div>
    </>
  );
}
