import { gedragscodeAction } from "../../gedragscode/actions";
import { NewClauseFields } from "../../gedragscode/_components/editor";
import { NextSteps } from "../../gedragscode/_components/next-steps";
import { BoardClauses } from "./board-clauses";
import { BoardProposals } from "./board-proposals";
import { DismissedProposals } from "./dismissed-proposals";
import { ActionForm } from "@/components/ui/action-form";
import type { Board } from "@/lib/board/board";
import type { DismissedView } from "@/lib/gedragscode/proposals";
import type { ProposalGroup } from "@/lib/gedragscode/draft";
import type { GedragscodeSectionKey } from "@/lib/gedragscode/sections";
import { sectionForTheme } from "@/lib/gedragscode/theme-sections";

// The editable board (issue 26 item 1): the uitgangspunten, each aandachtspunt and the other afspraken,
// each with its afspraken (movable), the scan's proposals for it and a form for a new one; then the
// proposals left out, and the next steps with their owners and dates.

const box = "rounded-xl border border-brand-100 bg-white p-5";
const heading = "mb-2 text-lg font-semibold text-brand-800";

function AddClause({
  trajectId,
  themes,
  about,
  section,
  themeKey,
}: {
  trajectId: string;
  themes: Board["themes"];
  about: string;
  section: GedragscodeSectionKey;
  themeKey?: string;
}) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">Afspraak toevoegen bij {about.toLowerCase()}</summary>
      <ActionForm action={gedragscodeAction} submitLabel="Afspraak toevoegen" className="mt-3 space-y-3">
        <input type="hidden" name="trajectId" value={trajectId} />
        <NewClauseFields themes={themes} section={section} defaults={{ themeKey }} />
      </ActionForm>
    </details>
  );
}

export function BoardSections({
  trajectId,
  board,
  proposals,
}: {
  trajectId: string;
  board: Board;
  proposals: { groups: ProposalGroup[]; dismissed: DismissedView[] } | null;
}) {
  const groups = proposals?.groups ?? [];
  const of = (themeKey: string | null) => groups.find((g) => g.themeKey === themeKey)?.proposals ?? [];
  // proposals of a theme the board does not show as an aandachtspunt (the live results moved on): under the others
  const elsewhere = groups.filter((g) => g.themeKey !== null && !board.aandachtspunten.some((a) => a.themeKey === g.themeKey));
  return (
    <div className="space-y-6">
      <section aria-labelledby="punt-uitgangspunten" className={box}>
        <h2 id="punt-uitgangspunten" className={heading}>
          Uitgangspunten
        </h2>
        <BoardClauses trajectId={trajectId} clauses={board.principles} />
        <BoardProposals trajectId={trajectId} proposals={of(null)} themes={board.themes} about="de uitgangspunten" />
        <AddClause trajectId={trajectId} themes={board.themes} about="de uitgangspunten" section="UITGANGSPUNTEN" />
      </section>
      {board.aandachtspunten.map((a) => (
        <section key={a.themeKey} aria-labelledby={`punt-${a.themeKey}`} className={box}>
          <h2 id={`punt-${a.themeKey}`} className={heading}>
            Aandachtspunt: {a.themeTitle}
            {a.votes === null ? null : <span className="ml-1 font-normal"> ({a.votes === 1 ? "1 stem" : `${a.votes} stemmen`})</span>}
          </h2>
          <BoardClauses trajectId={trajectId} clauses={a.clauses} />
          <BoardProposals trajectId={trajectId} proposals={of(a.themeKey)} themes={board.themes} about={a.themeTitle} />
          <AddClause
            trajectId={trajectId}
            themes={board.themes}
            about={a.themeTitle}
            section={sectionForTheme(a.themeKey)}
            themeKey={a.themeKey}
          />
        </section>
      ))}
      <section aria-labelledby="punt-overig" className={box}>
        <h2 id="punt-overig" className={heading}>
          Andere afspraken
        </h2>
        <BoardClauses trajectId={trajectId} clauses={board.otherClauses} />
        {elsewhere.map((g) => (
          <BoardProposals key={g.themeKey} trajectId={trajectId} proposals={g.proposals} themes={board.themes} about={g.themeTitle} />
        ))}
      </section>
      <DismissedProposals trajectId={trajectId} dismissed={proposals?.dismissed ?? []} />
      <NextSteps trajectId={trajectId} steps={board.nextSteps} editable />
    </div>
  );
}
