import { trajectMetadata } from "../title";
import { PageHeader } from "@/components/ui/page-header";
import { claimsForTraject } from "@/lib/compensation/claims";
import { debriefsForActor } from "@/lib/debriefs/debriefs";
import { employerChoicesForTraject } from "@/lib/employers/queries";
import { sessionAnswersForActor, type SessionAnswer } from "@/lib/sessions/rsvp";
import { summaryForActor } from "@/lib/room/summary";
import { CompensationSection } from "../_components/compensation-section";
import { DebriefSection } from "../_components/debrief-section";
import { PhaseNav } from "../_components/phase-nav";
import { loadPhasePage } from "../_components/load-phase-page";
import { mayOpenSessions } from "../_components/phase-links";
import { PreparationLinks } from "../_components/preparation-links";
import { SessionForm } from "../_components/session-form";
import { SessionSummaries } from "./_components/session-summaries";

export const generateMetadata = trajectMetadata("Bijeenkomsten");

// Phase 3 (docs/decisions/023): everything around the sessions in the order it happens: plan and
// keep each session (date, people, held), the summary of session 2 (everyone who reads the code; issue
// 26), prepare it with the card, look back, and the expert's claims.
export default async function BijeenkomstenPage({ params }: { params: Promise<{ id: string }> }) {
  const { id, actor, traject, can } = await loadPhasePage(params, mayOpenSessions);
  const keyPersons = can("traject:plan") ? (await employerChoicesForTraject({ actor, employerId: traject.employerId })).keyPersons : [];
  // read once for every session on the page (the trainer's cards or the expert's list)
  const answers = can("preparation:read") ? await sessionAnswersForActor({ actor, trajectId: id }) : new Map<string, SessionAnswer[]>();
  return (
    <>
      <PhaseNav trajectId={id} current="bijeenkomsten" can={can} />
      <PageHeader
        title="Bijeenkomsten"
        intro={`${traject.employer.name}: bijeenkomst 1 bespreekt de uitkomsten van de scan, in bijeenkomst 2 maakt u samen de gedragscode.`}
      />
      {can("traject:plan") ? (
        <section aria-labelledby="bijeenkomsten-plannen" className="rounded-xl border border-brand-100 bg-white p-5">
          <h2 id="bijeenkomsten-plannen" className="text-lg font-semibold text-brand-800">
            Plannen en bijhouden
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            Datum, plaats en wie er komen; na afloop zet u de bijeenkomst op gehouden en noteert u wie er waren.
          </p>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {traject.sessions
              .filter((s) => s.number <= traject.plannedSessionCount)
              .map((s) => (
                <SessionForm key={s.id} trajectId={id} session={s} keyPersons={keyPersons} answers={answers.get(s.id) ?? []} />
              ))}
          </div>
        </section>
      ) : null}
      {can("gedragscode:read") ? <SessionSummaries summaries={await summaryForActor({ actor, trajectId: id })} /> : null}
      {can("preparation:read") ? (
        <PreparationLinks trajectId={id} sessions={traject.sessions} answers={can("traject:plan") ? undefined : answers} />
      ) : null}
      {can("debrief:write") ? <DebriefSection trajectId={id} debriefs={await debriefsForActor({ actor, trajectId: id })} /> : null}
      {can("compensation:approve") ? <CompensationSection claims={(await claimsForTraject({ actor, trajectId: id })).claims} /> : null}
    </>
  );
}
