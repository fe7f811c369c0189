import { SessionSelect } from "./session-select";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { formatDateTime } from "@/lib/dates";
import { formatJoinCode } from "@/lib/room/join-code";
import type { FacilitatorRoom } from "@/lib/room/views";
import { SummariseForm } from "./summarise-form";
import { env } from "@/lib/env";
import { closeRoomAction, groupAction, hideAction, openRoomAction, toClauseAction, ungroupAction, votingAction } from "../room-actions";

// The facilitator's part of session 2's room on the board (ADR 029): open or close participation from
// phones, the code, the voting, and the room's cards per aandachtspunt to group and turn into afspraken.

const h2 = "text-lg font-semibold text-brand-800";
const VOTING_LABEL = { NONE: "Niet stemmen", PUNTEN: "Op de aandachtspunten", AFSPRAKEN: "Op de afspraken" } as const;

type Card = FacilitatorRoom["sections"][number]["cards"][number];

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

function CardText({ card }: { card: Card }) {
  return (
    <>
      <span className="whitespace-pre-line">{card.text}</span>
      <span className="block text-sm text-slate-700">
        {card.author ? `— ${card.author}` : "Anoniem"}
        {card.clauseId ? " · werd een afspraak" : ""}
        {card.hidden ? " · niet op het scherm" : ""}
      </span>
    </>
  );
}

function RoomIds({ trajectId, roomId }: { trajectId: string; roomId: string }) {
  return (
    <>
      <input type="hidden" name="trajectId" value={trajectId} />
      <input type="hidden" name="roomId" value={roomId} />
    </>
  );
}

function CardActions({ trajectId, roomId, card }: { trajectId: string; roomId: string; card: Card }) {
  return (
    <div className="mt-2 flex flex-wrap items-start gap-3">
      {card.clauseId ? null : (
        <details className="w-full">
          <summary className="cursor-pointer text-sm font-semibold text-brand-800">Maak er een afspraak van</summary>
          <ActionForm action={toClauseAction} submitLabel="Afspraak maken" className="mt-2 space-y-2">
            <RoomIds trajectId={trajectId} roomId={roomId} />
            <input type="hidden" name="cardId" value={card.id} />
            <label className="block text-sm font-semibold text-slate-800">
              Titel van de afspraak
              <input name="title" required maxLength={200} defaultValue={card.text.slice(0, 80)} className={`${inputClass} mt-1`} />
            </label>
          </ActionForm>
        </details>
      )}
      {card.groupId ? (
        <ActionForm action={ungroupAction} submitLabel="Uit de groep" labelFor={short(card.text)}>
          <RoomIds trajectId={trajectId} roomId={roomId} />
          <input type="hidden" name="cardId" value={card.id} />
        </ActionForm>
      ) : null}
      <ActionForm action={hideAction} submitLabel={card.hidden ? "Weer op het scherm" : "Van het scherm halen"} labelFor={short(card.text)}>
        <RoomIds trajectId={trajectId} roomId={roomId} />
        <input type="hidden" name="cardId" value={card.id} />
        <input type="hidden" name="hidden" value={card.hidden ? "false" : "true"} />
      </ActionForm>
    </div>
  );
}

