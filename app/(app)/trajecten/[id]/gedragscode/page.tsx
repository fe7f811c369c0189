import { trajectMetadata } from "../title";
import Link from "next/link";
import { GedragscodeEditor } from "./_components/editor";
import { NextSteps } from "./_components/next-steps";
import { GedragscodeStatusPanel, SignOffPanel } from "./_components/status-panel";
import { gedragscodeAction } from "./actions";
import { BoardLive, BoardLiveStatus } from "@/components/board/board-live";
import { OverwrittenNotices } from "@/components/gedragscode/overwritten-notices";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { getGedragscodeForActor } from "@/lib/gedragscode/queries";
import { signOffState } from "@/lib/gedragscode/signoff";
import { clauseViews } from "@/lib/gedragscode/views";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { getTrajectForActor } from "@/lib/trajecten/queries";
import { BackToTraject } from "../_components/back-to-traject";
import { PhaseNav } from "../_components/phase-nav";
import { readOrganisation } from "@/lib/organisation/settings";

export const generateMetadata = trajectMetadata("EPA-gedragscode");

const link = "font-medium text-brand-700 underline underline-offset-4";

export default async function GedragscodePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorPage();
  const { traject, access } = await orNotFound(getTrajectForActor({ actor, trajectId: id }));
  const { code, nextSteps, lastBy } = await orNotFound(getGedragscodeForActor({ actor, trajectId: id }));
  const signOff = await signOffState({ actor, trajectId: id });
  const signedBy = signOff.signedBy;
  const themes = traject.questionnaire ? (await getQuestionnaireContent(traject.questionnaire.id)).themes : [];
  const canEdit = access.capabilities.has("gedragscode:edit");
  const hasClauses = (code?.clauses.length ?? 0) > 0;
  return (
    <BoardLive streamUrl={`/api/trajecten/${id}/bord/stream`} channel={`traject-${id}`} selfName={actor.name} selfId={actor.id}>
      <BackToTraject trajectId={id} className="mb-4" />
      <PhaseNav trajectId={id} current="gedragscode" can={access.capabilities.has} />
      <PageHeader
        title="EPA-gedragscode"
        intro={`${traject.employer.name}: praktische afspraken over hoe de organisatie omgaat met medewerkers met een (ernstige) psychische kwetsbaarheid, samen opgesteld met ervaringsdeskundigen. Is er (nog) geen formele code, dan legt u hieronder de vervolgstappen vast.`}
      />
      <div className="mb-4 space-y-2">
        <BoardLiveStatus />
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <li>
            <Link href={`/trajecten/${id}/bord`} className={link}>
              Sessiebord (aandachtspunten en afspraken)
            </Link>
          </li>
          {canEdit && code?.status !== "VASTGESTELD" ? (
            <li>
              <Link href={`/trajecten/${id}/gedragscode/voorstellen`} className={link}>
                Voorstellen uit de scan
              </Link>
            </li>
          ) : null}
          <li>
            <Link href={`/trajecten/${id}/gedragscode/geschiedenis`} className={link}>
              Geschiedenis
            </Link>
          </li>
          {hasClauses ? (
            <>
              <li>
                <a href={`/api/trajecten/${id}/gedragscode.pdf`} className={link}>
                  Code als pdf
                </a>
              </li>
              <li>
                <a href={`/api/trajecten/${id}/gedragscode.docx`} className={link}>
                  Code als Word-bestand
                </a>
              </li>
            </>
          ) : null}
        </ul>
      </div>
      <OverwrittenNotices trajectId={id} action={gedragscodeAction} />
      <div className="space-y-6">
        <GedragscodeStatusPanel trajectId={id} code={code} editable={canEdit} />
        {canEdit && code?.status !== "VASTGESTELD" && signedBy.length > 0 ? (
          // before anyone saves: an edit voids these signatures (lib/gedragscode/void-signatures.ts tells them)
          <p className="rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 text-amber-950" data-testid="edit-voids">
            <strong>
              Let op: {signedBy.join(", ")} {signedBy.length === 1 ? "heeft" : "hebben"} deze tekst al getekend.
            </strong>{" "}
            Wijzigt u een afspraak of de inleiding, dan telt {signedBy.length === 1 ? "die handtekening" : "elke handtekening"} niet meer en
            moet opnieuw getekend worden. Wie getekend heeft, krijgt daar dan bericht van. Vervolgstappen wijzigen kan zonder dat.
          </p>
        ) : null}
        <GedragscodeEditor
          trajectId={id}
          editable={canEdit && code?.status !== "VASTGESTELD"}
          clauses={clauseViews(code?.clauses ?? [], themes, lastBy, { worksheets: access.capabilities.has("worksheets:read") })}
          themes={themes}
        />
        <SignOffPanel trajectId={id} state={signOff} hasClauses={hasClauses} ownerName={(await readOrganisation()).ownerName} />
        <NextSteps trajectId={id} steps={nextSteps} editable={canEdit} />
      </div>
    </BoardLive>
  );
}
