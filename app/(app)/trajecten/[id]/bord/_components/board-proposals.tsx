import { gedragscodeAction } from "../../gedragscode/actions";
import { NewClauseFields } from "../../gedragscode/_components/editor";
import { ActionForm } from "@/components/ui/action-form";
import type { Proposal } from "@/lib/gedragscode/draft";
import { sectionTitle } from "@/lib/gedragscode/sections";
import type { QuestionnaireTheme } from "@/lib/scan/scoring/types";

// The scan's proposals inside a section of the board (issue 26 item 1): each is adopted as it is,
// edited first, or left out; plain forms that work without JavaScript, and every screen refreshes
// (the change publishes a live "code" event). The scan's own picks show; the other fitting
// oplossingsrichtingen wait behind "Meer voorstellen".

function ProposalItem({
  trajectId,
  proposal: p,
  themes,
}: {
  trajectId: string;
  proposal: Proposal;
  themes: readonly QuestionnaireTheme[];
}) {
  return (
    <li className="rounded-lg border border-dashed border-brand-300 bg-white p-3" data-testid="proposal">
      <h4 className="font-semibold">
        {p.title}
        {p.preselected ? <span className="ml-2 text-sm font-normal text-brand-800">(voorstel van de scan)</span> : null}
      </h4>
      <p className="text-sm text-slate-800">{p.body}</p>
      <p className="text-sm text-slate-600">Komt in: {sectionTitle(p.section)}</p>
      <div className="mt-2 flex flex-wrap items-start gap-3">
        <ActionForm action={gedragscodeAction} submitLabel="Opnemen" labelFor={p.title}>
          <input type="hidden" name="op" value="acceptProposals" />
          <input type="hidden" name="trajectId" value={trajectId} />
          <input type="hidden" name="proposals" value={p.key} />
        </ActionForm>
        <ActionForm action={gedragscodeAction} submitLabel="Niet opnemen" labelFor={p.title}>
          <input type="hidden" name="op" value="dismissProposal" />
          <input type="hidden" name="trajectId" value={trajectId} />
          <input type="hidden" name="key" value={p.key} />
        </ActionForm>
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-semibold text-brand-800" aria-label={`Aanpassen en opnemen: ${p.title}`}>
          Aanpassen en opnemen
        </summary>
        <ActionForm action={gedragscodeAction} submitLabel="Aangepast opnemen" labelFor={p.title} className="mt-2 space-y-3">
          <input type="hidden" name="trajectId" value={trajectId} />
          <NewClauseFields
            themes={themes}
            section={p.section}
            defaults={{ title: p.title, body: p.body, themeKey: p.themeKey, solutionKey: p.solutionKey }}
            proposalKey={p.key}
          />
        </ActionForm>
      </details>
    </li>
  );
}

export function BoardProposals({
  trajectId,
  proposals,
  themes,
  about,
}: {
  trajectId: string;
  proposals: readonly Proposal[];
  themes: readonly QuestionnaireTheme[];
  /** what the section is about, for the heading of the more proposals */
  about: string;
}) {
  if (proposals.length === 0) return null;
  const picked = proposals.filter((p) => p.preselected);
  const more = proposals.filter((p) => !p.preselected);
  const list = (items: readonly Proposal[]) => (
    <ul className="mt-2 space-y-2">
      {items.map((p) => (
        <ProposalItem key={p.key} trajectId={trajectId} proposal={p} themes={themes} />
      ))}
    </ul>
  );
  return (
    <div className="mt-4">
      <h3 className="text-base font-semibold text-brand-800">Voorstellen uit de scan</h3>
      {picked.length > 0 ? list(picked) : null}
      {more.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-semibold text-brand-800">
            {picked.length > 0 ? "Meer voorstellen" : "Voorstellen"} bij {about.toLowerCase()} ({more.length})
          </summary>
          {list(more)}
        </details>
      ) : null}
    </div>
  );
}
