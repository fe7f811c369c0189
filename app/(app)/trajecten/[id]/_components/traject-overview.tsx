import { formatDate, formatDateTime } from "@/lib/dates";
import { isInvitedOrAccepted } from "@/lib/auth/capabilities";
import type { TrajectDetail } from "@/lib/trajecten/queries";
import { keyPersonWithFunction } from "@/lib/employers/labels";
import { SESSION_STATUS_LABEL } from "@/lib/sessions/labels";
import { ASSIGNMENT_STATUS_LABEL } from "@/lib/tandem/labels";
import { withInBrackets } from "@/lib/format/sentence";
import Link from "next/link";
import { WorkingVersionNotice } from "@/components/questionnaires/working-version-notice";

/** `employerHref`: for whoever may open the employer's own page (its trainers, the admin). */
export function TrajectOverview({ traject, employerHref }: { traject: TrajectDetail; employerHref?: string }) {
  const experts = traject.assignments.filter((a) => isInvitedOrAccepted(a.status));
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="gegevens" className="min-w-0 rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="gegevens" className="mb-3 text-lg font-semibold text-brand-800">
          Gegevens
        </h2>
        {/* long Dutch words ("Ervaringsdeskundige", an e-mail address) must not force the page wider than a
            320 px phone (WCAG 1.4.10): one column there, and words break where they must */}
        <dl className="grid grid-cols-[minmax(0,1fr)] gap-x-4 gap-y-1 text-sm break-words hyphens-auto sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-y-2">
          <dt className="text-slate-600">Werkgever</dt>
          <dd>
            {employerHref ? (
              <Link href={employerHref} className="font-semibold text-brand-800 underline underline-offset-2">
                {traject.employer.name}
              </Link>
            ) : (
              traject.employer.name
            )}{" "}
            ({traject.employer.sector})
          </dd>
          <dt className="text-slate-600">Werkvloer</dt>
          <dd>
            {traject.werkvloer ? `${traject.werkvloer.name}${traject.werkvloer.location ? `, ${traject.werkvloer.location}` : ""}` : "—"}
          </dd>
          <dt className="text-slate-600">Trainer</dt>
          <dd>{traject.trainer.name}</dd>
          <dt className="text-slate-600">Ervaringsdeskundige</dt>
          <dd>
            {experts
              .map((a) => (a.status === "INVITED" ? withInBrackets(a.expert.name, ASSIGNMENT_STATUS_LABEL.INVITED) : a.expert.name))
              .join(", ") || "Nog te kiezen"}
          </dd>
          <dt className="text-slate-600">Contactpersoon</dt>
          <dd>
            {traject.contactKeyPerson
              ? `${keyPersonWithFunction(traject.contactKeyPerson)}, ${traject.contactKeyPerson.email}`
              : "Nog niet gekozen"}
          </dd>
          <dt className="text-slate-600">Scan invullen vóór</dt>
          <dd>{formatDate(traject.scanDeadline)}</dd>
          <dt className="text-slate-600">Vragenlijst</dt>
          <dd>
            {traject.questionnaire
              ? `${traject.questionnaire.title} (versie ${traject.questionnaire.version}${traject.questionnaire.bundled ? ", werkversie" : ""})`
              : "—"}
          </dd>
        </dl>
        {traject.questionnaire?.bundled ? <WorkingVersionNotice className="mt-3" /> : null}
        {traject.motivation ? (
          <>
            <h3 className="mt-4 text-sm font-semibold text-slate-800">Waarom doet de organisatie mee?</h3>
            <p className="mt-1 text-sm text-slate-700">{traject.motivation}</p>
          </>
        ) : null}
      </section>
      <section aria-labelledby="bijeenkomsten" className="min-w-0 rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="bijeenkomsten" className="mb-3 text-lg font-semibold text-brand-800">
          Bijeenkomsten ({traject.plannedSessionCount})
        </h2>
        <ol className="space-y-3">
          {traject.sessions.map((s) => (
            <li key={s.id} className="rounded-lg bg-sand-100 p-3 text-sm">
              <p className="font-semibold">
                Bijeenkomst {s.number} · {SESSION_STATUS_LABEL[s.status]}
              </p>
              <p className="text-slate-700">
                {s.scheduledAt ? formatDateTime(s.scheduledAt) : "Datum nog te plannen"}
                {s.location ? ` · ${s.location}` : ""}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
