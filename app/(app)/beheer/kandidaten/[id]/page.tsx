import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { RowAction } from "@/components/ui/row-action";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { capabilitiesFor } from "@/lib/auth/capabilities";
import { formatDate, formatPeriod } from "@/lib/dates";
import { getCandidateForAdmin } from "@/lib/training/candidate-queries";
import { CANDIDATE_MOVE_RULES, mayStartCohort, movesFrom } from "@/lib/training/candidate-rules";
import { CANDIDATE_CHANNEL_LABEL, CANDIDATE_STATUS_LABEL } from "@/lib/training/labels";
import { CandidateFields } from "../_components/candidate-fields";
import { moveCandidateAction, startCandidateAction, updateCandidateAction } from "../actions";

export const metadata: Metadata = { title: "Kandidaat · Beheer" };

const h2 = "mb-3 text-xl font-semibold text-brand-800";
const STOP_CONFIRM = "Deze kandidaat stoppen? Er is geen reden nodig. Het kan later ongedaan worden gemaakt.";

export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorPage("candidate:manage");
  const { id } = await params;
  const { candidate: c, cohorts } = await orNotFound(getCandidateForAdmin({ actor, candidateId: id }));
  const fields = { candidateId: c.id, version: String(c.version) };
  const participations = c.user?.cohortParticipations ?? [];
  const mayExport = capabilitiesFor(actor).has("privacy:manage");
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/beheer/kandidaten" className="text-brand-800 underline underline-offset-2">
          Alle kandidaten
        </Link>
      </p>
      <PageHeader
        title={c.name}
        intro={`Status: ${CANDIDATE_STATUS_LABEL[c.status]} (sinds ${formatDate(c.statusChangedAt)}). Vastgelegd op ${formatDate(c.createdAt)}, via ${CANDIDATE_CHANNEL_LABEL[c.channel].toLowerCase()}.`}
      />

      <section aria-labelledby="status" className="mb-10">
        <h2 id="status" className={h2}>
          Status
        </h2>
        <p className="mb-3 max-w-prose text-slate-700">
          Belangstelling → intake gehouden → in een cohort → gecertificeerd. Stoppen kan altijd vóór het certificaat, zonder reden: de app
          vraagt er niet naar en bewaart er geen. Een gestopte kandidaat verdwijnt twaalf maanden later uit de app.
          {c.userId ? " Het account blijft bestaan; zet het zo nodig uit bij Gebruikers." : ""}
        </p>
        <div className="flex flex-wrap gap-3" data-testid="candidate-moves">
          {movesFrom(c.status).map((move) => (
            <RowAction
              key={move}
              action={moveCandidateAction}
              fields={{ ...fields, move }}
              label={CANDIDATE_MOVE_RULES[move].label}
              confirm={move === "stop" ? STOP_CONFIRM : undefined}
              variant={move === "intake" ? "primary" : "secondary"}
            />
          ))}
          {c.status === "CERTIFIED" ? <p className="text-slate-700">Gecertificeerd: hier valt niets meer te veranderen.</p> : null}
        </div>
      </section>

      <section aria-labelledby="cohort" className="mb-10">
        <h2 id="cohort" className={h2}>
          Cohort
        </h2>
        {participations.length > 0 ? (
          <ul className="mb-3 list-disc pl-5 text-slate-800" data-testid="candidate-cohorts">
            {participations.map((p) => (
              <li key={p.cohort.id}>
                {p.cohort.name} (gestart op {formatDate(p.createdAt)})
              </li>
            ))}
          </ul>
        ) : null}
        {mayStartCohort(c.status) ? (
          cohorts.length === 0 ? (
            <p className="text-slate-700">Er is nog geen cohort dat nog loopt. Maak eerst een cohort aan bij Cohorten.</p>
          ) : (
            <ActionForm
              action={startCandidateAction}
              submitLabel="Start in een cohort"
              className="max-w-xl space-y-3 rounded-xl border border-brand-100 bg-white p-4"
            >
              <input type="hidden" name="candidateId" value={c.id} />
              <input type="hidden" name="version" value={c.version} />
              <p className="text-sm text-slate-700">
                {c.userId
                  ? "De kandidaat heeft al een account en krijgt daarmee een plaats in het cohort."
                  : "Er komt een account als ervaringsdeskundige; de kandidaat krijgt per e-mail een link om een wachtwoord te kiezen."}
              </p>
              <div className="space-y-1">
                <label htmlFor="start-cohort" className="block text-sm font-semibold text-slate-800">
                  Cohort
                </label>
                <select id="start-cohort" name="cohortId" required defaultValue="" className={inputClass}>
                  <option value="" disabled>
                    Kies een cohort
                  </option>
                  {cohorts.map((cohort) => (
                    <option key={cohort.id} value={cohort.id}>
                      {cohort.name} ({formatPeriod(cohort.startsOn, cohort.endsOn)})
                    </option>
                  ))}
                </select>
              </div>
            </ActionForm>
          )
        ) : participations.length === 0 ? (
          <p className="text-slate-700">Na de intake kan de kandidaat hier in een cohort starten.</p>
        ) : null}
      </section>

      <section aria-labelledby="gegevens" className="mb-10">
        <h2 id="gegevens" className={h2}>
          Gegevens
        </h2>
        <ActionForm
          action={updateCandidateAction}
          submitLabel="Gegevens opslaan"
          className="grid max-w-3xl gap-4 rounded-xl border border-brand-100 bg-white p-5 sm:grid-cols-2"
        >
          <input type="hidden" name="candidateId" value={c.id} />
          <input type="hidden" name="version" value={c.version} />
          <CandidateFields
            idPrefix="kandidaat"
            values={{ name: c.name, email: c.email, phone: c.phone ?? "", channel: c.channel, channelOther: c.channelOther ?? "" }}
            emailHint={c.userId ? "Dit adres hoort nu ook bij het account; wijzig het bij Gebruikers." : undefined}
          />
        </ActionForm>
      </section>

      {mayExport ? (
        <section aria-labelledby="avg">
          <h2 id="avg" className={h2}>
            Privacy (AVG)
          </h2>
          <p className="max-w-prose text-slate-700">
            Vraagt de kandidaat wat de app over hen bewaart?{" "}
            <a href={`/api/beheer/privacy/kandidaten/${c.id}/export`} className="text-brand-800 underline underline-offset-2" download>
              Download de gegevens van deze kandidaat
            </a>
            . Wissen gaat via{" "}
            <Link href={`/beheer/privacy?email=${encodeURIComponent(c.email)}`} className="text-brand-800 underline underline-offset-2">
              Privacy (AVG)
            </Link>
            .
          </p>
        </section>
      ) : null}
    </>
  );
}
