import { trajectMetadata } from "../title";
import Link from "next/link";
import { gedragscodeAction } from "../gedragscode/actions";
import { createBoardLinkAction, revokeBoardLinksAction } from "./actions";
import { BoardSections } from "./_components/board-sections";
import { PresenterControls } from "./_components/presenter-controls";
import { BoardLive, BoardLiveStatus } from "@/components/board/board-live";
import { BoardView } from "@/components/board/board-view";
import { OverwrittenNotices } from "@/components/gedragscode/overwritten-notices";
import { SessionSelect } from "./_components/session-select";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { activeBoardLinks } from "@/lib/board/access";
import { boardForActor } from "@/lib/board/board";
import { formatDateTime } from "@/lib/dates";
import { getTrajectForActor } from "@/lib/trajecten/queries";
import { roomPanelFor } from "@/lib/room/views";
import { RoomPanel } from "./_components/room-panel";

export const generateMetadata = trajectMetadata("Sessiebord");

const link = "font-medium text-brand-700 underline underline-offset-4";

/** Session 2's board on every participant's screen: aandachtspunten, their afspraken and the next steps, live. */
export default async function BoardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorPage();
  const { traject } = await orNotFound(getTrajectForActor({ actor, trajectId: id }));
  const { board, canEdit, canShare, proposals } = await orNotFound(boardForActor({ actor, trajectId: id }));
  const editable = canEdit && board.status !== "VASTGESTELD";
  const links = canShare ? await activeBoardLinks({ actor, trajectId: id }) : [];
  const sessions = traject.sessions.filter((s) => s.status !== "CANCELLED");
  const panel = await roomPanelFor({ actor, trajectId: id });
  return (
    <BoardLive streamUrl={`/api/trajecten/${id}/bord/stream`} channel={`traject-${id}`} selfName={actor.name} selfId={actor.id}>
      <p className="mb-4">
        <Link href={`/trajecten/${id}/gedragscode`} className={link}>
          <span aria-hidden="true">← </span>Naar de hele gedragscode
        </Link>
      </p>
      <PageHeader
        title="Sessiebord"
        intro={`${board.employerName}: de uitgangspunten, per aandachtspunt de afspraken (wat, wie als rol, vanaf wanneer) met de voorstellen uit de scan, en de vervolgstappen. Wat iemand verandert, ziet iedereen meteen.`}
      />
      <div className="mb-4">
        <BoardLiveStatus />
      </div>
      <PresenterControls actor={actor} trajectId={id} number={panel?.room?.sessionNumber ?? sessions.at(-1)?.number} />
      <OverwrittenNotices trajectId={id} action={gedragscodeAction} />
      {!editable ? <BoardView board={board} /> : <BoardSections trajectId={id} board={board} proposals={proposals} />}
      {canShare ? (
        <section aria-labelledby="beamer" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
          <h2 id="beamer" className="text-lg font-semibold text-brand-800">
            Link voor de beamer
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
            <SessionSelect sessions={sessions} defaultNumber={sessions.at(-1)?.number ?? 2} />
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
