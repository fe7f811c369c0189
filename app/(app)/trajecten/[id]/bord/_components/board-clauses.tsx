import { gedragscodeAction } from "../../gedragscode/actions";
import { ClauseCard } from "@/components/gedragscode/clause-card";
import { ClauseList } from "@/components/gedragscode/clause-list";
import type { Board } from "@/lib/board/board";

/** One list of afspraken on the board, each editable and movable within the list (lib/board/places.ts). */
export function BoardClauses({ trajectId, clauses }: { trajectId: string; clauses: Board["otherClauses"] }) {
  // the list stays when its last card is removed: its status line says what went
  return (
    <>
      {clauses.length === 0 ? <p className="text-sm text-slate-600">Nog geen afspraken.</p> : null}
      <ClauseList ids={clauses.map((c) => c.id)} className="space-y-3">
        {clauses.map((c) => (
          <ClauseCard
            key={c.id}
            trajectId={trajectId}
            clause={c}
            index={c.place.index}
            count={c.place.count}
            moves={c.place}
            editable
            action={gedragscodeAction}
            historyHref={`/trajecten/${trajectId}/gedragscode/geschiedenis?afspraak=${c.id}`}
            presenceUrl={`/api/trajecten/${trajectId}/bord/aanwezig`}
          />
        ))}
      </ClauseList>
    </>
  );
}
