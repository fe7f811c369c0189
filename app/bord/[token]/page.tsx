import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BoardLive, BoardLiveStatus } from "@/components/board/board-live";
import { BoardView } from "@/components/board/board-view";
import { StepTimer } from "@/components/board/step-timer";
import { SummaryView } from "@/components/room/summary-view";
import { readSessionSummary } from "@/lib/room/summary-model";
import { projectorRoom, type ProjectorRoom } from "@/lib/room/projector";
import { isAppError } from "@/lib/errors";
import { ChangeMarks } from "./_components/change-marks";
import { AgendaView, JoinView, PuntView, VotesView } from "./_components/projector-views";

export const metadata: Metadata = { title: "Sessiebord", robots: { index: false, follow: false }, referrer: "no-referrer" };

const present = (n: number) => (n === 1 ? "1 persoon op het bord" : `${n} mensen op het bord`);

/** What the facilitator chose to show; without a room (never opened), the board as it is. */
function Shown({ p }: { p: ProjectorRoom }) {
  const { room, board } = p;
  if (!room) return <BoardView board={board} />;
  const summary = readSessionSummary(room.summary);
  // closed: nobody steers any more; the board as it is (or the summary the session ended with)
  if (!room.open && room.presenter.view !== "SUMMARY")
    return (
      <>
        <p className="mb-4">De deelname is gesloten.</p>
        <BoardView board={board} />
      </>
    );
  switch (room.presenter.view) {
    case "JOIN":
      return room.join ? (
        <JoinView join={room.join} />
      ) : (
        <>
          <p className="mb-4">De deelname is gesloten.</p>
          <BoardView board={board} />
        </>
      );
    case "AGENDA":
      return <AgendaView steps={room.steps} current={room.presenter.stepIndex} />;
    case "PUNT":
      return room.punt ? <PuntView punt={room.punt} /> : <BoardView board={board} />;
    case "VOTES":
      return room.votes ? <VotesView votes={room.votes} /> : <BoardView board={board} />;
    case "SUMMARY":
      return (
        <>
          {summary ? (
            <SummaryView summary={summary} level={2} />
          ) : (
            <>
              <p className="mb-4">De samenvatting volgt als de sessie is afgerond. Dit is de code zoals hij nu is.</p>
              <BoardView board={board} />
            </>
          )}
        </>
      );
    default:
      return <BoardView board={board} />;
  }
}

/** The projector: it follows what the facilitator chooses, live, through a link that expires after the session. */
export default async function ProjectorBoard({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const p = await projectorRoom(token).catch((e) => {
    if (isAppError(e)) notFound();
    throw e;
  });
  const { room } = p;
  const view = room ? `${room.presenter.view}:${room.presenter.themeKey ?? ""}` : "board";
  return (
    <main id="inhoud" className="projector mx-auto max-w-6xl px-4 py-6">
      <BoardLive streamUrl={`/api/bord/${token}/stream`} channel={`bord-${p.trajectId}`}>
        <header className="mb-6 space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-x-6">
            <h1 className="text-3xl font-bold text-brand-800">
              {p.board.employerName}: bijeenkomst {p.sessionNumber}
            </h1>
            <p className="text-slate-700" data-testid="projector-presence">
              {present(p.present)}
            </p>
          </div>
          {room?.open ? (
            <StepTimer
              size="large"
              stepName={room.presenter.stepName}
              stepIndex={room.presenter.stepIndex}
              stepCount={room.steps.length}
              timerEndsAt={room.presenter.timerEndsAt}
              timerLeftSeconds={room.presenter.timerLeftSeconds}
              serverNow={new Date().toISOString()}
            />
          ) : null}
          <BoardLiveStatus />
        </header>
        <div data-testid="projector-view" data-view={view}>
          <ChangeMarks key={view}>
            <Shown p={p} />
          </ChangeMarks>
        </div>
      </BoardLive>
    </main>
  );
}
