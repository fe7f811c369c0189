import type { Metadata } from "next";
import { TrajectList } from "@/components/trajecten/traject-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listTrajectsForActor } from "@/lib/trajecten/queries";
import { listOpenRequests } from "@/lib/tandem/requests";
import Link from "next/link";

export const metadata: Metadata = { title: "Mijn trajecten" };

export default async function ExpertHome() {
  const actor = await requireActorPage("workspace:expert");
  const [trajects, requests] = await Promise.all([listTrajectsForActor(actor), listOpenRequests(actor)]);
  return (
    <>
      <PageHeader
        title={`Welkom, ${actor.name}`}
        intro="De trajecten waar u als ervaringsdeskundige bij betrokken bent. U bepaalt zelf wat u deelt: uw notities zijn privé, tenzij u ze deelt met de trainer of met de werkgever."
      />
      {requests.length > 0 ? (
        <section aria-labelledby="verzoeken" className="mb-8 rounded-xl border border-amber-300 bg-amber-50 p-5">
          <h2 id="verzoeken" className="text-lg font-semibold text-amber-950">
            Verzoeken om mee te doen ({requests.length})
          </h2>
          <ul className="mt-2 space-y-1" data-testid="requests">
            {requests.map((r) => (
              <li key={r.id}>
                <Link href={`/expert/verzoeken/${r.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                  {r.employer.name}
                </Link>{" "}
                <span className="text-sm text-slate-700">gevraagd door {r.trainer.name}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TrajectList trajects={trajects} empty="U bent nog niet aan een traject gekoppeld." />
    </>
  );
}
