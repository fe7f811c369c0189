import type { Metadata } from "next";
import Link from "next/link";
import { BoardLive, BoardLiveStatus } from "@/components/board/board-live";
import { PresenceBeacon } from "@/components/board/presence-beacon";
import { StepTimer } from "@/components/board/step-timer";
import { SummaryView } from "@/components/room/summary-view";
import { readSessionSummary } from "@/lib/room/summary-model";
import { isAppError } from "@/lib/errors";
import { roomForJoinCode } from "@/lib/room/join";
import { normaliseJoinCode } from "@/lib/room/join-code";
import { currentParticipant } from "@/lib/room/participant-cookie";
import { participantRoom } from "@/lib/room/views";
import { requestClientAddress } from "@/lib/security/request-client";
import { CardForm } from "../_components/card-form";
import { JoinForm } from "../_components/join-form";
import { VoteList } from "../_components/vote-list";

// same-origin, not no-referrer: a form posted without JavaScript must carry its Origin (lib/security/origin.ts)
export const metadata: Metadata = { title: "Meedoen met de sessie", robots: { index: false, follow: false }, referrer: "same-origin" };

const link = "font-medium text-brand-700 underline underline-offset-4";

function Closed({ message }: { message: string }) {
  return (
    <main id="inhoud" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-800">Meedoen met de sessie</h1>
      <p className="mt-4 text-slate-800" data-testid="room-closed">
        {message}
      </p>
      <p className="mt-4">
        <Link href="/doe-mee" className={link}>
          Een andere code invullen
        </Link>
      </p>
    </main>
  );
}

/**
 * A phone in session 2 (ADR 029): with the room's code and no cookie yet, the join form; as a participant
 * of this room, the step the room is at, a card form, the votes when voting is open and, once the
 * facilitator ended the session, the summary. It follows the facilitator live (components/board/board-live).
 */
export default async function RoomPage({ params }: { params: Promise<{ code: string }> }) {
  const code = normaliseJoinCode((await params).code);
  if (!code) return <Closed message="Dit is geen code van zes tekens. Kijk nog eens op het scherm." />;
  const me = await currentParticipant();
  const mine = me && me.phase !== null ? await participantRoom(me.actor).catch(() => null) : null;
  if (!mine || mine.joinCode !== code) {
    const room = await roomForJoinCode({ code, clientAddress: await requestClientAddress() }).catch((e) => {
      if (isAppError(e)) return e.message;
      throw e;
    });
    if (typeof room === "string") return <Closed message={room} />;
    return (
      <main id="inhoud" className="mx-auto max-w-md px-4 py-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
        <h1 className="mt-1 text-2xl font-bold text-brand-800">
          Meedoen: {room.employerName}, bijeenkomst {room.sessionNumber}
        </h1>
        <p className="mt-3 text-slate-700">
          U doet mee vanaf uw telefoon, zonder account. U schrijft ideeën op kaarten en stemt mee over wat voorgaat. Na afloop werkt deze
          pagina niet meer.
        </p>
        <JoinForm code={code} attendees={room.attendees} />
      </main>
    );
  }
  const { presenter, voting } = mine;
  const summary = readSessionSummary(mine.summary);
  return (
    <BoardLive streamUrl="/api/doe-mee/stream" channel={`deelname-${code}`}>
      <PresenceBeacon url="/api/doe-mee/aanwezig" />
      <main id="inhoud" className="mx-auto max-w-md px-4 py-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          {mine.employerName}, bijeenkomst {mine.sessionNumber}
        </p>
        <h1 className="mt-1 text-2xl font-bold text-brand-800">Meedoen met de sessie</h1>
        <div className="mt-2">
          <StepTimer
            stepName={presenter.stepName}
            stepIndex={presenter.stepIndex}
            stepCount={mine.stepCount}
            timerEndsAt={presenter.timerEndsAt}
            timerLeftSeconds={presenter.timerLeftSeconds}
            serverNow={mine.serverNow}
          />
        </div>
        <p className="mt-1 text-sm text-slate-700">
          U doet mee als <strong>{mine.name}</strong>
          {mine.anonymous ? " (in de lijst van aanwezigen zonder naam)" : ""}.
        </p>
        <div className="mt-2">
          <BoardLiveStatus />
        </div>
        {mine.phase === "summarised" ? (
          <section aria-labelledby="samenvatting" className="mt-6">
            <h2 id="samenvatting" className="text-xl font-semibold text-brand-800">
              De sessie is afgerond
            </h2>
            <p className="mt-2 text-slate-800">
              Dank u wel voor het meedoen. De samenvatting staat hieronder; wie op de lijst staat, krijgt hem ook per mail. Deze pagina
              werkt tot de begeleiders de deelname sluiten.
            </p>
            {summary ? <SummaryView summary={summary} level={3} /> : null}
          </section>
        ) : (
          <>
            {voting ? (
              <section aria-labelledby="stemmen" className="mt-6">
                <h2 id="stemmen" className="text-xl font-semibold text-brand-800">
                  Stemmen: {voting.kind === "PUNTEN" ? "welke aandachtspunten gaan voor?" : "welke afspraken gaan voor?"}
                </h2>
                <VoteList voting={voting} />
              </section>
            ) : null}
            <section aria-labelledby="kaart" className="mt-6 rounded-xl border border-brand-100 bg-white p-4">
              <h2 id="kaart" className="mb-3 text-xl font-semibold text-brand-800">
                Een kaart toevoegen
              </h2>
              <CardForm themes={mine.themes} first={mine.cards.length === 0} />
            </section>
          </>
        )}
        {mine.cards.length > 0 ? (
          <section aria-labelledby="mijn-kaarten" className="mt-6">
            <h2 id="mijn-kaarten" className="text-xl font-semibold text-brand-800">
              Mijn kaarten ({mine.cards.length})
            </h2>
            <ul className="mt-2 space-y-2" data-testid="my-cards">
              {mine.cards.map((c) => (
                <li key={c.id} className="rounded-lg bg-sand-100 p-3 text-slate-900">
                  <span className="block text-sm text-slate-700">{mine.themes.find((t) => t.key === c.themeKey)?.title ?? "Overig"}</span>
                  <span className="whitespace-pre-line">{c.text}</span>
                  <span className="block text-sm text-slate-700">
                    {c.signed ? "Met uw naam." : "Anoniem."}
                    {c.clauseId ? " Hier is een afspraak van gemaakt." : ""}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </BoardLive>
  );
}
