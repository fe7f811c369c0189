import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BoardLive, BoardLiveStatus } from "@/components/board/board-live";
import { BoardView } from "@/components/board/board-view";
import { boardForLink } from "@/lib/board/board";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Sessiebord", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** The projector: the board read-only, live, through a link that expires after the session. */
export default async function ProjectorBoard({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { trajectId, sessionNumber, board } = await boardForLink(token).catch((e) => {
    if (isAppError(e)) notFound();
    throw e;
  });
  return (
    <main id="inhoud" className="mx-auto max-w-5xl px-4 py-8">
      <BoardLive streamUrl={`/api/bord/${token}/stream`} channel={`bord-${trajectId}`}>
        <h1 className="text-3xl font-bold text-brand-800">
          {board.employerName}: bijeenkomst {sessionNumber}
        </h1>
        <div className="my-3">
          <BoardLiveStatus />
        </div>
        <BoardView board={board} />
      </BoardLive>
    </main>
  );
}
