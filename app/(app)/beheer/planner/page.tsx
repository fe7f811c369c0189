import type { Metadata } from "next";
import { RowAction } from "@/components/ui/row-action";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { listFailedMails, listJobsForAdmin } from "@/lib/scheduler/admin";
import { retryFailedMailAction, runJobNowAction, sendTestMailAction } from "./actions";

export const metadata: Metadata = { title: "Planner · Beheer" };

const every = (minutes: number) => (minutes % 1440 === 0 ? "elke dag" : minutes % 60 === 0 ? `elk uur` : `elke ${minutes} minuten`);
const h2 = "mb-3 text-xl font-semibold text-brand-800";

export default async function PlannerPage() {
  const actor = await requireActorPage("scheduler:manage");
  const [{ jobs, inAppScheduler, smtpConfigured, mail }, failed] = await Promise.all([listJobsForAdmin(actor), listFailedMails(actor)]);
  return (
    <>
      <PageHeader
        title="Planner"
        intro="De taken die de app zelf op gezette tijden doet: herinneringen, e-mail versturen en bewaartermijnen. Van meerdere servers voert er steeds precies één een taak uit."
      />
      {inAppScheduler ? null : (
        <p className="mb-6 rounded-lg border border-brand-200 bg-brand-50 p-4 text-slate-800">
          De planner in de app staat uit. Herinneringen, e-mail en bewaartermijnen gaan dan alleen door als de server de taken zelf op tijd
          start. Vraag de technisch beheerder of dat zo is ingericht.
        </p>
      )}
      <section aria-labelledby="taken" className="mb-10">
        <h2 id="taken" className={h2}>
          Taken
        </h2>
        <ul className="divide-y divide-slate-100 rounded-xl border border-brand-100 bg-white" data-testid="jobs">
          {jobs.map((j) => (
            <li key={j.name} className="flex flex-wrap items-start justify-between gap-3 p-4" data-testid={`job-${j.name}`}>
              <div>
                <p className="font-semibold text-slate-900">{j.label}</p>
                <p className="text-sm text-slate-600">
                  {every(j.everyMinutes)} ·{" "}
                  {j.last?.lastStartedAt
                    ? `laatst ${formatDateTime(j.last.lastFinishedAt ?? j.last.lastStartedAt)}`
                    : "nog niet uitgevoerd"}
                  {j.last?.lastOutcome === "failed" ? " · niet gelukt" : ""}
                  {j.state === "running" ? " · loopt nu" : ""}
                </p>
                {j.state === "aborted" ? (
                  <p className="mt-1 text-sm font-semibold text-slate-800" data-testid={`job-aborted-${j.name}`}>
                    Afgebroken: de server stopte midden in deze taak. Binnen een minuut neemt de planner hem opnieuw op.
                  </p>
                ) : null}
                {j.last?.lastAbortedAt ? (
                  <p className="mt-1 text-sm text-slate-700">
                    Laatst afgebroken: {formatDateTime(j.last.lastAbortedAt)}, daarna opnieuw uitgevoerd.
                  </p>
                ) : null}
                {j.last?.lastMessage ? <p className="mt-1 text-sm text-slate-700">{j.last.lastMessage}</p> : null}
              </div>
              <RowAction action={runJobNowAction} fields={{ job: j.name }} label="Nu uitvoeren" />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="mislukt" className="mb-10">
        <h2 id="mislukt" className={h2}>
          E-mail die niet aankwam ({failed.length})
        </h2>
        {smtpConfigured ? (
          <p className="mb-3 text-sm text-slate-700" data-testid="mail-counts">
            In de wachtrij: {mail.pending} · wordt nu verstuurd: {mail.sending} · niet gelukt: {mail.failed}
          </p>
        ) : null}
        {failed.length === 0 ? (
          <p className="text-slate-700">Er is geen e-mail die na vijf pogingen nog niet verstuurd kon worden.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-brand-100 bg-white" data-testid="failed-mails">
            {failed.map((m) => (
              <li key={m.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
                <div>
                  <p className="font-semibold text-slate-900">{m.subject}</p>
                  <p className="text-sm text-slate-600">
                    Aan {m.to} · {formatDateTime(m.createdAt)} · {m.attempts} pogingen
                  </p>
                  {m.lastError ? <p className="mt-1 text-sm text-slate-700">Melding van de mailserver: {m.lastError}</p> : null}
                </div>
                <RowAction action={retryFailedMailAction} fields={{ mailId: m.id }} label="Opnieuw proberen" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="testmail">
        <h2 id="testmail" className={h2}>
          Uitgaande e-mail testen
        </h2>
        <p className="mb-3 max-w-prose text-slate-700">
          {smtpConfigured
            ? "Stuur een korte testmail naar uw eigen adres om te zien of uitgaande e-mail werkt."
            : "Er is geen mailserver ingesteld: e-mail wordt niet verstuurd maar blijft in Uitgaande e-mail staan. Met een testmail ziet u hoe dat werkt. Moet e-mail echt verstuurd worden? Vraag de technisch beheerder om een mailserver in te stellen."}
        </p>
        <ActionForm action={sendTestMailAction} submitLabel="Testmail sturen">
          {null}
        </ActionForm>
      </section>
    </>
  );
}
