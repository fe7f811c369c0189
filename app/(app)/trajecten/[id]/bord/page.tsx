import { trajectMetadata } from "../title";
import Link from "next/link";
import { gedragscodeAction } from "../gedragscode/actions";
import { NewClauseFields } from "../gedragscode/_components/editor";
import { NextSteps } from "../gedragscode/_components/next-steps";
import { createBoardLinkAction, revokeBoardLinksAction } from "./actions";
import { BoardLive, BoardLiveStatus } from "@/components/board/board-live";
import { BoardView } from "@/components/board/board-view";
import { ClauseCard } from "@/components/gedragscode/clause-card";
import { ClauseList } from "@/components/gedragscode/clause-list";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { activeBoardLinks } from "@/lib/board/access";
import { boardForActor, type Board } from "@/lib/board/board";
import { formatDateTime } from "@/lib/dates";
import { sectionForTheme } from "@/lib/gedragscode/theme-sections";
import { getTrajectForActor } from "@/lib/trajecten/queries";
import { roomPanelFor } from "@/lib/room/views";
import { RoomPanel } from "./_components/room-panel";

export const generateMetadata = trajectMetadata("Sessiebord");

const link = "font-medium text-brand-700 underline underline-offset-4";

function Clauses({ trajectId, clauses }: { trajectId: string; clauses: Board["otherClauses"] }) {
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
            index={0}
            count={0}
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

/** Session 2's board on every participant's screen: aandachtspunten, their afspraken and the next steps, live. */
export default async function BoardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorPage();
  const { traject } = await orNotFound(getTrajectForActor({ actor, trajectId: id }));
  const { board, canEdit, canShare } = await orNotFound(boardForActor({ actor, trajectId: id }));
  const editable = canEdit && board.status !== "VASTGESTELD";
  const links = canShare ? await activeBoardLinks({ actor, trajectId: id }) : [];
  const sessions = traject.sessions.filter((s) => s.status !== "CANCELLED");
  const panel = await roomPanelFor({ actor, trajectId: id });
  return (
    <BoardLive streamUrl={`/api/trajecten/${id}/bord/stream`} channel={`traject-${id}`} selfName={actor.name}>
      <p className="mb-4">
        <Link href={`/trajecten/${id}/gedragscode`} className={link}>
          <span aria-hidden="true">← </span>Naar de hele gedragscode
        </Link>
      </p>
      <PageHeader
        title="Sessiebord"
        intro={`${board.employerName}: per aandachtspunt de afspraken (wat, wie als rol, vanaf wanneer) en de vervolgstappen. Wat iemand verandert, ziet iedereen meteen.`}
      />
      <div className="mb-4">
        <BoardLiveStatus />
      </div>
      {!editable ? (
        <BoardView board={board} />
      ) : (
        <div className="space-y-6">
          {board.aandachtspunten.map((a) => (
            <section key={a.themeKey} aria-labelledby={`punt-${a.themeKey}`} className="rounded-xl border border-brand-100 bg-white p-5">
              <h2 id={`punt-${a.themeKey}`} className="mb-2 text-lg font-semibold text-brand-800">
                Aandachtspunt: {a.themeTitle}
              </h2>
              <Clauses trajectId={id} clauses={a.clauses} />
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-semibold text-brand-800">
                  Afspraak toevoegen bij {a.themeTitle.toLowerCase()}
                </summary>
                <ActionForm action={gedragscodeAction} submitLabel="Afspraak toevoegen" className="mt-3 space-y-3">
                  <input type="hidden" name="trajectId" value={id} />
                  <NewClauseFields themes={board.themes} section={sectionForTheme(a.themeKey)} defaults={{ themeKey: a.themeKey }} />
                </ActionForm>
              </details>
            </section>
          ))}
          <section aria-labelledby="punt-overig" className="rounded-xl border border-brand-100 bg-white p-5">
            <h2 id="punt-overig" className="mb-2 text-lg font-semibold text-brand-800">
              Andere afspraken
            </h2>
            <Clauses trajectId={id} clauses={board.otherClauses} />
          </section>
          <NextSteps trajectId={id} steps={board.nextSteps} editable={canEdit} />
        </div>
      )}
      {canShare ? (
        <section aria-labelledby="beamer" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
          <h2 id="beamer" className="text-lg font-semibold text-brand-800">
            Op de beamer
          </h2>
          <p className="text-sm text-slate-700">
            Een link die alleen dit bord laat zien, zonder in te loggen. Hij werkt tot zes uur na afloop van de bijeenkomst, en u kunt hem
            eerder intrekken.
          </p>
          {links.length > 0 ? (
            <p className="mt-2 text-sm">
              Werkende link voor bijeenkomst {links.map((l) => `${l.session.number} (tot ${formatDateTime(l.expiresAt)})`).join(", ")}.
            </p>
          ) : null}
          <ActionForm action={createBoardLinkAction} submitLabel="Bordlink maken" className="mt-3 flex flex-wrap items-end gap-3">
            <input type="hidden" name="trajectId" value={id} />
            <label className="text-sm font-semibold text-slate-800">
              Voor bijeenkomst
              <select
                name="number"
                defaultValue={sessions.at(-1)?.number ?? 2}
                className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
              >
                {sessions.map((s) => (
                  <option key={s.number} value={s.number}>
                    Bijeenkomst {s.number}
                  </option>
                ))}
              </select>
            </label>
          </ActionForm>
          {/* always there: its message stays after the last link is gone */}
          <ActionForm action={revokeBoardLinksAction} submitLabel="Bordlinks intrekken" className="mt-3">
            <input type="hidden" name="trajectId" value={id} />
          </ActionForm>
        </section>
      ) : null}
      {panel ? <RoomPanel trajectId={id} room={panel.room} sessions={sessions} /> : null}
    </BoardLive>
  );
}
