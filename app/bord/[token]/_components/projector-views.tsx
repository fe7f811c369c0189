import type { ProjectorRoom } from "@/lib/room/projector";
import { ClauseMeta } from "@/components/board/board-view";

// What the projector shows for each of the facilitator's choices (lib/room/projector.ts gives only what
// the room may see). Large type comes from the page (html:has(.projector)); here: plain structure.

type Room = NonNullable<ProjectorRoom["room"]>;
const panel = "rounded-xl border border-brand-100 bg-white p-6";
const withoutScheme = (url: string) => url.replace(/^https?:\/\//, "");

export function JoinView({ join }: { join: NonNullable<Room["join"]> }) {
  const spelled = join.code.replace(/\s/g, "").split("").join(" ");
  return (
    <section aria-labelledby="doe-mee" className={`${panel} flex flex-wrap items-center gap-10`}>
      <div
        role="img"
        aria-label={`QR-code naar ${withoutScheme(join.url)}`}
        className="size-[12rem] shrink-0 bg-white p-2"
        // the qrcode package's own SVG markup (no scripts, no styles), inline: no image request for the CSP
        dangerouslySetInnerHTML={{ __html: join.qrSvg }}
      />
      <div className="space-y-4">
        <h2 id="doe-mee" className="text-3xl font-bold text-brand-800">
          Doe mee op uw telefoon
        </h2>
        <p>Scan de QR-code, of ga naar {withoutScheme(join.typeAt)} en vul de code in:</p>
        <p className="font-mono text-7xl font-bold tracking-widest text-ink">
          {/* read letter by letter; the big letters themselves would be read as two words */}
          <span className="sr-only">De code: {spelled}</span>
          <span aria-hidden="true" data-testid="join-code">
            {join.code}
          </span>
        </p>
      </div>
    </section>
  );
}

export function AgendaView({ steps, current }: { steps: string[]; current: number }) {
  return (
    <section aria-labelledby="agenda" className={panel}>
      <h2 id="agenda" className="mb-4 text-3xl font-bold text-brand-800">
        Agenda
      </h2>
      <ol className="space-y-3">
        {steps.map((s, i) => (
          <li
            key={i}
            aria-current={i === current ? "step" : undefined}
            className={`rounded-lg px-4 py-2 ${i === current ? "bg-brand-800 font-semibold text-white" : i < current ? "text-slate-700" : ""}`}
          >
            <span className="mr-3 tabular-nums">{i + 1}.</span>
            {s}
            {i === current ? <span className="ml-3 font-normal">(nu)</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

type Card = NonNullable<Room["punt"]>["cards"][number];

function Cards({ cards }: { cards: Card[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {cards.map((c) => (
        <li key={c.id} data-mark-id={`card:${c.id}`} data-mark-stamp={c.text} className="rounded-lg bg-sand-100 p-4">
          <p className="whitespace-pre-line">{c.text}</p>
          {c.author ? <p className="mt-1 text-slate-700">— {c.author}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export function PuntView({ punt }: { punt: NonNullable<Room["punt"]> }) {
  const empty = punt.cards.length === 0 && punt.groups.length === 0;
  return (
    <div className="space-y-6">
      <h2 className="text-4xl font-bold text-brand-800">{punt.themeKey ? `Aandachtspunt: ${punt.title}` : punt.title}</h2>
      <section aria-labelledby="kaarten" className={panel}>
        <h3 id="kaarten" className="mb-3 text-2xl font-semibold text-brand-800">
          Uit de zaal
        </h3>
        {empty ? <p className="text-slate-700">Nog geen kaarten. Schrijf er een op uw telefoon.</p> : null}
        <div className="space-y-5">
          {punt.groups.map((g) => (
            <div key={g.id} data-mark-id={`group:${g.id}`} data-mark-stamp={`${g.title}|${g.cards.length}`}>
              <h4 className="mb-2 text-xl font-semibold">{g.title}</h4>
              <Cards cards={g.cards} />
            </div>
          ))}
          {punt.cards.length > 0 ? <Cards cards={punt.cards} /> : null}
        </div>
      </section>
      <section aria-labelledby="afspraken" className={panel}>
        <h3 id="afspraken" className="mb-3 text-2xl font-semibold text-brand-800">
          Afspraken
        </h3>
        {punt.clauses.length === 0 ? (
          <p className="text-slate-700">Nog geen afspraken.</p>
        ) : (
          <ul className="space-y-3">
            {punt.clauses.map((c) => (
              <li key={c.id} data-mark-id={`clause:${c.id}`} data-mark-stamp={String(c.version)} className="rounded-lg bg-sand-100 p-4">
                <h4 className="text-xl font-semibold">{c.title}</h4>
                <p className="whitespace-pre-line">{c.body}</p>
                <ClauseMeta clause={c} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

const ROUND_TITLES = { PUNTEN: "Welke aandachtspunten eerst?", AFSPRAKEN: "Welke afspraken eerst?" } as const;
const votesWord = (n: number) => (n === 1 ? "1 stem" : `${n} stemmen`);

export function VotesView({ votes }: { votes: NonNullable<Room["votes"]> }) {
  if (votes.rounds.length === 0) return <p className={panel}>Er is nog niet gestemd.</p>;
  return (
    <div className="space-y-6">
      {votes.open ? <p className="text-2xl font-semibold text-brand-800">Het stemmen is open: stem op uw telefoon.</p> : null}
      {votes.rounds.map((round) => {
        const most = Math.max(1, ...round.rows.map((r) => r.votes));
        return (
          <section key={round.kind} aria-labelledby={`stemmen-${round.kind}`} className={panel}>
            <h2 id={`stemmen-${round.kind}`} className="text-3xl font-bold text-brand-800">
              {ROUND_TITLES[round.kind]}
            </h2>
            <p className="mb-4 text-slate-700">
              {round.voters === 1 ? "1 persoon heeft gestemd." : `${round.voters} mensen hebben gestemd.`}
            </p>
            <ol className="space-y-4">
              {round.rows.map((r) => (
                <li key={r.target} data-mark-id={`vote:${r.target}`} data-mark-stamp={String(r.votes)}>
                  <p className="flex justify-between gap-4">
                    <span>{r.title}</span>
                    <span className="font-semibold tabular-nums">{votesWord(r.votes)}</span>
                  </p>
                  {/* the bar's length in SVG attributes: the CSP allows no style attribute */}
                  <svg aria-hidden="true" viewBox="0 0 100 4" preserveAspectRatio="none" className="mt-1 h-4 w-full rounded bg-sand-100">
                    <rect width={(100 * r.votes) / most} height="4" className="fill-brand-600" />
                  </svg>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
