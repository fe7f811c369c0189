import Link from "next/link";
import { formatDate } from "@/lib/dates";
import type { ScanRoundsView } from "@/lib/followup/rounds";
import { roundLabel } from "@/lib/scan/rounds/rounds";
import { RoundControls } from "./round-controls";

const link = "font-medium text-brand-700 underline underline-offset-4";

function roundState(r: ScanRoundsView["rounds"][number]): string {
  if (r.open) return r.deadline ? `loopt, graag ingevuld vóór ${formatDate(r.deadline)}` : "loopt";
  return r.closedAt ? `afgesloten op ${formatDate(r.closedAt)}` : "afgesloten";
}

/** The traject's scan rounds; the trainer starts a follow-up scan from a closed traject and closes it. */
export function ScanRounds({
  trajectId,
  view,
  closed,
  canPlan,
  canInvite,
}: {
  trajectId: string;
  view: ScanRoundsView;
  closed: boolean;
  canPlan: boolean;
  canInvite: boolean;
}) {
  const openFollowUp = view.rounds.find((r) => r.number > 1 && r.open);
  return (
    <section aria-labelledby="scanrondes" className="rounded-xl border border-brand-100 bg-white p-5" data-testid="scan-rounds">
      <h2 id="scanrondes" className="text-lg font-semibold text-brand-800">
        Scans
      </h2>
      <p className="mt-1 text-slate-700">
        Een vervolgscan laat zien wat er sinds de bijeenkomsten is veranderd: per thema het cijfer toen en nu. Dat is geen oordeel, maar een
        nieuw startpunt voor het gesprek.
      </p>
      <ul className="mt-3 space-y-2">
        {view.rounds.map((r) => (
          <li key={r.number} className="rounded-lg bg-sand-100 p-3">
            <p>
              <strong>{roundLabel(r.number)}</strong>
              {r.short ? " (korte versie)" : ""}: {roundState(r)}. {r.submitted} van {r.invited} uitgenodigden hebben de scan ingevuld.{" "}
              <Link href={`/trajecten/${trajectId}/resultaten?ronde=${r.number}`} className={link}>
                Resultaten
                <span className="sr-only"> van de {roundLabel(r.number).toLowerCase()}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
      {canPlan && !closed ? <p className="mt-3 text-sm text-slate-600">Een vervolgscan start u als het traject is afgerond.</p> : null}
      {canPlan && closed && openFollowUp ? (
        <p className="mt-3 text-sm text-slate-600">Sluit de lopende vervolgscan af voordat u een nieuwe start.</p>
      ) : null}
      {canPlan && closed ? (
        <RoundControls
          trajectId={trajectId}
          canStart={view.canStart}
          openFollowUp={openFollowUp?.number ?? null}
          canInvite={canInvite}
          questionnaires={view.questionnaires}
          defaultDeadline={view.defaultDeadline}
        />
      ) : null}
    </section>
  );
}
