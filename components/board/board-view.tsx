import type { Board } from "@/lib/board/board";
import { dutchDay, formatDate } from "@/lib/dates";

/** An afspraak's owner and start, on one line (nothing when it has neither): the board and the projector. */
export function ClauseMeta({ clause: c }: { clause: { owner: string | null; startDate: string | null } }) {
  if (!c.owner && !c.startDate) return null;
  return (
    <p className="text-slate-700">
      {[c.owner ? `Eigenaar: ${c.owner}` : null, c.startDate ? `Start: ${dutchDay(c.startDate)}` : null].filter(Boolean).join(" · ")}
    </p>
  );
}

/** The board read-only, in large type: the projector's view (and a view for whoever may not edit): the
 * uitgangspunten, the aandachtspunten with their afspraken, the others, and the next steps with who and when. */
export function BoardView({ board }: { board: Board }) {
  const clauseList = (clauses: Board["otherClauses"]) =>
    clauses.length === 0 ? (
      <p className="text-slate-600">Nog geen afspraken.</p>
    ) : (
      <ul className="space-y-2">
        {clauses.map((c) => (
          <li key={c.id} className="rounded-lg bg-sand-100 p-3" data-testid="board-clause">
            <h3 className="text-xl font-semibold">{c.title}</h3>
            <p className="whitespace-pre-line text-lg">{c.body}</p>
            <ClauseMeta clause={c} />
          </li>
        ))}
      </ul>
    );
  return (
    <div className="space-y-6">
      {board.principles.length > 0 ? (
        <section aria-labelledby="bord-uitgangspunten" className="rounded-xl border border-brand-100 bg-white p-5">
          <h2 id="bord-uitgangspunten" className="mb-2 text-2xl font-semibold text-brand-800">
            Uitgangspunten
          </h2>
          {clauseList(board.principles)}
        </section>
      ) : null}
      {board.aandachtspunten.map((a) => (
        <section key={a.themeKey} aria-labelledby={`bord-${a.themeKey}`} className="rounded-xl border border-brand-100 bg-white p-5">
          <h2 id={`bord-${a.themeKey}`} className="mb-2 text-2xl font-semibold text-brand-800">
            Aandachtspunt: {a.themeTitle}
            {a.votes === null ? null : <span className="ml-1 font-normal"> ({a.votes === 1 ? "1 stem" : `${a.votes} stemmen`})</span>}
          </h2>
          {clauseList(a.clauses)}
        </section>
      ))}
      {board.otherClauses.length > 0 ? (
        <section aria-labelledby="bord-overig" className="rounded-xl border border-brand-100 bg-white p-5">
          <h2 id="bord-overig" className="mb-2 text-2xl font-semibold text-brand-800">
            Andere afspraken
          </h2>
          {clauseList(board.otherClauses)}
        </section>
      ) : null}
      <section aria-labelledby="bord-stappen" className="rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="bord-stappen" className="mb-2 text-2xl font-semibold text-brand-800">
          Vervolgstappen
        </h2>
        {board.nextSteps.length === 0 ? (
          <p className="text-slate-600">Nog geen vervolgstappen.</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-6 text-lg">
            {board.nextSteps.map((s) => (
              <li key={s.id} data-testid="board-step">
                {s.text}
                {s.owner || s.dueDate ? (
                  <span className="block text-slate-700">
                    {[s.owner ? `Wie: ${s.owner}` : null, s.dueDate ? `Wanneer: ${formatDate(s.dueDate)}` : null]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
