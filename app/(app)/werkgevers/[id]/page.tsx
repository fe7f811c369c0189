import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { capabilitiesFor } from "@/lib/auth/capabilities";
import { getActor, orNotFound, requireActorPage } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { employerPageTitle, getEmployerForActor, listTrainerChoices } from "@/lib/employers/queries";
import { EmployerFields } from "../_components/employer-fields";
import { TrainerHandover } from "@/components/users/trainer-handover";
import { reassignEmployerAction, updateEmployerAction } from "../actions";
import { KeyPersons } from "./_components/key-persons";
import { Werkvloeren } from "./_components/werkvloeren";
import { LinkButton } from "@/components/ui/button";
import { readOrganisation } from "@/lib/organisation/settings";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await employerPageTitle({ actor: await getActor(), employerId: (await params).id }) };
}

export default async function EmployerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorPage("employer:list");
  const { employer, access } = await orNotFound(getEmployerForActor({ actor, employerId: id }));
  const can = access.capabilities.has;
  const mayStartTraject = capabilitiesFor(actor).has("traject:create");
  return (
    <>
      <PageHeader
        title={employer.name}
        intro={`${[employer.sector, employer.city].filter(Boolean).join(" · ")} · verantwoordelijke trainer: ${employer.responsibleTrainer?.name ?? "nog niemand"}`}
      >
        {mayStartTraject ? (
          <LinkButton href={`/trajecten/nieuw?werkgever=${employer.id}`}>Nieuw traject bij deze werkgever</LinkButton>
        ) : null}
      </PageHeader>

      <section aria-labelledby="trajecten" className="rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="trajecten" className="text-lg font-semibold text-brand-800">
          Trajecten
        </h2>
        {employer.trajecten.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Nog geen traject.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {employer.trajecten.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center gap-3 text-sm">
                <Link href={`/trajecten/${t.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                  {t.werkvloer?.name ?? "Traject"}, gestart {formatDate(t.createdAt)}
                </Link>
                <StatusBadge status={t.status} />
                <span className="text-slate-600">trainer: {t.trainer.name}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {can("employer:edit") ? (
        <section aria-labelledby="gegevens" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
          <h2 id="gegevens" className="text-lg font-semibold text-brand-800">
            Gegevens
          </h2>
          <ActionForm action={updateEmployerAction} submitLabel="Gegevens bewaren" className="mt-3 max-w-2xl space-y-4">
            <input type="hidden" name="employerId" value={employer.id} />
            <input type="hidden" name="version" value={employer.version} />
            <EmployerFields idPrefix="werkgever" values={employer} />
          </ActionForm>
        </section>
      ) : null}

      {can("employer:edit") ? <Werkvloeren employer={employer} /> : null}
      {can("keyPerson:manage") ? (
        <KeyPersons
          employer={employer}
          canConfirmFirstDirectie={can("directie:confirmFirst")}
          ownerName={(await readOrganisation()).ownerName}
        />
      ) : null}

      {can("employer:reassign") ? (
        <TrainerHandover
          title="Verantwoordelijke trainer"
          intro="Draag de werkgever over als de trainer vertrekt. De trajecten houden hun eigen trainer; die draagt u per traject over."
          action={reassignEmployerAction}
          record={{ name: "employerId", value: employer.id }}
          trainerId={employer.responsibleTrainerId}
          trainers={await listTrainerChoices(actor)}
          placeholder="Kies een trainer"
        />
      ) : null}
    </>
  );
}
