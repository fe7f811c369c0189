import { trajectMetadata } from "../title";
import { resendOwnLinkAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { canMailOwnLink, ownOpenInvitationsForActor } from "@/lib/scan/invitations/own";
import { getTrajectForActor } from "@/lib/trajecten/queries";
import { BackToTraject } from "../_components/back-to-traject";

export const generateMetadata = trajectMetadata("Uw scan");

// An employer user's own invitation to the scan (lib/scan/invitations/own.ts). The link itself is only
// in their mail; here they see that the scan waits for them and can have a fresh link sent to the same
// address. Someone without an open invitation reads that there is nothing to fill.
export default async function OwnScanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorPage("workspace:werkgever");
  const { traject } = await orNotFound(getTrajectForActor({ actor, trajectId: id }));
  const [own] = await ownOpenInvitationsForActor(actor, id);
  return (
    <div className="max-w-2xl space-y-6">
      <BackToTraject trajectId={id} />
      <PageHeader
        title={own?.followUp ? "Uw vervolgscan" : "Uw Mental Health-bedrijfsscan"}
        intro={`${traject.employer.name}: de scan is geen toets, maar het begin van het gesprek in de bijeenkomst.`}
      />
      {own ? (
        <section aria-labelledby="uitnodiging" className="space-y-3 rounded-xl border border-brand-100 bg-white p-5">
          <h2 id="uitnodiging" className="text-lg font-semibold text-brand-800">
            {own.started ? "U bent begonnen; de rest wacht op u" : "De scan wacht op u"}
          </h2>
          <p>
            Uw persoonlijke link staat in de mail aan <strong>{own.email}</strong>
            {own.sentAt ? ` van ${formatDate(own.sentAt)}` : ""}. Open de link in die mail om de scan in te vullen
            {own.started ? ": wat u al invulde, is bewaard" : ""}.{own.deadline ? ` Graag vóór ${formatDate(own.deadline)}.` : ""}
          </p>
          <p className="text-slate-700">Om uw antwoorden te beschermen bewaart de app de link zelf niet; alleen u krijgt hem, per mail.</p>
          {canMailOwnLink() ? (
            <ActionForm action={resendOwnLinkAction} submitLabel="Stuur mij een nieuwe link" className="space-y-2">
              <input type="hidden" name="trajectId" value={id} />
              <p className="text-sm text-slate-700">
                Mail kwijt? Dan sturen we een nieuwe link naar hetzelfde adres; de oude werkt daarna niet meer.
              </p>
            </ActionForm>
          ) : (
            <p>Mail kwijt? Vraag uw trainer, {traject.trainer.name}, om de link opnieuw te sturen.</p>
          )}
        </section>
      ) : (
        <p className="rounded-xl border border-brand-100 bg-white p-5">
          Er staat nu geen scan voor u open bij dit traject: u heeft hem ingevuld, of u bent (nog) niet uitgenodigd.
        </p>
      )}
    </div>
  );
}
