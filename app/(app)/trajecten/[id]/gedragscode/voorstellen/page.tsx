import { trajectMetadata } from "../../title";
import Link from "next/link";
import { gedragscodeAction } from "../actions";
import { NewClauseFields } from "../_components/editor";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { proposalsForActor } from "@/lib/gedragscode/proposals";
import { sectionTitle } from "@/lib/gedragscode/sections";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { REASON_SHORT_LABELS } from "@/lib/scan/scoring/labels";
import type { AandachtspuntReason } from "@/lib/scan/scoring/types";
import { getTrajectForActor } from "@/lib/trajecten/queries";

export const generateMetadata = trajectMetadata("Voorstellen uit de scan");

const link = "font-medium text-brand-700 underline underline-offset-4";

/** The draft from the scan: the group picks, edits or leaves each proposal; nothing enters the code unchosen. */
export default async function ProposalsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorPage();
  const { traject } = await orNotFound(getTrajectForActor({ actor, trajectId: id }));
  const groups = await orNotFound(proposalsForActor({ actor, trajectId: id }));
  const themes = traject.questionnaire ? (await getQuestionnaireContent(traject.questionnaire.id)).themes : [];
  return (
    <>
      <p className="mb-4">
        <Link href={`/trajecten/${id}/gedragscode`} className={link}>
          <span aria-hidden="true">← </span>Terug naar de gedragscode
        </Link>
      </p>
      <PageHeader
        title="Voorstellen uit de scan"
        intro="Per aandachtspunt de oplossingsrichtingen die erbij passen; die van de scan zelf staan al aangevinkt. Vink aan wat de groep wil opnemen, pas een voorstel eerst aan, of laat het weg. Er komt niets in de code dat niemand koos. Wat de groep op het sessiebord wegliet, staat hier niet; op het bord haalt u het terug."
      />
      {groups.length === 0 ? (
        <p>Er zijn geen voorstellen (meer): alles wat de scan voorstelt staat al in de code, of de scan heeft nog geen aandachtspunten.</p>
      ) : (
        <ActionForm action={gedragscodeAction} submitLabel="Gekozen voorstellen opnemen" className="space-y-6">
          <input type="hidden" name="op" value="acceptProposals" />
          <input type="hidden" name="trajectId" value={id} />
          {groups.map((g) => (
            <fieldset key={g.themeKey ?? "uitgangspunten"} className="min-w-0 rounded-xl border border-brand-100 bg-white p-5">
              <legend className="px-1 text-lg font-semibold text-brand-800">
                {g.themeKey ? `Aandachtspunt: ${g.themeTitle}` : g.themeTitle}
              </legend>
              {g.reasons.length > 0 ? (
                <p className="text-sm text-slate-700">
                  Waarom: {g.reasons.map((r) => REASON_SHORT_LABELS[r as AandachtspuntReason] ?? r).join(", ")}.
                </p>
              ) : null}
              <ul className="mt-2 space-y-2">
                {g.proposals.map((p) => (
                  <li key={p.key} className="rounded-lg bg-sand-100 p-3">
                    <label className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        name="proposals"
                        value={p.key}
                        defaultChecked={p.preselected}
                        className="mt-1 size-4 accent-brand-700"
                      />
                      <span>
                        <span className="font-semibold">{p.title}</span>
                        {p.preselected ? <span className="ml-2 text-sm text-brand-800">(voorstel van de scan)</span> : null}
                        <span className="block text-sm text-slate-800">{p.body}</span>
                        <span className="block text-sm text-slate-600">Komt in: {sectionTitle(p.section)}</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </ActionForm>
      )}
      {groups.length > 0 ? (
        <section aria-labelledby="aanpassen" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
          <h2 id="aanpassen" className="text-lg font-semibold text-brand-800">
            Een voorstel eerst aanpassen
          </h2>
          <p className="text-sm text-slate-700">
            Pas de tekst aan en neem hem zo op. Hij blijft gekoppeld aan het thema en de oplossingsrichting.
          </p>
          {groups.flatMap((g) =>
            g.proposals.map((p) => (
              <details key={p.key} className="mt-2">
                <summary className="cursor-pointer text-sm font-semibold text-brand-800">{p.title}</summary>
                <ActionForm action={gedragscodeAction} submitLabel="Aangepast opnemen" className="mt-2 space-y-3">
                  <input type="hidden" name="trajectId" value={id} />
                  <NewClauseFields
                    themes={themes}
                    section={p.section}
                    defaults={{ title: p.title, body: p.body, themeKey: p.themeKey, solutionKey: p.solutionKey }}
                    proposalKey={p.key}
                  />
                </ActionForm>
              </details>
            )),
          )}
        </section>
      ) : null}
    </>
  );
}
