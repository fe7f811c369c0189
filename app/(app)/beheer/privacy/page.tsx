import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { findRespondentsByEmail } from "@/lib/privacy/erasure";
import { listEmployersForPrivacy, respondentRetentionDays } from "@/lib/privacy/queries";
import { respondentSearchSchema } from "@/lib/privacy/schema";
import { EmployerList } from "./_components/employer-list";
import { RespondentList } from "./_components/respondent-list";
import { CandidateList } from "./_components/candidate-list";
import { findCandidatesByEmail } from "@/lib/privacy/candidates";
import { CANDIDATE_STATUS_LABEL } from "@/lib/training/labels";
import { applyRetentionAction } from "./actions";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Privacy (AVG) · Beheer" };

const h2 = "mb-3 text-xl font-semibold text-brand-800";

export default async function PrivacyAdminPage({ searchParams }: { searchParams: Promise<{ email?: string | string[] }> }) {
  const actor = await requireActorPage("privacy:manage");
  const { email } = await searchParams;
  const search = typeof email === "string" && email !== "" ? respondentSearchSchema.safeParse({ email }) : null;
  const [employers, respondents, candidates] = await Promise.all([
    listEmployersForPrivacy(actor),
    search?.success ? findRespondentsByEmail({ actor, email: search.data.email }) : Promise.resolve(null),
    search?.success ? findCandidatesByEmail({ actor, email: search.data.email }) : Promise.resolve(null),
  ]);
  const days = respondentRetentionDays();
  return (
    <>
      <PageHeader
        title="Privacy (AVG)"
        intro="Geef een werkgever alles wat de app over hen bewaart, of wis een werkgever of één respondent. Het logboek houdt bij dát het gebeurde, zonder namen."
      />

      <section aria-labelledby="respondent" className="mb-10">
        <h2 id="respondent" className={h2}>
          Eén persoon: respondent of kandidaat
        </h2>
        <p className="mb-3 max-w-prose text-slate-700">
          Vraagt iemand die de scan kreeg om wissing? Zoek op het e-mailadres waarop de uitnodiging kwam. Wissen haalt de uitnodiging, de
          antwoorden, de teksten en de e-mails aan deze persoon weg; de cijfers van de werkgever blijven, zonder hun teksten. Met hetzelfde
          adres vindt u ook een kandidaat voor de training: download wat de app over hen bewaart, of wis de kandidaat.
        </p>
        <form method="get" className="flex max-w-xl flex-wrap items-end gap-3" role="search">
          <div className="min-w-64 flex-1 space-y-1">
            <label htmlFor="zoek-email" className="block text-sm font-semibold text-slate-800">
              E-mailadres
            </label>
            <input
              id="zoek-email"
              name="email"
              type="email"
              defaultValue={typeof email === "string" ? email : ""}
              className={inputClass}
              aria-describedby={search && !search.success ? "zoek-email-fout" : undefined}
              aria-invalid={search && !search.success ? true : undefined}
            />
          </div>
          <Button type="submit" size="sm">
            Zoeken
          </Button>
        </form>
        {search && !search.success ? (
          <p id="zoek-email-fout" className="mt-2 text-sm font-medium text-amber-800">
            {search.error.issues[0]?.message}
          </p>
        ) : null}
        {respondents ? (
          <RespondentList
            respondents={respondents.map((r) => ({
              invitationId: r.invitationId,
              title: `${r.name} · ${r.employerName}`,
              details: `Uitgenodigd op ${formatDate(r.invitedAt)} — ${
                r.responseStatus === "SUBMITTED" ? "scan verstuurd" : r.responseStatus === "DRAFT" ? "scan begonnen" : "niet geopend"
              }`,
              confirm: `Alles van ${r.name} bij ${r.employerName} wissen? Dat kan niet ongedaan worden gemaakt.`,
            }))}
          />
        ) : null}
        {candidates ? (
          <CandidateList
            candidates={candidates.map((c) => ({
              id: c.id,
              title: c.name,
              details: `Kandidaat sinds ${formatDate(c.createdAt)} — ${CANDIDATE_STATUS_LABEL[c.status].toLowerCase()}${c.userId ? ", heeft een account" : ""}`,
            }))}
          />
        ) : null}
      </section>

      <section aria-labelledby="werkgevers" className="mb-10">
        <h2 id="werkgevers" className={h2}>
          Werkgevers
        </h2>
        <p className="mb-3 max-w-prose text-slate-700">
          De export is een zip met alle gegevens in één bestand, de rapporten als PDF en een uitleg. Losse antwoorden van respondenten staan
          er niet in: die ziet ook de werkgever nooit per persoon.
        </p>
        <EmployerList
          employers={employers.map((e) => ({
            id: e.id,
            name: e.name,
            details: `${[e.sector, e.city].filter(Boolean).join(" · ")} — ${e.trajecten} traject(en), ${e.invitations} uitnodiging(en), ${e.accounts} account(s)`,
          }))}
        />
      </section>

      <section aria-labelledby="bewaartermijn">
        <h2 id="bewaartermijn" className={h2}>
          Bewaartermijn
        </h2>
        <p className="mb-3 max-w-prose text-slate-700">
          Namen en e-mailadressen van respondenten gaan {days} dagen nadat de scan van hun traject sloot uit de app; hun antwoorden blijven,
          zonder naam. Dat gebeurt elke dag vanzelf; met de knop gebeurt het nu.
        </p>
        <ActionForm action={applyRetentionAction} submitLabel="Bewaartermijn nu toepassen">
          {null}
        </ActionForm>
      </section>
    </>
  );
}
