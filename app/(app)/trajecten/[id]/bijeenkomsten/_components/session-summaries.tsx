import { SummaryView } from "@/components/room/summary-view";
import type { SessionSummaryForActor } from "@/lib/room/summary";

// The summaries of the traject's sessions on Bijeenkomsten (issue 26 item 6): for whoever reads the code,
// as it was mailed; for the tandem also the cards that became no afspraak, which no mail carried.

function TandemCards({ number, sections }: { number: number; sections: NonNullable<SessionSummaryForActor["cards"]> }) {
  const id = `kaarten-${number}`;
  return (
    <section aria-labelledby={id} className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="tandem-cards">
      <h3 id={id} className="font-semibold text-brand-800">
        Kaarten uit de zaal, niet gemaild
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        Alleen voor de trainer en de ervaringsdeskundige: deze kaarten werden geen afspraak en staan niet in de samenvatting. Een naam staat
        er alleen bij als de deelnemer de kaart ondertekende.
      </p>
      {sections.length === 0 ? (
        <p className="mt-2 text-sm">Elke kaart werd een afspraak.</p>
      ) : (
        sections.map((s) => (
          <div key={s.title} className="mt-3">
            <h4 className="font-semibold text-slate-900">{s.title}</h4>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {s.cards.map((c, i) => (
                <li key={i}>
                  <span className="whitespace-pre-line">{c.text}</span>
                  <span className="block text-sm text-slate-700">
                    {c.author ?? "Anoniem"}
                    {c.hidden ? " · van het scherm gehaald" : ""}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

export function SessionSummaries({ summaries }: { summaries: SessionSummaryForActor[] }) {
  return (
    <section aria-labelledby="samenvattingen" className="rounded-xl border border-brand-100 bg-white p-5" data-testid="session-summaries">
      <h2 id="samenvattingen" className="text-lg font-semibold text-brand-800">
        Samenvatting van de bijeenkomst
      </h2>
      {summaries.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">
          Zodra de trainer of de ervaringsdeskundige bijeenkomst 2 afrondt, staat hier de samenvatting die iedereen per e-mail kreeg.
        </p>
      ) : (
        summaries.map((s) => (
          <div key={s.number} id={`samenvatting-${s.number}`} className="mt-3 scroll-mt-4">
            <SummaryView summary={s.summary} level={3} id={`samenvatting-${s.number}-inhoud`} />
            {s.cards ? <TandemCards number={s.number} sections={s.cards} /> : null}
          </div>
        ))
      )}
    </section>
  );
}
