import type { Metadata } from "next";
import { TaskList } from "@/components/tasks/task-list";
import { TrajectList } from "@/components/trajecten/traject-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { ROLE_LABEL, ROLES } from "@/lib/auth/roles";
import { getMonitoringSummary } from "@/lib/monitoring/queries";
import { TRAJECT_STATUS_LABEL, TRAJECT_STATUS_ORDER } from "@/lib/trajecten/labels";
import { listTrajectsForActor } from "@/lib/trajecten/queries";
import { RowAction } from "@/components/ui/row-action";
import { demoPresent } from "@/lib/demo/remove";
import { adminTasks } from "@/lib/tasks/admin";
import { removeDemoAction } from "./actions";

export const metadata: Metadata = { title: "Beheer" };

function Stat({ label, value }: { label: string; value: number | string }) {
  return (
    <div className="rounded-lg border border-brand-100 bg-white p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-brand-800">{value}</dd>
    </div>
  );
}

export default async function AdminHome() {
  const actor = await requireActorPage("workspace:beheer");
  const [summary, trajects, demo, tasks] = await Promise.all([
    getMonitoringSummary(actor),
    listTrajectsForActor(actor),
    demoPresent(),
    adminTasks(actor),
  ]);
  return (
    <>
      <PageHeader title={`Welkom, ${actor.name}`} intro="Overzicht van het project: mensen, trajecten, scans en gedragscodes." />
      <TaskList tasks={tasks} now={new Date()} empty="Er wacht nu niets op u." />
      {demo ? (
        <section aria-labelledby="demo" className="mb-10 rounded-xl border border-amber-300 bg-amber-50 p-4">
          <h2 id="demo" className="mb-2 text-xl font-semibold text-brand-800">
            Demogegevens
          </h2>
          <p className="mb-3 max-w-prose text-slate-800">
            De demo-accounts, -werkgevers en -trajecten zijn er om de app uit te proberen. Gaat u de app echt gebruiken? Maak onder
            Gebruikers een eigen beheerdersaccount, log daarmee in en verwijder hier in één keer alles van de demo. Wat u zelf heeft
            aangemaakt, blijft.
          </p>
          <RowAction
            action={removeDemoAction}
            fields={{}}
            label="Alle demogegevens verwijderen"
            variant="danger"
            confirm="Alle demo-accounts, -werkgevers, -trajecten en hun e-mails verwijderen? Dat kan niet ongedaan worden gemaakt."
          />
        </section>
      ) : null}
      <section aria-labelledby="monitoring" className="mb-10">
        <h2 id="monitoring" className="mb-3 text-xl font-semibold text-brand-800">
          Monitoring
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {ROLES.map((r) => (
            <Stat key={r} label={`Accounts: ${ROLE_LABEL[r].toLowerCase()}`} value={summary.usersByRole[r] ?? 0} />
          ))}
          <Stat label="Gecertificeerde ervaringsdeskundigen" value={summary.certifiedExperts} />
          <Stat label="Scanuitnodigingen verstuurd" value={summary.invitations} />
          <Stat label="Scans ingevuld" value={summary.submitted} />
          <Stat
            label="Gedragscodes (concept / vastgesteld)"
            value={`${summary.codesByStatus.CONCEPT ?? 0} / ${summary.codesByStatus.VASTGESTELD ?? 0}`}
          />
        </dl>
        <h3 className="mb-2 mt-6 font-semibold">Trajecten per fase</h3>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {[...TRAJECT_STATUS_ORDER, "CANCELLED" as const].map((s) => (
            <Stat key={s} label={TRAJECT_STATUS_LABEL[s]} value={summary.trajectsByStatus[s] ?? 0} />
          ))}
        </dl>
      </section>
      <section aria-labelledby="alle-trajecten">
        <h2 id="alle-trajecten" className="mb-3 text-xl font-semibold text-brand-800">
          Alle trajecten
        </h2>
        <TrajectList trajects={trajects} empty="Er zijn nog geen trajecten." />
      </section>
    </>
  );
}