function Section({
  trajectId,
  room,
  section,
  readOnly = false,
}: {
  trajectId: string;
  room: FacilitatorRoom;
  section: FacilitatorRoom["sections"][number];
  /** a closed room: the cards to read, nothing to change until the participation opens again */
  readOnly?: boolean;
}) {
  const loose = section.cards;
  const count = loose.length + section.groups.reduce((n, g) => n + g.cards.length, 0);
  const id = `kaarten-${section.themeKey ?? "overig"}`;
  return (
    <section aria-labelledby={id} className="mt-4 rounded-lg border border-brand-100 p-4">
      <h4 id={id} className="font-semibold text-brand-800">
        {section.title} ({count} {count === 1 ? "kaart" : "kaarten"})
      </h4>
      {section.groups.map((g) => (
        <div key={g.id} className="mt-3 rounded-lg bg-brand-50 p-3">
          <p className="font-semibold text-slate-900">
            Groep: {g.title}
            {g.clauseId ? <span className="ml-1 text-sm font-normal text-slate-700"> · werd een afspraak</span> : null}
          </p>
          <ul className="mt-2 space-y-2">
            {g.cards.map((c) => (
              <li key={c.id} className="rounded-md bg-white p-2">
                <CardText card={c} />
                {readOnly ? null : <CardActions trajectId={trajectId} roomId={room.id} card={c} />}
              </li>
            ))}
          </ul>
          {g.clauseId || readOnly ? null : (
            <ActionForm action={toClauseAction} submitLabel="Groep als afspraak" labelFor={g.title} className="mt-2 space-y-2">
              <RoomIds trajectId={trajectId} roomId={room.id} />
              <input type="hidden" name="groupId" value={g.id} />
              <label className="block text-sm font-semibold text-slate-800">
                Titel van de afspraak
                <input name="title" required maxLength={200} defaultValue={g.title} className={`${inputClass} mt-1`} />
              </label>
            </ActionForm>
          )}
        </div>
      ))}
      {loose.length === 0 && section.groups.length === 0 ? <p className="mt-2 text-sm text-slate-600">Nog geen kaarten.</p> : null}
      {loose.length > 1 && !readOnly ? (
        <ActionForm action={groupAction} submitLabel="Gekozen kaarten groeperen" className="mt-3 space-y-2">
          <RoomIds trajectId={trajectId} roomId={room.id} />
          <fieldset className="min-w-0">
            <legend className="text-sm font-semibold text-slate-800">Vink aan wat bij elkaar hoort</legend>
            <ul className="mt-2 space-y-1">
              {loose.map((c) => (
                <li key={c.id}>
                  <label className="flex items-start gap-2 text-sm">
                    <input type="checkbox" name="cardIds" value={c.id} className="mt-1 size-4 accent-brand-700" />
                    <span>&ldquo;{short(c.text)}&rdquo;</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <label className="block text-sm font-semibold text-slate-800">
            Titel van de groep
            <input name="title" maxLength={120} className={`${inputClass} mt-1`} />
          </label>
        </ActionForm>
      ) : null}
      <ul className="mt-3 space-y-2">
        {loose.map((c) => (
          <li key={c.id} className="rounded-md bg-sand-100 p-2" data-testid="room-card">
            <CardText card={c} />
            {readOnly ? null : <CardActions trajectId={trajectId} roomId={room.id} card={c} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Totals({ title, totals }: { title: string; totals: FacilitatorRoom["totals"]["PUNTEN"] }) {
  if (totals.voters === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="font-semibold text-brand-800">
        {title} ({totals.voters} {totals.voters === 1 ? "persoon stemde" : "mensen stemden"})
      </h3>
      <ol className="mt-1 list-decimal space-y-1 pl-6 text-slate-900" data-testid="vote-totals">
        {totals.rows.map((r) => (
          <li key={r.target}>
            {r.title}: <strong>{r.votes}</strong> {r.votes === 1 ? "stem" : "stemmen"}
          </li>
        ))}
      </ol>
    </div>
  );
}

function OpenForm({ trajectId, room, sessions }: { trajectId: string; room: FacilitatorRoom | null; sessions: { number: number }[] }) {
  return (
    <>
      <p className="text-sm text-slate-700">
        Iedereen in de zaal doet mee vanaf de eigen telefoon, zonder account: kaarten per aandachtspunt en stemmen over wat voorgaat. De
        beamer toont de code en een QR-code.
        {room?.closedAt ? ` De vorige deelname is gesloten op ${formatDateTime(room.closedAt)}.` : ""}
      </p>
      <ActionForm action={openRoomAction} submitLabel="Deelname openen" className="mt-3 flex flex-wrap items-end gap-3">
        <input type="hidden" name="trajectId" value={trajectId} />
        <SessionSelect sessions={sessions} defaultNumber={sessions.find((s) => s.number === 2)?.number ?? sessions.at(-1)?.number ?? 2} />
      </ActionForm>
    </>
  );
}

/** Closed before "Sessie afronden": the cards to read, and the summary can still go out. */
function ClosedUnsummarised({ trajectId, room }: { trajectId: string; room: FacilitatorRoom }) {
  const withCards = room.sections.filter((s) => s.cards.length > 0 || s.groups.length > 0);
  return (
    <>
      <h3 className="mt-6 font-semibold text-brand-800">Afsluiten</h3>
      <SummariseForm trajectId={trajectId} sessionNumber={room.sessionNumber} room={room} closed />
      <h3 className="mt-5 font-semibold text-brand-800">Kaarten uit de zaal van bijeenkomst {room.sessionNumber}</h3>
      {withCards.length === 0 ? <p className="text-sm text-slate-700">Er zijn geen kaarten toegevoegd.</p> : null}
      {withCards.map((s) => (
        <Section key={s.themeKey ?? "overig"} trajectId={trajectId} room={room} section={s} readOnly />
      ))}
    </>
  );
}

export function RoomPanel({
  trajectId,
  room,
  sessions,
}: {
  trajectId: string;
  room: FacilitatorRoom | null;
  sessions: { number: number }[];
}) {
  const open = room !== null && room.phase !== null;
  return (
    <section aria-labelledby="deelname" className="mt-8 rounded-xl border border-brand-100 bg-white p-5" data-testid="room-panel">
      <h2 id="deelname" className={h2}>
        Meedoen vanaf telefoons
      </h2>
      {!open ? (
        <>
          <OpenForm trajectId={trajectId} room={room} sessions={sessions} />
          {room && !room.summarisedAt ? <ClosedUnsummarised trajectId={trajectId} room={room} /> : null}
        </>
      ) : (
        <>
          <p className="mt-1 text-slate-800">
            Code voor bijeenkomst {room.sessionNumber}:{" "}
            <strong className="font-mono text-2xl tracking-widest" data-testid="join-code">
              {formatJoinCode(room.joinCode)}
            </strong>{" "}
            · op {env().APP_URL.replace(/^https?:\/\//, "")}/doe-mee · {room.participants}{" "}
            {room.participants === 1 ? "deelnemer" : "deelnemers"} · open tot {formatDateTime(room.expiresAt)}
          </p>
          {room.phase === "summarised" ? (
            <p className="mt-1 text-sm text-slate-700">De sessie is afgerond: telefoons tonen de samenvatting tot u de deelname sluit.</p>
          ) : null}
          <ActionForm action={votingAction} submitLabel="Stemmen bijwerken" className="mt-4 flex flex-wrap items-end gap-3">
            <RoomIds trajectId={trajectId} roomId={room.id} />
            <input type="hidden" name="version" value={room.version} />
            <label className="text-sm font-semibold text-slate-800">
              Stemmen
              <select
                name="voting"
                defaultValue={room.voting ?? "NONE"}
                className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
              >
                {(Object.keys(VOTING_LABEL) as (keyof typeof VOTING_LABEL)[]).map((k) => (
                  <option key={k} value={k}>
                    {VOTING_LABEL[k]}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm font-semibold text-slate-800">
              Stemmen per persoon
              <input
                type="number"
                name="votesPerPerson"
                min={1}
                max={10}
                defaultValue={room.votesPerPerson}
                className="mt-1 block w-24 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
              />
            </label>
          </ActionForm>
          <Totals title="Stemmen op de aandachtspunten" totals={room.totals.PUNTEN} />
          <Totals title="Stemmen op de afspraken" totals={room.totals.AFSPRAKEN} />
          <h3 className="mt-5 font-semibold text-brand-800">Kaarten uit de zaal</h3>
          <p className="text-sm text-slate-700">
            Anoniem, tenzij iemand zelf een naam erbij zette. Groepeer wat bij elkaar hoort en maak er een afspraak van.
          </p>
          {room.sections.map((s) => (
            <Section key={s.themeKey ?? "overig"} trajectId={trajectId} room={room} section={s} />
          ))}
          <h3 className="mt-6 font-semibold text-brand-800">Afsluiten</h3>
          <SummariseForm trajectId={trajectId} sessionNumber={room.sessionNumber} room={room} />
          <ActionForm action={closeRoomAction} submitLabel="Deelname sluiten" className="mt-4">
            <RoomIds trajectId={trajectId} roomId={room.id} />
            <p className="mb-2 text-sm text-slate-700">
              Sluiten beëindigt de deelname op alle telefoons. De kaarten blijven hier voor u bewaard.
              {room.summarisedAt ? "" : " De sessie afronden en de samenvatting mailen kan daarna nog."}
            </p>
          </ActionForm>
        </>
      )}
    </section>
  );
}
